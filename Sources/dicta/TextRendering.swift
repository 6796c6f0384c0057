import DictaCore

/// Renders an article for a terminal: metadata, then the body with each statement marked and
/// its speaker after it.
enum TextRendering {
    static func article(_ doc: AttributedArticle, color: Bool) -> String {
        let a = doc.article
        var lines: [String] = []
        lines.append(bold(a.title ?? "(untitled)", color))
        var meta: [String] = []
        if let o = a.outlet { meta.append(o) }
        if let p = a.published { meta.append(p) }
        if !a.authors.isEmpty { meta.append("by " + a.authors.joined(separator: ", ")) }
        if let d = a.dateline { meta.append("dateline " + d) }
        meta.append("id " + a.id)
        lines.append(meta.joined(separator: " · "))
        lines.append(a.source)
        lines.append("")
        lines.append(markedBody(doc, color: color))
        if !a.keywords.isEmpty { lines.append("\nTags: " + a.keywords.joined(separator: ", ")) }
        lines.append("\n\(counted(doc.quotes.count, "statement")):")
        for (i, q) in doc.quotes.enumerated() {
            let who = q.speaker?.name ?? "unknown speaker"
            let via = q.speaker?.mention.map { $0 == who ? "" : " (as “\($0)”)" } ?? ""
            lines.append("  [\(i + 1)] \(q.kind.rawValue), \(who)\(via), cue “\(q.cue?.text ?? "")”: \(q.text)")
            if let why = q.speaker?.why { lines.append("      speaker: \(why)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The body with statement content between ⟦ ⟧ (or highlighted) and a [n] marker.
    static func markedBody(_ doc: AttributedArticle, color: Bool) -> String {
        let scalars = Array(doc.article.body.unicodeScalars)
        var opens: [Int: [Int]] = [:], closes: [Int: [Int]] = [:]
        for (i, q) in doc.quotes.enumerated() {
            for s in q.content {
                opens[s.start, default: []].append(i + 1)
                closes[s.end, default: []].append(i + 1)
            }
        }
        var out = String.UnicodeScalarView()
        func put(_ s: String) { out.append(contentsOf: s.unicodeScalars) }
        for i in 0...scalars.count {
            for n in closes[i] ?? [] { put(color ? "\u{1B}[0m[\(n)]" : "⟧[\(n)]") }
            for _ in opens[i] ?? [] { put(color ? "\u{1B}[33m" : "⟦") }
            if i < scalars.count { out.append(scalars[i]) }
        }
        return String(out)
    }

    static func bold(_ s: String, _ color: Bool) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
}

/// "1 statement", "2 statements".
func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
