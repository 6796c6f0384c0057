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
        // Split over bytes: the files hold 30,000 lines, and splitting by `Character` made
        // loading them a third of the time of a short batch.
        func rows(_ name: String, _ ext: String) throws -> [[String]] {
            guard let url = bundle.url(forResource: name, withExtension: ext) else { throw LoadError.missing("\(name).\(ext)") }
            let data = try Data(contentsOf: url)
            var out: [[String]] = []
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let b = raw.bindMemory(to: UInt8.self)
                var start = 0
                while start < b.count {
                    var end = start
                    while end < b.count && b[end] != 0x0A { end += 1 }
                    if end > start && b[start] != UInt8(ascii: "#") {
                        var fields: [String] = []
                        var f = start
                        for i in start...end where i == end || b[i] == 0x09 {
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[f..<i]), as: UTF8.self))
                            f = i + 1
                        }
                        out.append(fields)
                    }
                    start = end + 1
                }
            }
            return out
        }
        let rank: [PlaceKind: Int] = [.country: 0, .continent: 1, .region: 2, .city: 3]
        var places: [String: [Place]] = [:]
        for r in try rows("places", "tsv") where r.count >= 3 {
            guard let kind = PlaceKind(rawValue: r[2]) else { continue }
            places[r[0], default: []].append(Place(canonical: r[1], kind: kind, country: r.count > 3 ? r[3] : ""))
        }
        for k in places.keys { places[k]!.sort { rank[$0.kind]! < rank[$1.kind]! } }
        self.places = places
        var demonyms: [String: String] = [:]
        for r in try rows("demonyms", "tsv") where r.count >= 2 && demonyms[r[0]] == nil {
            demonyms[r[0]] = r[1]
        }
        self.demonyms = demonyms
        givenNames = Set(try rows("given-names", "txt").compactMap(\.first))
        var heads: Set<String> = [], institutions: [String: String] = [:], notOrgs: Set<String> = []
        for r in try rows("organisations", "txt") {
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
        for name in Array(places.keys) + Array(institutions.keys) {
            let words = name.split(separator: " ")
            if words.count > 1 { starts[String(words[0]), default: 1] = max(starts[String(words[0])] ?? 1, words.count) }
        }
        multiWordStarts = starts
        notOrganisations = notOrgs
    }
}
