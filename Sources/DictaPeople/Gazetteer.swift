import Foundation

/// Reference names for recognising entities: places (countries, regions, cities, continents,
/// from GeoNames and the CIA World Factbook), demonyms, given names, organisation head words
/// and one-word institutions, and the usual sex of given names. The files sit in this module's
/// `Resources/`, each saying where it came from; `tools/gazetteer.py` regenerates the derived ones,
/// `tools/genders.py` the given-name genders.
public struct Gazetteer: Sendable {
    public enum PlaceKind: String, Sendable { case country, region, city, continent }

    public struct Place: Sendable, Equatable {
        public var canonical: String
        public var kind: PlaceKind
        /// ISO 3166 alpha-2 code of the country, empty for continents.
        public var country: String
    }

    /// Surface form as written ("U.S.", "Kiev") → its rows in places.tsv.
    let placeTable: SortedTable
    /// One given name per row, as usually capitalised ("Sergei").
    let givenNameTable: SortedTable
    /// given-name-genders.tsv, `Name⇥m|f`, read on the first ``gender(ofGivenName:)``.
    let givenNameGenders: SortedTable
    /// "Russian" → "Russia".
    public let demonyms: [String: String]
    /// Lowercased last words of organisation names ("council", "ministry").
    public let orgHeads: Set<String>
    /// Institutions named without a head word ("Pentagon", "NATO") → their canonical name.
    public let institutions: [String: String]
    /// All-caps words that are not organisations ("GMT", "CEO").
    public let notOrganisations: Set<String>
    /// First word of each name of several words (places and institutions) → the most words
    /// such a name has, so a lookup tries longer spans only where one can start.
    public let multiWordStarts: [String: Int]

    public static let shared: Gazetteer = {
        do { return try Gazetteer(bundle: .module) } catch { fatalError("\(error)") }
    }()

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self { case .missing(let f): "gazetteer file \(f) is missing from the bundle" }
        }
    }

    init(bundle: Bundle) throws {
        func url(_ name: String, _ ext: String) throws -> URL {
            guard let url = bundle.url(forResource: name, withExtension: ext) else { throw LoadError.missing("\(name).\(ext)") }
            return url
        }
        func table(_ name: String, _ ext: String) throws -> SortedTable {
            SortedTable(try [UInt8](Data(contentsOf: try url(name, ext), options: .mappedIfSafe)))
        }
        placeTable = try table("places", "tsv")
        givenNameTable = try table("given-names", "txt")
        givenNameGenders = try table("given-name-genders", "tsv")
        let demonymTable = try table("demonyms", "tsv")
        var demonyms: [String: String] = [:]
        for r in 0..<demonymTable.count {
            let f = demonymTable.fields(r)
            if f.count >= 2, demonyms[f[0]] == nil { demonyms[f[0]] = f[1] }
        }
        self.demonyms = demonyms
        let organisations = try table("organisations", "txt")
        var heads: Set<String> = [], institutions: [String: String] = [:], notOrgs: Set<String> = []
        for row in 0..<organisations.count {
            let r = organisations.fields(row)
            guard let line = r.first else { continue }
            let words = line.split(separator: " ")
            switch words.first {
            case "head": heads.formUnion(words.dropFirst().map(String.init))
            case "notorg": notOrgs.formUnion(words.dropFirst().map(String.init))
            case "name" where r.count == 2: institutions[String(line.dropFirst(5))] = r[1]
            default: break
            }
        }
        orgHeads = heads
        self.institutions = institutions
        var starts: [String: Int] = [:]
        for name in placeTable.keys(containing: 0x20) + Array(institutions.keys) {
            let words = name.split(separator: " ")
            if words.count > 1 { starts[String(words[0]), default: 1] = max(starts[String(words[0])] ?? 1, words.count) }
        }
        multiWordStarts = starts
        notOrganisations = notOrgs
    }

    /// The places a surface form names, the most important reading first (country, continent,
    /// region, city), then in file order.
    public func places(named name: some StringProtocol) -> [Place] {
        let rows = placeTable.rows(name)
        guard !rows.isEmpty else { return [] }
        var out: [Place] = []
        for r in rows {
            let f = placeTable.fields(r)
            guard f.count >= 3, let kind = PlaceKind(rawValue: f[2]) else { continue }
            out.append(Place(canonical: f[1], kind: kind, country: f.count > 3 ? f[3] : ""))
        }
        return out.count > 1 ? out.sorted { $0.kind.rank < $1.kind.rank } : out
    }

    /// Whether a surface form names any place: a lookup without reading the rows.
    public func isPlace(_ name: some StringProtocol) -> Bool { !placeTable.rows(name).isEmpty }

    /// The most important place a surface form names, if any.
    public func place(named name: some StringProtocol) -> Place? { places(named: name).first }

    /// Whether `name` is a known given name, capitalised as usual.
    public func isGivenName(_ name: some StringProtocol) -> Bool { givenNameTable.contains(name) }

    /// The sex that usually bears a given name, or nil when the name is unknown or is used by both
    /// sexes without one clearly dominating.
    ///
    /// For pronoun agreement: "she" should not resolve to "John Smith". The data are the US Census
    /// 1990 first-name lists and Faker's gendered first-name lists for many locales, combined by
    /// `tools/genders.py` (its header in `given-name-genders.tsv` gives the rule): "John" is
    /// ``Gender/male``, "Mary" ``Gender/female``, "Taylor" and "Jean" are nil. It is a hint about
    /// the name, not a fact about the person.
    ///
    /// The lookup is exact, like ``isGivenName(_:)``: pass the name capitalised as usual ("Sergei",
    /// not "SERGEI").
    ///
    /// - Parameter name: One given name ("Hillary"), not a full name.
    /// - Returns: The name's usual sex, or nil.
    public func gender(ofGivenName name: some StringProtocol) -> Gender? {
        guard let row = givenNameGenders.rows(name).first else { return nil }
        let fields = givenNameGenders.fields(row)
        guard fields.count >= 2 else { return nil }
        switch fields[1] {
        case "m": return .male
        case "f": return .female
        default: return nil
        }
    }
}

/// The sex a given name usually belongs to: what "he" and "she" agree with. See
/// ``Gazetteer/gender(ofGivenName:)``.
public enum Gender: String, Sendable { case male, female }

extension Gazetteer.PlaceKind {
    var rank: Int {
        switch self { case .country: 0; case .continent: 1; case .region: 2; case .city: 3 }
    }
}
