import Foundation

/// Reference names for recognising entities: places (countries, regions, cities, continents,
/// from GeoNames and the CIA World Factbook), demonyms, given names, organisation head words
/// and one-word institutions. The files sit in this module's `Resources/`, each saying where it
/// came from; `tools/gazetteer.py` regenerates the derived ones.
public struct Gazetteer: Sendable {
    public enum PlaceKind: String, Sendable { case country, region, city, continent }

    public struct Place: Sendable, Equatable {
        public var canonical: String
        public var kind: PlaceKind
        /// ISO 3166 alpha-2 code of the country, empty for continents.
        public var country: String
    }

    /// Surface form as written ("U.S.", "Kiev") → the place, the most important reading first
    /// (country, then region, then city).
    public let places: [String: [Place]]
    /// "Russian" → "Russia".
    public let demonyms: [String: String]
    /// Given names as usually capitalised ("Sergei").
    public let givenNames: Set<String>
    /// Lowercased last words of organisation names ("council", "ministry").
    public let orgHeads: Set<String>
    /// Institutions named without a head word ("Pentagon", "NATO") → their canonical name.
    public let institutions: [String: String]
    /// All-caps words that are not organisations ("GMT", "CEO").
    public let notOrganisations: Set<String>

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
        func rows(_ name: String, _ ext: String) throws -> [[Substring]] {
            guard let url = bundle.url(forResource: name, withExtension: ext) else { throw LoadError.missing("\(name).\(ext)") }
            return try String(contentsOf: url, encoding: .utf8)
                .split(separator: "\n")
                .filter { !$0.hasPrefix("#") }
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        let rank: [PlaceKind: Int] = [.country: 0, .continent: 1, .region: 2, .city: 3]
        var places: [String: [Place]] = [:]
        for r in try rows("places", "tsv") where r.count >= 3 {
            guard let kind = PlaceKind(rawValue: String(r[2])) else { continue }
            let p = Place(canonical: String(r[1]), kind: kind, country: r.count > 3 ? String(r[3]) : "")
            places[String(r[0]), default: []].append(p)
        }
        for k in places.keys { places[k]!.sort { rank[$0.kind]! < rank[$1.kind]! } }
        self.places = places
        var demonyms: [String: String] = [:]
        for r in try rows("demonyms", "tsv") where r.count >= 2 && demonyms[String(r[0])] == nil {
            demonyms[String(r[0])] = String(r[1])
        }
        self.demonyms = demonyms
        givenNames = Set(try rows("given-names", "txt").compactMap { $0.first.map(String.init) })
        var heads: Set<String> = [], institutions: [String: String] = [:], notOrgs: Set<String> = []
        for r in try rows("organisations", "txt") {
            guard let line = r.first else { continue }
            let words = line.split(separator: " ")
            switch words.first {
            case "head": heads.formUnion(words.dropFirst().map(String.init))
            case "notorg": notOrgs.formUnion(words.dropFirst().map(String.init))
            case "name" where r.count == 2: institutions[String(line.dropFirst(5))] = String(r[1])
            default: break
            }
        }
        orgHeads = heads
        self.institutions = institutions
        notOrganisations = notOrgs
    }
}
