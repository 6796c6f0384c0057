import DictaCore

/// Splits text into ``Token``s over Unicode scalars, so token spans are scalar offsets.
///
/// Hand-written rather than `Regex`: it runs over every article and Swift `Regex` is an order
/// of magnitude slower (see NOTES.md).
public struct Tokenizer: Sendable {
    let lexicon: Lexicon

    public init(lexicon: Lexicon = .english) { self.lexicon = lexicon }

    static let doubleOpeners: Set<Unicode.Scalar> = ["“", "«", "„"]
    static let doubleClosers: Set<Unicode.Scalar> = ["”", "»"]

    public func tokenize(_ text: ScalarText, in range: Span? = nil) -> [Token] {
        let s = text.scalars
        let r = range ?? Span(0, s.count)
        var tokens: [Token] = []
        var i = r.start
        var germanOpen = false
        func emit(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            let t = text[Span(a, b)]
            var token = Token(span: Span(a, b), text: t, lower: Self.lowercase(t), kind: kind)
            if kind == .word, let flags = lexicon.lexical[token.lower] { token.lexical = flags }
            tokens.append(token)
        }
        while i < r.end {
            let c = s[i]
            if c.value < 0x80 ? (c == " " || (c.value >= 9 && c.value <= 13)) : c.properties.isWhitespace { i += 1; continue }
            if Self.isWordScalar(c) {
                var j = i + 1
                while j < r.end {
                    if Self.isWordScalar(s[j]) || Self.isDiacritic(s[j]) { j += 1; continue }
                    // Joiners inside a word: don't, Russia-NATO, U.S, 1,000, 3.5
                    if j + 1 < r.end, Self.isWordScalar(s[j + 1]), "'’-.,".unicodeScalars.contains(s[j]) {
                        if s[j] == "," && !(s[j - 1].properties.numericType != nil && s[j + 1].properties.numericType != nil) { break }
                        j += 2
                        continue
                    }
                    break
                }
                // A period that belongs to the word: initials (J.), abbreviations (Gen.), U.S.
                if j < r.end, s[j] == "." {
                    let word = text[Span(i, j)]
                    let lower = word.lowercased()
                    if (word.count == 1 && word.first!.isUppercase) || word.utf8.contains(UInt8(ascii: "."))
                        || lexicon.abbreviations.contains(lower) || lexicon.modifiers.contains(lower + ".") {
                        j += 1
                    }
                }
                let isNumber = s[i].value < 0x80 ? (s[i].value >= 48 && s[i].value <= 57) : s[i].properties.numericType != nil
                emit(i, j, isNumber ? .number : .word)
                i = j
                continue
            }
            // Whether a mark here stands where a quotation opens; asked only of quotation marks.
            func afterSpace() -> Bool {
                guard i > r.start else { return true }
                let prev = s[i - 1]
                return prev.properties.isWhitespace || "([{—–-/:".unicodeScalars.contains(prev) || Self.doubleOpeners.contains(prev)
            }
            if c == "\"" {
                emit(i, i + 1, .quote(opens: afterSpace()))
            } else if c == "'", i + 1 < r.end, s[i + 1] == "'" {
                // Two apostrophes for a double quotation mark, as some wire and newspaper
                // archives print them: ''We will,'' she said.
                emit(i, i + 2, .quote(opens: afterSpace()))
                i += 2
                continue
            } else if c == "”", i + 1 < r.end, afterSpace(), Self.isWordScalar(s[i + 1]) {
                // A closing mark typed where an opening one belongs (”Fear. …”).
                emit(i, i + 1, .quote(opens: true))
            } else if c == "„" {
                germanOpen = true
                emit(i, i + 1, .quote(opens: true))
            } else if c == "“" {
                emit(i, i + 1, .quote(opens: !germanOpen))
                germanOpen = false
            } else if Self.doubleOpeners.contains(c) {
                emit(i, i + 1, .quote(opens: true))
            } else if Self.doubleClosers.contains(c) {
                emit(i, i + 1, .quote(opens: false))
            } else {
                emit(i, i + 1, .punctuation)
            }
            i += 1
        }
        return tokens
    }

    /// `properties.isDiacritic` without a property lookup for ASCII, where only ^ and ` are.
    static func isDiacritic(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x5E || c.value == 0x60 : c.properties.isDiacritic
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// `lowercased()` with an ASCII fast path: it runs once per token.
    static func lowercase(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.lowercased() }
        guard s.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return s }
        let utf8 = s.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0
            for b in utf8 { buffer[n] = b >= 65 && b <= 90 ? b + 32 : b; n += 1 }
            return n
        }
    }
}
