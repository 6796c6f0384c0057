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
            tokens.append(Token(span: Span(a, b), text: t, lower: t.lowercased(), kind: kind))
        }
        while i < r.end {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if Self.isWordScalar(c) {
                var j = i + 1
                while j < r.end {
                    if Self.isWordScalar(s[j]) || s[j].properties.isDiacritic { j += 1; continue }
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
                    if (word.count == 1 && word.first!.isUppercase) || word.contains(".")
                        || lexicon.abbreviations.contains(lower) || lexicon.modifiers.contains(lower + ".") {
                        j += 1
                    }
                }
                let isNumber = s[i].properties.numericType != nil
                emit(i, j, isNumber ? .number : .word)
                i = j
                continue
            }
            if c == "\"" {
                let prev: Unicode.Scalar? = i > r.start ? s[i - 1] : nil
                let opens = prev == nil || prev!.properties.isWhitespace || "([{—–-/:".unicodeScalars.contains(prev!)
                    || Self.doubleOpeners.contains(prev!)
                emit(i, i + 1, .quote(opens: opens))
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

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
