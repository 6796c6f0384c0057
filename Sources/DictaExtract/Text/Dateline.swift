/// The place line that opens a wire story: "MOSCOW (Sputnik) — ", "WASHINGTON, Jan 5 (Reuters) - ",
/// "PARIS — ". Recognised by shape: a run of capitals (with spaces, commas, periods, a date),
/// an optional agency in parentheses, then a dash.
struct Dateline: Equatable {
    /// The place, as written ("MOSCOW").
    let place: String
    /// The agency in parentheses, if any ("Sputnik").
    let agency: String?
    /// How many `Character`s of the paragraph the dateline takes, dash and space included.
    let length: Int

    static let dashes: Set<Character> = ["—", "–", "-"]

    init?(paragraph: String) {
        let chars = Array(paragraph.prefix(120))
        var i = 0
        // 1. The place: capitals, spaces, periods, commas; at least two capitals in a row.
        while i < chars.count, chars[i].isUppercase || chars[i].isWhitespace || chars[i] == "." || chars[i] == "'" {
            i += 1
        }
        let place = String(chars[0..<i]).trimmingSpaces
        guard place.filter(\.isLetter).count >= 2,
              !place.contains(where: { $0.isLowercase }) else { return nil }
        // 2. An optional ", Month Day" date before the agency.
        var j = i
        if j < chars.count, chars[j] == "," {
            j += 1
            while j < chars.count, chars[j] != "(" && !Self.dashes.contains(chars[j]), j - i < 25 { j += 1 }
        }
        // 3. An optional agency in parentheses.
        var agency: String?
        var k = j
        while k < chars.count, chars[k].isWhitespace { k += 1 }
        if k < chars.count, chars[k] == "(" {
            guard let close = chars[k...].firstIndex(of: ")"), close - k < 40 else { return nil }
            agency = String(chars[(k + 1)..<close]).trimmingSpaces
            k = close + 1
        }
        while k < chars.count, chars[k].isWhitespace { k += 1 }
        // 4. The dash, then a space: a hyphenated word ("US-RUSSIA") is not a dateline.
        guard k < chars.count, Self.dashes.contains(chars[k]) else { return nil }
        k += 1
        guard k < chars.count, chars[k].isWhitespace else { return nil }
        while k < chars.count, chars[k].isWhitespace { k += 1 }
        // The story goes on with a sentence: "NATO — the alliance said" is not a dateline.
        guard k < chars.count, chars[k].isUppercase || chars[k].isNumber || "\"“«‘'".contains(chars[k]) else { return nil }
        self.place = place.trimmingCharacters(in: [",", " "])
        self.agency = agency?.isEmpty == true ? nil : agency
        self.length = k
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
