import DictaCore
import DictaStore
import Foundation
import Testing

/// Each bad input gets one clear stderr line naming it and the reason; the rest of the batch
/// is processed and stored; the exit status is 1.
@Suite struct BadInputTests {
    /// Writes one good article and one bad input into a directory, ingests the directory and
    /// returns the result, the store and the bad input's path.
    func ingestDirectory(bad name: String, _ makeBad: (URL) throws -> Void) throws -> (CLI.Result, SQLiteStore, String, TempDir) {
        let dir = try TempDir()
        try dir.write("in/good.txt", Fixtures.article(1))
        let bad = dir.file("in/\(name)")
        try makeBad(bad)
        let db = dir.file("db.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, dir.file("in").path])
        return (r, try SQLiteStore(path: db), bad.path, dir)
    }

    @Test(arguments: [
        ("empty.txt", "empty file"),                      // a file with no bytes
        ("binary.txt", "binary content"),                  // NUL bytes: an image saved as .txt
        ("latin1.txt", "not valid UTF-8"),                 // bytes that are not UTF-8
    ])
    func badFileAmongGoodOnes(name: String, reason: String) throws {
        let (r, store, bad, _dir) = try ingestDirectory(bad: name) { url in
            let bytes: [UInt8] = switch name {
            case "empty.txt": []
            case "binary.txt": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]
            default: Array("Caf\u{E9} au lait, said nobody at all today.".utf8.map { $0 }) + [0xE9, 0x20, 0x41]
            }
            try Data(bytes).write(to: url)
        }
        _ = _dir
        #expect(r.status == 1)
        #expect(r.stderrLines.count == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.first?.contains(bad) == true)
        #expect(r.stderrLines.first?.contains(reason) == true, "stderr: \(r.stderr)")
        #expect(try store.counts().articles == 1)
        #expect(try store.counts().quotes >= 3)
    }

    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        // No process ever writes to it: reading it would block the batch for ever.
        let (r, store, bad, _dir) = try ingestDirectory(bad: "pipe.txt") { url in
            #expect(mkfifo(url.path, 0o644) == 0)
        }
        _ = _dir
        #expect(r.status == 1)
        #expect(r.stderrLines.count == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.first?.contains(bad) == true)
        #expect(r.stderrLines.first?.contains("FIFO") == true, "stderr: \(r.stderr)")
        #expect(try store.counts().articles == 1)
        // Named directly, too.
        let direct = try CLI.run(["extract", "--format", "jsonl", bad])
        #expect(direct.status == 1)
        #expect(direct.stderr.contains("not a regular file"))
    }

    @Test func unreadableFileAmongGoodOnes() throws {
        // As root every file is readable, so there a dangling link stands in for the file the
        // crawler could not save.
        let (r, store, bad, _dir) = try ingestDirectory(bad: "locked.txt") { url in
            if geteuid() == 0 {
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: url.path + ".gone")
            } else {
                try Data(Fixtures.article(2).utf8).write(to: url)
                try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
            }
        }
        _ = _dir
        #expect(r.status == 1)
        #expect(r.stderrLines.count == 1, "stderr: \(r.stderr)")
        #expect(r.stderrLines.first?.contains(bad) == true)
        #expect(try store.counts().articles == 1)
    }

    @Test func missingPathAmongGoodOnes() throws {
        let dir = try TempDir()
        let good = try dir.write("good.txt", Fixtures.article(3))
        let missing = dir.file("nowhere.txt").path
        let r = try CLI.run(["extract", missing, good.path])
        #expect(r.status == 1)
        #expect(r.stderr == "dicta: \(missing): no such file or directory\n")
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func emptyStdinIsNamedAsStdin() throws {
        let r = try CLI.run(["extract", "-"], stdin: Data())
        #expect(r.status == 1)
        #expect(r.stderr == "dicta: -: empty file\n")
    }

    @Test func readCommandsWithoutADatabaseSaySo() throws {
        let dir = try TempDir()
        let r = try CLI.run(["quotes", "--db", dir.file("none.sqlite").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("No database at"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.sqlite").path))
    }
}
