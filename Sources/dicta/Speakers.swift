import ArgumentParser
import DictaPeople
import DictaStore
import Foundation

struct Speakers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people who made stored statements, one per real person, with aliases and roles.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table, or json (an array of people).")
    var format: Format = .table

    /// The JSON form of one person: `quotes` is the number of statements; `roles` the offices
    /// in the order first seen, `role_history` the same with their dates.
    struct Row: Encodable {
        struct Role: Encodable {
            let role: String, first_seen: String?, last_seen: String?, statements: Int

            func encode(to encoder: any Encoder) throws {
                enum K: String, CodingKey { case role, first_seen, last_seen, statements }
                var c = encoder.container(keyedBy: K.self)
                try c.encode(role, forKey: .role); try c.encode(first_seen, forKey: .first_seen)
                try c.encode(last_seen, forKey: .last_seen); try c.encode(statements, forKey: .statements)
            }
        }
        let id: Int64, name: String, type: String, aliases: [String], roles: [String], role_history: [Role]
        let quotes: Int, articles: Int, first_seen: String?, last_seen: String?

        init(_ s: SpeakerSummary) {
            id = s.id; name = s.name; type = s.type.rawValue; aliases = s.aliases
            roles = s.roles.map(\.role)
            role_history = s.roles.map { Role(role: $0.role, first_seen: $0.firstSeen, last_seen: $0.lastSeen, statements: $0.statements) }
            quotes = s.quoteCount; articles = s.articleCount
            first_seen = s.firstPublished; last_seen = s.lastPublished
        }

        func encode(to encoder: any Encoder) throws {
            enum K: String, CodingKey { case id, name, type, aliases, roles, role_history, quotes, articles, first_seen, last_seen }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(type, forKey: .type)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(roles, forKey: .roles); try c.encode(role_history, forKey: .role_history)
            try c.encode(quotes, forKey: .quotes); try c.encode(articles, forKey: .articles)
            try c.encode(first_seen, forKey: .first_seen); try c.encode(last_seen, forKey: .last_seen)
        }
    }

    func run() async throws {
        let rows = try store.open(creating: false).speakers()
        var out = StandardOutput()
        switch format {
        case .json:
            let e = JSONEncoder()
            e.outputFormatting = [.withoutEscapingSlashes, .prettyPrinted, .sortedKeys]
            out.write(String(decoding: try e.encode(rows.map(Row.init)), as: UTF8.self) + "\n")
        case .table:
            if rows.isEmpty { out.write("No speakers yet.\n") }
            for s in rows {
                let aka = s.aliases.isEmpty ? "" : " (also: \(s.aliases.joined(separator: ", ")))"
                let roles = s.roles.isEmpty ? "" : " — " + s.roles.map(\.role).joined(separator: "; ")
                let kind = s.type == .person ? "" : " [\(s.type.rawValue)]"
                out.write("\(s.name)\(kind)\(aka)\(roles): \(counted(s.quoteCount, "statement")) in \(counted(s.articleCount, "article"))\(Self.period(s.firstPublished, s.lastPublished).map { ", " + $0 } ?? "")\n")
            }
        }
        out.flush()
    }

    /// "2024-01-10", "2024-01-10 – 2024-02-10", or nil when undated.
    static func period(_ first: String?, _ last: String?) -> String? {
        let span = [first, last].compactMap { $0 }
        return span.isEmpty ? nil : (span.first == span.last ? span[0] : "\(span[0]) – \(span[1])")
    }
}

struct Speaker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one person's statements as a timeline, with aliases and roles.",
        discussion: "NAME is matched as `dicta quotes --speaker` matches it: any spelling of the person.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Explain the merge: why each alias is this person, and which namesakes were kept apart.")
    var why = false

    @Option(help: "The person by id, when a name is borne by several (the list of candidates gives the ids).")
    var id: Int64?

    @Option(help: "List only statements attributed with at least this confidence, 0 to 1.")
    var minConfidence: Double?

    @Argument(help: "The person's name or an alias.")
    var name: String?

    func validate() throws {
        if (name == nil) == (id == nil) { throw ValidationError("Give a NAME or --id ID (one of them).") }
        try FilterArguments.check(minConfidence: minConfidence)
    }

    func run() async throws {
        let db = try store.open(creating: false)
        let people: [PersonDetail]
        if let id {
            guard let p = try db.person(id: id, minConfidence: minConfidence) else { throw CommandFailure("No speaker has id \(id): see `dicta speakers --format json` for the ids.") }
            people = [p]
        } else {
            let name = name!
            guard let picked = try SpeakerChoosing.choose(name, in: db), let p = try db.person(id: picked, minConfidence: minConfidence) else {
                if case .refused(let why) = SpeakerKinds.classify(name) {
                    throw CommandFailure("No speaker named \(name): \(why), so its statements are no one's.")
                }
                throw CommandFailure("No speaker named \(name): see `dicta speakers` for who is stored.")
            }
            people = [p]
        }
        var out = StandardOutput()
        for p in people {
            let s = p.summary
            out.write("\(s.name)\(s.type == .person ? "" : " [\(s.type.rawValue)]") (id \(s.id)): \(counted(s.quoteCount, "statement")) in \(counted(s.articleCount, "article"))\(Speakers.period(s.firstPublished, s.lastPublished).map { ", " + $0 } ?? "")\n")
            if !s.aliases.isEmpty { out.write("  also: \(s.aliases.joined(separator: ", "))\n") }
            for r in s.roles {
                out.write("  role: \(r.role)\(Speakers.period(r.firstSeen, r.lastSeen).map { " (\($0))" } ?? "")\n")
            }
            if why {
                out.write("  why:\n")
                if p.aliasReasons.isEmpty { out.write("    no other spelling merged\n") }
                for a in p.aliasReasons {
                    out.write("    \(a.alias): \(a.reason ?? "the same name once case and spelling variants are folded")\n")
                }
                for n in p.namesakes { out.write("    kept apart: \(n.name): \(n.reason)\n") }
            }
            for g in p.statements {
                let q = g.statement
                let when = q.published.map { String($0.prefix(10)) } ?? "undated"
                let source = [q.outlet, q.title].compactMap { $0 }.joined(separator: ", ")
                let reprints = g.sourceCount > 1 ? " (and \(g.sourceCount - 1) more \(g.sourceCount == 2 ? "article" : "articles"))" : ""
                out.write("  \(when)  \(q.quote.kind.rawValue): \(q.quote.text)\n             — \(source.isEmpty ? q.source : source)\(reprints)\n")
            }
        }
        out.flush()
    }
}
