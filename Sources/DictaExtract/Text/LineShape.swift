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

    enum Script: Int, Equatable, Sendable, CaseIterable { case latin, cyrillic, greek, arabic, hebrew, cjk, other, none }

    init(_ text: String) {
        self.text = text
        // Counted over bytes, no substrings: a scraped line can be megabytes long.
        var n = 0
        var inWord = false
        for b in text.utf8 {
            let gap = b == 0x20 || b == 0x09
            if !gap && !inWord { n += 1 }
            inWord = !gap
        }
        words = n
        var last: Character?
        for ch in text.reversed() where !Self.closers.contains(ch) && !ch.isWhitespace {
            last = ch
            break
        }
        endsLikeSentence = last.map { Self.terminals.contains($0) } ?? false
        startsLowercase = text.first(where: { $0.isLetter }).map { $0.isLowercase } ?? false
        // Counts by script in an array and ASCII without a property lookup: this runs over
        // every scalar of the input.
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        var letters = 0, visible = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v == 0x20 || (v >= 9 && v <= 13) { continue }
                visible += 1
                guard (v >= 65 && v <= 90) || (v >= 97 && v <= 122) else { continue }
                letters += 1
                counts[Script.latin.rawValue] += 1
                continue
            }
            guard !s.properties.isWhitespace else { continue }
            visible += 1
            guard s.properties.isAlphabetic else { continue }
            letters += 1
            counts[Self.script(of: s).rawValue] += 1
        }
        let top = counts.indices.max(by: { counts[$0] < counts[$1] })!
        script = counts[top] > 0 ? Script(rawValue: top)! : .none
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
