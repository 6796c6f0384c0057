import Foundation

/// One input named on the command line, expanded: a file, every file under a directory, or
/// standard input.
public struct InputItem: Sendable, Equatable {
    /// The name to report it by (the path as given, or "-" for stdin).
    public let name: String
    public let isStdin: Bool
}

/// A failure to read an input, reported by name.
public struct InputFailure: Error, Sendable, CustomStringConvertible {
    public let name: String
    public let reason: String
    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
    /// One line for stderr: `dicta: PATH: reason`.
    public var description: String { "\(name): \(reason)" }
}

public enum Inputs {
    /// Expands the arguments: directories recursively (sorted, hidden files skipped), "-" as
    /// stdin. A path that does not exist becomes a failure, not an abort.
    public static func expand(_ args: [String]) -> [Result<InputItem, InputFailure>] {
        var out: [Result<InputItem, InputFailure>] = []
        let fm = FileManager.default
        for arg in args {
            if arg == "-" { out.append(.success(InputItem(name: "-", isStdin: true))); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                // A dangling symlink exists as a link but not as a file.
                let reason = (try? fm.destinationOfSymbolicLink(atPath: arg)) != nil ? "broken symbolic link" : "no such file or directory"
                out.append(.failure(InputFailure(name: arg, reason: reason)))
                continue
            }
            guard isDir.boolValue else {
                if let reason = notRegular(arg) { out.append(.failure(InputFailure(name: arg, reason: reason))); continue }
                out.append(.success(InputItem(name: arg, isStdin: false)))
                continue
            }
            guard let walker = fm.enumerator(atPath: arg) else {
                out.append(.failure(InputFailure(name: arg, reason: "cannot list directory")))
                continue
            }
            var files: [String] = []
            while let rel = walker.nextObject() as? String {
                if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = (arg as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &sub), sub.boolValue { continue }
                files.append(path)
            }
            out += files.sorted().map { path in
                notRegular(path).map { .failure(InputFailure(name: path, reason: $0)) } ?? .success(InputItem(name: path, isStdin: false))
            }
        }
        return out
    }

    /// Reads an input's bytes, turning system errors into a reason a person understands. A page
    /// larger than `maxBytes` (64 MB, as much as a gzipped page may inflate to) is refused.
    public static func read(_ item: InputItem, maxBytes: Int = 64 << 20) throws(InputFailure) -> Data {
        if item.isStdin { return FileHandle.standardInput.readDataToEndOfFile() }
        let h = try open(item)
        defer { try? h.close() }
        do {
            let data = try h.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { throw InputFailure(name: item.name, reason: "larger than \(maxBytes >> 20) MB") }
            return data
        } catch let f as InputFailure {
            throw f
        } catch {
            throw InputFailure(name: item.name, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Calls `body` with each line of an input (without its line end) and its 1-based number,
    /// reading a megabyte at a time: a JSON-lines file of any size is read in bounded memory.
    public static func forEachLine(_ item: InputItem, _ body: (Int, Data) -> Void) throws(InputFailure) {
        let h = item.isStdin ? FileHandle.standardInput : try open(item)
        defer { if !item.isStdin { try? h.close() } }
        var pending = Data()
        var number = 0
        func emit(_ line: Data) {
            number += 1
            body(number, line.last == 0x0D ? line.dropLast() : line)
        }
        do {
            while let chunk = try h.read(upToCount: 1 << 20), !chunk.isEmpty {
                pending.append(chunk)
                var start = pending.startIndex
                while let nl = pending[start...].firstIndex(of: 0x0A) {
                    emit(pending[start..<nl])
                    start = nl + 1
                }
                pending = Data(pending[start...])
            }
        } catch {
            throw InputFailure(name: item.name, reason: "cannot read: \(error.localizedDescription)")
        }
        if !pending.isEmpty { emit(pending) }
    }

    /// Why `path` is not a regular file to read, or nil when it is one (symbolic links
    /// followed). Asked before opening: opening a FIFO with no writer blocks for ever, and a
    /// device or socket never ends.
    static func notRegular(_ path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }  // open() reports what is wrong.
        switch st.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a directory"
        case S_IFIFO: return "not a regular file (a FIFO): refused"
        case S_IFSOCK: return "not a regular file (a socket): refused"
        case S_IFCHR, S_IFBLK: return "not a regular file (a device): refused"
        default: return "not a regular file: refused"
        }
    }

    /// Opens a file input for reading, with the same checks and reasons as ``read(_:maxBytes:)``.
    static func openForReading(_ item: InputItem) throws(InputFailure) -> FileHandle { try open(item) }

    private static func open(_ item: InputItem) throws(InputFailure) -> FileHandle {
        let fm = FileManager.default
        guard fm.fileExists(atPath: item.name) else {
            throw InputFailure(name: item.name, reason: "no such file (or a broken symbolic link)")
        }
        if let reason = notRegular(item.name) { throw InputFailure(name: item.name, reason: reason) }
        guard fm.isReadableFile(atPath: item.name), let h = FileHandle(forReadingAtPath: item.name) else {
            throw InputFailure(name: item.name, reason: "permission denied")
        }
        return h
    }
}
