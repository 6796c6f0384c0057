/// What is wrong with an article read from outside (`ingest --extracted`), naming the field.
public struct ValidationProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field at fault, as a path: `id`, `quotes[2].content[0]`, `entities[1].mentions[3]`.
    public let field: String
    public let reason: String
    public var description: String { "\(field): \(reason)" }
}

extension AttributedArticle {
    /// The first problem that would make this article wrong to store, or nil. Extraction never
    /// makes these; a JSON line written or edited by hand can.
    ///
    /// Checked: the id is ``ArticleID``'s 16 lowercase hex digits; dates are real calendar dates
    /// (`YYYY-MM-DD`, optionally followed by an ISO 8601 time); every span lies inside the body
    /// and does not run backwards; a quote's text is the body's words at its content spans (a direct
    /// quote's at its quoted spans), its
    /// quoted spans lie inside its content; confidence is within 0…1.
    public func validationProblem() -> ValidationProblem? {
        let a = article
        guard a.id.utf8.count == 16, a.id.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            return ValidationProblem(field: "id", reason: "want 16 lowercase hex digits, got \(Self.shown(a.id))")
        }
        for (field, value) in [("published", a.published), ("modified", a.modified)] {
            if let value, !Self.isDate(value) {
                return ValidationProblem(field: field, reason: "want a real date as YYYY-MM-DD (optionally with an ISO 8601 time), got \(Self.shown(value))")
            }
        }
        let text = ScalarText(a.body)
        func check(_ span: Span, _ field: String) -> ValidationProblem? {
            guard span.start >= 0, span.end >= span.start else {
                return ValidationProblem(field: field, reason: "span [\(span.start), \(span.end)] runs backwards or below 0")
            }
            guard span.end <= text.count else {
                return ValidationProblem(field: field, reason: "span [\(span.start), \(span.end)] ends past the body (\(text.count) scalars)")
            }
            return nil
        }
        for (i, q) in quotes.enumerated() {
            let at = "quotes[\(i)]"
            guard !q.content.isEmpty else { return ValidationProblem(field: "\(at).content", reason: "no spans") }
            for (j, s) in q.content.enumerated() { if let p = check(s, "\(at).content[\(j)]") { return p } }
            for (j, s) in q.quoted.enumerated() {
                if let p = check(s, "\(at).quoted[\(j)]") { return p }
                guard q.content.contains(where: { $0.start <= s.start && s.end <= $0.end })
                        || (q.content.first!.start <= s.start && s.end <= q.content.last!.end) else {
                    return ValidationProblem(field: "\(at).quoted[\(j)]", reason: "lies outside the quote's content")
                }
            }
            if let cue = q.cue, let p = check(cue.span, "\(at).cue.span") { return p }
            if let span = q.speaker?.span, let p = check(span, "\(at).speaker.span") { return p }
            // A direct quote's content keeps its quotation marks; its text is the words inside.
            let words = (q.kind == .direct ? q.quoted : q.content).map { text[$0] }.joined(separator: " … ")
            guard words == q.text else {
                return ValidationProblem(field: "\(at).text", reason: q.kind == .direct
                    ? "is not the body's text at its quoted spans" : "is not the body's text at its content spans")
            }
            guard q.confidence.isFinite, (0...1).contains(q.confidence) else {
                return ValidationProblem(field: "\(at).confidence", reason: "want a number within 0…1, got \(q.confidence)")
            }
        }
        for (i, e) in entities.enumerated() {
            for (j, s) in e.mentions.enumerated() { if let p = check(s, "entities[\(i)].mentions[\(j)]") { return p } }
        }
        return nil
    }

    /// A value as it can be shown in one diagnostic line: quoted, cut, control characters escaped.
    static func shown(_ s: String) -> String {
        let cut = s.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(s.unicodeScalars.prefix(40))) + "…" : s
        return "\"" + cut.unicodeScalars.map { $0.value < 0x20 || $0 == "\"" ? $0.escaped(asASCII: true) : String($0) }.joined() + "\""
    }

    /// `YYYY-MM-DD` naming a day that exists, then nothing or an ISO 8601 time (`T…`).
    public static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 10, b[4] == 45, b[7] == 45,
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return false }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(b[$1] - 48) } }
        let year = number(0..<4), month = number(5..<7), day = number(8..<10)
        guard year >= 1, (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        return b.count == 10 || b[10] == 84 || b[10] == 32  // "T" or a space before the time
    }
}

/// A date a user gives as a filter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, compared as a prefix of
/// publication dates.
public enum DatePrefix {
    /// Whether `s` is a publication date as the contract stores it: `YYYY-MM-DD` naming a day
    /// that exists, then nothing or an ISO 8601 time.
    public static func isPublicationDate(_ s: String) -> Bool { AttributedArticle.isDate(s) }

    /// Whether `s` names a real year, month or day: month 01–12, and a day the month has.
    /// With `leapYears: false` February always has 29 days, which is what a regular expression
    /// (the OpenAPI document's pattern) can state.
    public static func isValid(_ s: String, leapYears: Bool = true) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        func digits(_ p: Substring, _ n: Int) -> Int? {
            p.utf8.count == n && p.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? Int(p) : nil
        }
        guard (1...3).contains(parts.count), let year = digits(parts[0], 4) else { return false }
        guard parts.count >= 2 else { return true }
        guard let month = digits(parts[1], 2), (1...12).contains(month) else { return false }
        guard parts.count == 3 else { return true }
        let leap = !leapYears || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard let day = digits(parts[2], 2) else { return false }
        return (1...days).contains(day)
    }
}
