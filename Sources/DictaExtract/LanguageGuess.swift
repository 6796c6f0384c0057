import Foundation

/// Guesses an article's language (ISO 639-1) from how many of its words are each language's
/// most frequent function words. Crude but cheap, and enough to tell English from German on a
/// news page; a page that states its language (`<html lang>`) is believed first.
public struct LanguageGuess: Sendable {
    /// Language codes, in the order of `stopwords.txt`.
    let languages: [String]
    /// Word → the languages it belongs to, as bits over `languages` (one lookup, no arrays).
    let words: [String: UInt64]

    public static let shared = LanguageGuess()

    init() {
        var langs: [String] = []
        var map: [String: UInt64] = [:]
        if let url = Bundle.module.url(forResource: "stopwords", withExtension: "txt"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ").map(String.init)
                guard let lang = parts.first, parts.count > 1 else { continue }
                let index = langs.firstIndex(of: lang) ?? { langs.append(lang); return langs.count - 1 }()
                precondition(index < 64, "stopwords.txt has more than 64 languages")
                for w in parts.dropFirst() { map[w, default: 0] |= 1 << UInt64(index) }
            }
        }
        precondition(!map.isEmpty, "stopwords.txt is missing or empty")
        languages = langs
        words = map
    }

    /// The best language, or nil when the text is too short or no language stands out.
    /// Reads the first 200 words only, scalar by scalar: bodies run to hundreds of KB, and a
    /// couple of hundred function-word hits tell the language as surely as a whole article.
    public func guess(_ text: String) -> String? {
        var score = [Int](repeating: 0, count: languages.count)
        var total = 0
        // The word as UTF-8 bytes: a String of up to 15 bytes is made without allocating.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var ascii = true
        func count() {
            guard !word.isEmpty else { return }
            total += 1
            // Lowercased as it was read when all ASCII; lowercasing a String costs more.
            let w = String(decoding: word, as: UTF8.self)
            var bits = words[ascii ? w : w.lowercased()] ?? 0
            while bits != 0 {
                score[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
            word.removeAll(keepingCapacity: true)
            ascii = true
        }
        for u in text.unicodeScalars {
            let v = u.value
            let letter = v < 128 ? (v | 0x20) >= 97 && (v | 0x20) <= 122 : u.properties.isAlphabetic
            if letter {
                if v < 128 {
                    word.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
                } else {
                    ascii = false
                    word.append(contentsOf: UTF8.encode(u)!)
                }
            } else {
                count()
            }
            if total >= 200 { break }
        }
        count()
        // The highest score; ties go to the code first in alphabetical order.
        guard total >= 8, let best = score.indices.filter({ score[$0] > 0 })
                .max(by: { (score[$0], languages[$1]) < (score[$1], languages[$0]) }),
              score[best] * 10 >= total else { return nil }
        return languages[best]
    }
}
