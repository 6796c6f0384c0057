/// Reads a calendar day written in the common ways and returns it as `YYYY-MM-DD`:
/// "2019-12-15", "15 December 2019", "December 15, 2019", "Dec. 15, 2019", "15.12.2019".
/// Two-digit years and month-first numeric dates ("12/15/2019") are ambiguous and refused.
public enum DateParser {
    public static func isoDay(from text: String) -> String? {
        let tokens = tokenize(text)
        var year: Int?, month: Int?, day: Int?
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if let n = Int(t) {
                // ISO: 2019-12-15 arrives as three numbers in a row.
                if t.count == 4, year == nil, i + 2 < tokens.count, let m = Int(tokens[i + 1]), let d = Int(tokens[i + 2]),
                   (1...12).contains(m), (1...31).contains(d), month == nil {
                    year = n; month = m; day = d
                    break
                }
                // European numeric: 15.12.2019
                if t.count <= 2, i + 2 < tokens.count, let m = Int(tokens[i + 1]), tokens[i + 2].count == 4,
                   let y = Int(tokens[i + 2]), (1...12).contains(m), (1...31).contains(n), month == nil,
                   text.contains(".") {
                    day = n; month = m; year = y
                    break
                }
                if t.count == 4, (1900...2100).contains(n) { year = year ?? n }
                else if t.count <= 2, (1...31).contains(n), day == nil { day = n }
            } else if let m = monthNumber(t), month == nil {
                month = m
            }
            i += 1
        }
        guard let y = year, let m = month, let d = day, (1900...2100).contains(y),
              d <= daysIn(month: m, year: y) else { return nil }
        return padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func tokenize(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0) }
            .flatMap(splitDigitsFromLetters)
    }

    /// "15th" → ["15", "th"]
    static func splitDigitsFromLetters(_ t: String) -> [String] {
        guard let first = t.first, first.isNumber, t.contains(where: \.isLetter) else { return [t] }
        let digits = t.prefix(while: \.isNumber)
        return [String(digits), String(t.dropFirst(digits.count))]
    }

    /// A month name in any listed language, or an English abbreviation ("Dec", "Sept").
    static func monthNumber(_ word: String) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        for (i, names) in months.enumerated() {
            if names.contains(w) || (w.count <= 4 && names[0].hasPrefix(w)) { return i + 1 }
        }
        return nil
    }

    /// Month names in English, German, French, Spanish, Italian, Portuguese and Dutch.
    static let months: [[String]] = [
        ["january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"],
        ["february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
        ["march", "märz", "maerz", "mars", "marzo", "março", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maggio", "maio", "mei"],
        ["june", "juni", "juin", "junio", "giugno", "junho"],
        ["july", "juli", "juillet", "julio", "luglio", "julho"],
        ["august", "août", "aout", "agosto", "augustus"],
        ["september", "septembre", "septiembre", "settembre", "setembro"],
        ["october", "oktober", "octobre", "octubre", "ottobre", "outubro"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
    ]
}

/// Zero-padded decimal digits.
func padded(_ n: Int, _ width: Int) -> String {
    let digits = "\(n)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
