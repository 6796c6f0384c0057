import ArgumentParser
import DictaStore
import Foundation

/// The `--db` flag every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite database file (default: $DICTA_DB, else ./dicta.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["DICTA_DB"] ?? "dicta.sqlite" }

    /// Opens the store; for read commands, a missing database is an error, not a new empty file.
    func open(creating: Bool) throws -> SQLiteStore {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("No database at \(path): run `dicta ingest INPUT…` first, or pass --db.")
        }
        do {
            return try SQLiteStore(path: path)
        } catch {
            throw CommandFailure("Cannot open database \(path): \(error)")
        }
    }
}
