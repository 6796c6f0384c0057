/// Recognisers for page furniture in scraped text that shape alone cannot tell from prose.
enum Furniture {
    /// Photo credits: "© Sputnik / Jane Doe", "(c) AFP", "Photo: Reuters". Returns the credited
    /// outlet or agency (the part before any "/"), or "" for a credit that names nobody.
    static func credit(_ line: String) -> String? {
        let lower = line.lowercased()
        let rest: Substring
        if line.hasPrefix("©") {
            rest = line.dropFirst()
        } else if lower.hasPrefix("(c) ") {
            rest = line.dropFirst(4)
        } else if let label = creditLabels.first(where: { lower.hasPrefix($0) }) {
            rest = line.dropFirst(label.count)
        } else {
            return nil
        }
        let name = rest.prefix(while: { $0 != "/" && $0 != "," && $0 != "|" }).trimmingSpaces
        // "© 2019 Acme Inc. All rights reserved" names a copyright holder, not a photo outlet.
        if name.first?.isNumber == true { return "" }
        return name.split(separator: " ").count <= 4 ? name : ""
    }

    static let creditLabels = ["photo:", "photo by ", "image:", "picture:", "credit:", "photograph:", "foto:"]

    /// A page clock or date stamp: digits with a time ("08:56 GMT +3 15 December 2019").
    static func isClock(_ shape: LineShape) -> Bool {
        let t = shape.text
        guard shape.words <= 8 else { return false }
        var sawTime = false
        var prev: Character = " "
        var digitsBeforeColon = 0
        for ch in t {
            if ch.isNumber { digitsBeforeColon += 1 }
            if ch == ":" && prev.isNumber && digitsBeforeColon > 0 { sawTime = true }
            if !ch.isNumber && ch != ":" { digitsBeforeColon = 0 }
            prev = ch
        }
        return sawTime && t.contains(where: \.isNumber) && !shape.endsLikeSentence
    }

    /// A tag line: a comma-separated list of short names with no sentence end
    /// ("Russia-NATO cooperation, NATO, Sergei Shoigu, Russia"). Returns the tags.
    static func tags(_ shape: LineShape) -> [String]? {
        guard !shape.endsLikeSentence, !shape.startsLowercase else { return nil }
        let parts = shape.text.split(separator: ",").map { $0.trimmingSpaces }
        guard parts.count >= 3, parts.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 4 }) else {
            return nil
        }
        // Tags are names or topics: each starts with a capital or a digit.
        guard parts.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false }) else { return nil }
        return parts
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
