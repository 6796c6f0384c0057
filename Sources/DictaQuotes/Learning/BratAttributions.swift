import DictaCore
import Foundation

/// Gold attributions in brat standoff, as PolNeAR ships them (`*.ann` beside each text): the
/// training data of the learned cue and content model. Offsets are Unicode scalars into the
/// text, as ``DictaCore/Span`` counts them.
public struct BratAttribution: Sendable, Equatable {
    public var cue: [Span]
    public var content: [Span]
    /// Empty for an attribution with no stated source.
    public var source: [Span]

    public init(cue: [Span], content: [Span], source: [Span]) {
        self.cue = cue
        self.content = content
        self.source = source
    }
}

public enum BratAttributions {
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The attributions of one `.ann` file. Span lines are `T<n>\t<Label> <start> <end>[;<start>
    /// <end>…]\t<text>`, events `E<n>\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<t>` in
    /// any order (`Attribution-no-source:` for none). A span holding a newline breaks its line,
    /// so lines that start with neither T, E nor # are the rest of a span's text and skipped.
    public static func parse(_ text: String, name: String) throws -> [BratAttribution] {
        var spans: [String: [Span]] = [:]
        var events: [(Int, [(String, String)])] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let id = fields.first, fields.count >= 2 else { continue }
            if id.hasPrefix("T") {
                let head = fields[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { throw ParseError(description: "\(name):\(i + 1): no offsets") }
                var pieces: [Span] = []
                for piece in head[1].split(separator: ";") {
                    let o = piece.split(separator: " ").compactMap { Int($0) }
                    guard o.count == 2, o[0] >= 0, o[1] >= o[0] else {
                        throw ParseError(description: "\(name):\(i + 1): bad offsets \"\(piece)\"")
                    }
                    pieces.append(Span(o[0], o[1]))
                }
                spans[String(id)] = pieces
            } else if id.hasPrefix("E") {
                let args = fields[1].split(separator: " ").compactMap { arg -> (String, String)? in
                    let kv = arg.split(separator: ":", maxSplits: 1)
                    return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
                }
                events.append((i + 1, args))
            }
        }
        return try events.map { line, args in
            var a = BratAttribution(cue: [], content: [], source: [])
            for (role, ref) in args {
                guard let s = spans[ref] else { throw ParseError(description: "\(name):\(line): no span \(ref)") }
                switch role {
                case "Cue": a.cue += s
                case "Source": a.source += s
                case let r where r.hasPrefix("Content"): a.content += s
                default: break   // the trigger ("Attribution", "Attribution-no-source")
                }
            }
            a.content.sort()
            return a
        }
    }

    /// The annotation file of a text in a PolNeAR split: `attributions/<stem>_<annotator>.ann`,
    /// the one whose annotator id sorts first when several annotated it.
    public static func file(for text: URL) -> URL? {
        let stem = text.deletingPathExtension().lastPathComponent
        let dir = text.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("attributions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasPrefix(stem + "_") && $0.hasSuffix(".ann") && !$0.dropFirst(stem.count + 1).contains("_") }
            .sorted().first.map { dir.appendingPathComponent($0) }
    }
}
