import DictaCore
import DictaText
import Foundation

/// The measured precision of each kind of rule decision, so that a rule's statement carries
/// a probability as the learned ones do. A decision is keyed by what the writer knows of it:
/// the statement's kind, whether a cue was found, whether the speaker has a name, and the
/// confidence the rule gave it. `dicta train` runs the finder over the training split, counts
/// how often each key's statements are joint matches (content and speaker), and keeps the
/// keys seen at least ``minCount`` times; the others keep the rule's own figure.
///
/// Measured on PolNeAR train, for example: a quotation with no cue of its own, given to the
/// previous speaker, is right 25 % of the time (the rule said 0.5), while reported speech
/// credited to an unnamed source ("officials said") is right 61 % (the rule said 0.5).
public struct RuleCalibration: Sendable, Equatable {
    /// Each key's measured precision.
    public var precision: [String: Double]

    /// A key needs this many training statements for its precision to replace the rule's.
    public static let minCount = 100

    public init(precision: [String: Double]) { self.precision = precision }

    /// The shipped table (`Resources/calibration.tsv`), or nil when it is missing.
    public static let shipped: RuleCalibration? = Bundle.module.url(forResource: "calibration", withExtension: "tsv")
        .flatMap { try? RuleCalibration(contentsOf: $0) }

    /// The key of a rule's statement.
    static func key(kind: QuoteKind, cue: Bool, named: Bool, confidence: Double) -> String {
        "\(kind.rawValue)|\(cue ? "cue" : "nocue")|\(named ? "named" : "unnamed")|\(String(format: "%.2f", confidence))"
    }

    /// Reads `key \t statements \t precision` lines (a `#` line is a comment).
    public init(contentsOf url: URL) throws {
        var table: [String: Double] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if f.count == 3, let p = Double(f[2]) { table[String(f[0])] = p }
        }
        precision = table
    }

    /// Writes the table, keys sorted, with each key's number of training statements. Two
    /// decimals, as the stores keep a confidence.
    public static func save(_ counts: [String: (n: Int, right: Int)], to url: URL) throws {
        var text = "# Precision of the rules' statements by kind, cue, named speaker and rule confidence, measured by dicta train (joint matches); keys with at least \(minCount) statements.\n"
        for key in counts.keys.sorted() {
            guard let c = counts[key], c.n >= minCount else { continue }
            text += "\(key)\t\(c.n)\t\(String(format: "%.2f", Double(c.right) / Double(c.n)))\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// How many of each key's statements in `doc` are joint matches of `gold`, matched one to
    /// one, best overlap first, as the PolNeAR scorer matches them.
    static func count(_ keyed: [(Quote, String?)], body: String, gold: [BratAttribution], into counts: inout [String: (n: Int, right: Int)]) {
        let scalars = Array(body.unicodeScalars)
        func positions(_ spans: [Span]) -> Set<Int> {
            var s = Set<Int>()
            for p in spans { for i in max(0, p.start)..<min(p.end, scalars.count) where !scalars[i].properties.isWhitespace { s.insert(i) } }
            return s
        }
        let predicted = keyed.map { positions($0.0.content) }
        let golden = gold.map { positions($0.content) }
        var pairs: [(Double, Int, Int)] = []
        for (i, p) in predicted.enumerated() {
            for (j, g) in golden.enumerated() {
                let inter = p.intersection(g).count
                if inter > 0 { pairs.append((Double(inter) / Double(p.union(g).count), i, j)) }
            }
        }
        pairs.sort { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }
        var usedP = Set<Int>(), usedG = Set<Int>(), match: [Int: Int] = [:]
        for (jac, i, j) in pairs where jac >= 0.5 && !usedP.contains(i) && !usedG.contains(j) {
            usedP.insert(i); usedG.insert(j); match[i] = j
        }
        for (i, (quote, key)) in keyed.enumerated() {
            guard let key else { continue }
            var right = false
            if let j = match[i] {
                let source = gold[j].source
                if source.isEmpty {
                    right = quote.speaker == nil
                } else if let s = quote.speaker?.span {
                    right = source.contains { $0.start < s.end && s.start < $0.end }
                }
            }
            counts[key, default: (0, 0)].n += 1
            if right { counts[key, default: (0, 0)].right += 1 }
        }
    }
}
