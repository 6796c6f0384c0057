import Foundation
import Testing

/// Runs the built `dicta` binary and collects what it prints.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// stderr without `ingest`'s closing summary line.
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("dicta ingest: ") } }
        /// `ingest`'s closing summary line, if any.
        var summary: String? { stderr.split(separator: "\n").map(String.init).last { $0.hasPrefix("dicta ingest: ") } }
    }

    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dicta")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/dicta")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared` beside the checkout, where the acceptance seeds and corpora live.
    static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    @discardableResult
    static func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = readAll(err.fileHandleForReading)
            group.leave()
        }
        let outData = readAll(out.fileHandleForReading)
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// All of a pipe's data. Foundation's `readDataToEndOfFile()` stops the process when a read
/// is interrupted by a signal (EINTR, as when a test kills a child); this retries the read.
func readAll(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
        if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
        if n < 0, errno == EINTR { continue }
        return data
    }
}

/// A fresh temporary directory, removed when the value goes away.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dicta-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let f = file(name)
        try FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: f)
        return f
    }
}

/// Small articles written for these tests, in the shape of scraped page text.
enum Fixtures {
    static func article(_ n: Int) -> String {
        """
        Harbour Council Approves New Ferry Route Number \(n)

        Photo: Example Agency / A. Person
        The harbour council approved ferry route \(n) on Tuesday after a long debate, council chair Maria Lindqvist said.

        "We have waited for this route for \(n + 10) years, and the islands deserve it," Lindqvist said.

        Opponents argued that the cost of route \(n) would fall on local taxpayers for a decade.

        "The numbers do not add up for a town of this size," said Peter Holm, a member of the council.
        Share this article
        """
    }
}
