import DictaCore
import Foundation
import GRDB

/// The default ``Store``: one SQLite file, with an FTS5 index for ``search(_:limit:)``.
///
/// A file store uses a GRDB `DatabasePool` in WAL mode: reads (the server answering queries,
/// a second `dicta` process) go on while a batch ingests, and each sees whole articles only.
/// An in-memory store, for tests, uses a `DatabaseQueue` (a pool needs a file for its WAL).
/// Both are Sendable, so one store can be shared across tasks.
///
/// Opening runs the schema migrations the file lacks (see `Schema`); opening a file written by
/// a newer Dicta fails with ``StoreError/newerSchema(path:)`` rather than touching it.
///
/// ## Topics
/// ### Opening
/// - ``init(path:)``
/// - ``init(inMemory:)``
public final class SQLiteStore: Store {
    let writer: any DatabaseWriter
    /// The file path, or a label for an in-memory store: used in error messages.
    let location: String

    /// Opens the store at `path`, creating the file (not its folder) when it does not exist.
    public init(path: String) throws {
        location = path
        // Two processes opening a new file at once would both switch it to WAL and both run
        // the first migration (GRDB's migrator serialises the writers of one process only):
        // opening and migrating hold an exclusive lock on the folder, so they run one at a time.
        let lock = FolderLock(beside: path)
        defer { lock.release() }
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
        try migrate()
    }

    /// Opens an empty store that lives in memory and disappears with this object.
    ///
    /// - Parameter label: names the database in diagnostics only; two stores with the same
    ///   label are still two databases.
    public init(inMemory label: String) throws {
        location = "memory:\(label)"
        do {
            writer = try DatabaseQueue(configuration: Self.configuration(label: label))
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: location, reason: Self.reason(error))
        }
        try migrate()
    }

    private static func configuration(label: String = "dicta") -> Configuration {
        var config = Configuration()
        config.label = label
        config.foreignKeysEnabled = true
        // Another process may be writing the same file: wait for it instead of failing.
        config.busyMode = .timeout(10)
        // In WAL mode NORMAL still commits each article atomically and never corrupts the
        // file; on a power cut (not a crash of Dicta) the last commits may be rolled back, so an
        // article is stored whole or not at all, as always. FULL would fsync after every
        // article: ingesting 10,000 statements took 14 s instead of 8.
        // A batch of articles in one transaction dirties more pages than SQLite's default 2 MB
        // cache holds, and spilling them to the WAL mid-transaction wrote each page many times:
        // 32 MB per connection.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768") }
        return config
    }

    private func migrate() throws {
        let migrator = Schema.migrator
        do {
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: location)
            }
        } catch let error as DatabaseError {
            // Typically "file is not a database".
            throw StoreError.cannotOpen(path: location, reason: Self.reason(error))
        }
        do {
            try migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError.migrationFailed(reason: Self.reason(error))
        }
    }

    /// The names of the migrations this database has run, oldest first ("v1", …).
    func schemaVersions() throws -> [String] {
        try read("reading the schema version") { try Schema.migrator.completedMigrations($0) }
    }

    public func counts() throws -> StoreCounts {
        try read("counting") { db in
            StoreCounts(articles: try ArticleRecord.fetchCount(db),
                        quotes: try QuoteRecord.fetchCount(db),
                        people: try PersonRecord.fetchCount(db))
        }
    }

    public func generation() throws -> Int64 {
        try read("reading the store generation") { db in
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT n FROM storeGeneration")) ?? 0
        }
    }

    // MARK: - Access with errors in this module's terms

    /// Runs `body` in a read transaction; database errors become ``StoreError/database``,
    /// errors thrown by `body` itself pass through unchanged.
    func read<T>(_ operation: @autoclosure () -> String,
                 _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError.database(operation: operation(), reason: Self.reason(error))
        }
    }

    /// Runs `body` in one write transaction, rolled back when anything throws.
    func write<T>(_ operation: @autoclosure () -> String,
                  _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw StoreError.database(operation: operation(), reason: Self.reason(error))
        }
    }

    static func reason(_ error: DatabaseError) -> String {
        error.message ?? "\(error.resultCode)"
    }
}

/// An exclusive `flock` on the folder that holds a file, held from creation to `release()`.
///
/// The folder, not the database file: SQLite's own locks on the file are `fcntl` locks, which
/// a process loses when it closes any descriptor of that file. A folder lock adds no file, and
/// the system drops it if the process dies. Where the folder cannot be opened or locked (a
/// file system without `flock`), there is no lock and opening goes on as before.
struct FolderLock {
    private let fd: Int32

    init(beside path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
