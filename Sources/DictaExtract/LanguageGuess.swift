import Foundation

/// Guesses an article's language (ISO 639-1) from how many of its words are each language's
/// most frequent function words. Crude but cheap, and enough to tell English from German on a
/// news page; a page that states its language (`<html lang>`) is believed first.
public struct LanguageGuess: Sendable {
    let words: [String: [String]]  // word → languages it belongs to

    public static let shared = LanguageGuess()

    init() {
        var map: [String: [String]] = [:]
        if let url = Bundle.module.url(forResource: "stopwords", withExtension: "txt"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ").map(String.init)
                guard let lang = parts.first, parts.count > 1 else { continue }
                for w in parts.dropFirst() { map[w, default: []].append(lang) }
            }
        }
        precondition(!map.isEmpty, "stopwords.txt is missing or empty")
        words = map
    }

    /// The best language, or nil when the text is too short or no language stands out.
    /// Reads the first 500 words only, scalar by scalar: bodies run to hundreds of KB, and a
    /// few hundred words tell the language as surely as a whole article.
    public func guess(_ text: String) -> String? {
        var score: [String: Int] = [:]
        var total = 0
        var word = String.UnicodeScalarView()
        func count() {
            guard !word.isEmpty else { return }
            total += 1
            for lang in words[String(word).lowercased()] ?? [] { score[lang, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for u in text.unicodeScalars {
            let v = u.value
            let letter = v < 128 ? (v | 0x20) >= 97 && (v | 0x20) <= 122 : u.properties.isAlphabetic
            if letter { word.append(u) } else { count() }
            if total >= 500 { break }
        }
        count()
        guard total >= 8, let best = score.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              best.value * 10 >= total else { return nil }
        return best.key
    }
}
