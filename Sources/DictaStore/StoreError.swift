/// Everything that can go wrong in a store, in words a person running `dicta` understands.
///
/// The one error type of this module: database errors are wrapped here, so callers never need
/// to import the database library to report them.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The database file could not be opened or created (missing folder, no permission, not a
    /// database).
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Dicta whose schema this version does not know.
    case newerSchema(path: String)
    /// The schema could not be brought up to date.
    case migrationFailed(reason: String)
    /// An id prefix names more than one article.
    case ambiguousArticleID(String, matches: Int)
    /// A read or a write failed; `operation` says which.
    case database(operation: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open the store at \(path): \(reason)"
        case let .newerSchema(path):
            return "the store at \(path) was written by a newer version of dicta; upgrade dicta to use it"
        case let .migrationFailed(reason):
            return "cannot update the store's schema: \(reason)"
        case let .ambiguousArticleID(prefix, matches):
            return "the id prefix \"\(prefix)\" matches \(matches) articles; give more characters"
        case let .database(operation, reason):
            return "\(operation) failed: \(reason)"
        }
    }
}
