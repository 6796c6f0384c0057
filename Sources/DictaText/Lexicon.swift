import Foundation

/// The word lists the text and quote stages read, loaded once from `Resources/`.
///
/// Each file's first line says where it came from; the loader refuses an empty list, since an
/// empty group would silently match nothing (or, in an alternation, everything).
public struct Lexicon: Sendable {
    /// Every form of every reporting verb → its lemma ("said" → "say").
    public let cueForms: [String: String]
    /// Head nouns of titles and offices ("minister").
    public let roles: Set<String>
    /// Words that qualify a title ("defense", "deputy", "gen.").
    public let modifiers: Set<String>
    /// Countries, demonyms and institutions that open a title ("russian", "us").
    public let demonyms: Set<String>
    /// Pronouns that can be a speaker → "person", "group" or "self".
    public let pronouns: [String: String]
    /// Abbreviations whose period does not end a sentence (lowercase, no period).
    public let abbreviations: Set<String>
    /// Capitalised words that are never part of a person's name ("then", "monday").
    public let nonNames: Set<String>
    /// Roles, title words and non-names in one table, for ``Token/lexical``: one lookup a token.
    public let lexical: [String: Token.Lexical]

    public static let english: Lexicon = {
        do { return try Lexicon(bundle: .module) } catch { fatalError("\(error)") }
    }()

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String), empty(String)
        public var description: String {
            switch self {
            case .missing(let f): "lexicon \(f) is missing from the bundle"
            case .empty(let f): "lexicon \(f) has no entries"
            }
        }
    }

    init(bundle: Bundle) throws {
        func lines(_ name: String) throws -> [[String]] {
            guard let url = bundle.url(forResource: name, withExtension: "txt") else { throw LoadError.missing(name) }
            let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }
                .map { $0.split(separator: " ").map { $0.lowercased() } }
                .filter { !$0.isEmpty }
            guard !rows.isEmpty else { throw LoadError.empty(name) }
            return rows
        }
        var cues: [String: String] = [:]
        for row in try lines("cues") { for form in row { cues[form] = row[0] } }
        cueForms = cues
        roles = Set(try lines("roles").joined())
        modifiers = Set(try lines("modifiers").joined())
        demonyms = Set(try lines("demonyms").joined())
        var p: [String: String] = [:]
        for row in try lines("pronouns") { for w in row.dropFirst() { p[w] = row[0] } }
        pronouns = p
        abbreviations = Set(try lines("abbreviations").joined())
        nonNames = Set(try lines("nonnames").joined())
        var flags: [String: Token.Lexical] = [:]
        for r in roles {
            flags[r, default: []].formUnion([.role, .title])
            flags[r + "s", default: []].insert(.title)
        }
        for w in modifiers.union(demonyms) { flags[w, default: []].insert(.title) }
        for w in nonNames { flags[w, default: []].insert(.nonName) }
        for w in cues.keys { flags[w, default: []].insert(.cue) }
        lexical = flags
    }

    /// A word that belongs to a title rather than a name.
    /// A role, its plural, a modifier or a demonym (see `lexical`).
    public func isTitleWord(_ lower: String) -> Bool {
        lexical[lower]?.contains(.title) ?? false
    }
}
