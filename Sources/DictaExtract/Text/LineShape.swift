/// What a line of scraped page text looks like, judged from its shape alone: punctuation,
/// length, letters, digits and scripts. No site's strings are known here.
struct LineShape: Sendable {
    let text: String
    let words: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…` or `:`, possibly followed by closing quotes
    /// or brackets.
    let endsLikeSentence: Bool
    /// Starts with a lowercase letter (a widget's "log in or register", not a sentence).
    let startsLowercase: Bool
    let script: Script
    /// Letters make up less than a third of the visible characters (clocks, counters, dates).
    let mostlyNonLetters: Bool

    enum Script: Equatable, Sendable { case latin, cyrillic, greek, arabic, hebrew, cjk, other, none }

    init(_ text: String) {
        self.text = text
        words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        var last: Character?
        for ch in text.reversed() where !Self.closers.contains(ch) && !ch.isWhitespace {
            last = ch
            break
        }
        endsLikeSentence = last.map { Self.terminals.contains($0) } ?? false
        startsLowercase = text.first(where: { $0.isLetter }).map { $0.isLowercase } ?? false
        var counts: [Script: Int] = [:]
        var letters = 0, visible = 0
        for s in text.unicodeScalars where !s.properties.isWhitespace {
            visible += 1
            guard s.properties.isAlphabetic else { continue }
            letters += 1
            counts[Self.script(of: s), default: 0] += 1
        }
        script = counts.max(by: { $0.value < $1.value })?.key ?? .none
        mostlyNonLetters = visible > 0 && letters * 3 < visible
    }

    static let terminals: Set<Character> = [".", "!", "?", "…", ":", ";"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "›"]

    static func script(of s: Unicode.Scalar) -> Script {
        switch s.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: .latin
        case 0x370...0x3FF: .greek
        case 0x400...0x52F: .cyrillic
        case 0x590...0x5FF: .hebrew
        case 0x600...0x6FF, 0x750...0x77F: .arabic
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF: .cjk
        default: .other
        }
    }

    /// A run of capitalised words with no sentence end: a headline ("Finns Less Afraid of Russia").
    var isHeadlineShaped: Bool {
        words >= 3 && words <= 30 && !startsLowercase && !mostlyNonLetters
            && !(endsLikeSentence && text.last == ".")
    }

    /// Body text: reads like a sentence and is long enough to be one.
    var isProse: Bool {
        endsLikeSentence && words >= 4 && !mostlyNonLetters && !text.hasSuffix(":")
    }
}
