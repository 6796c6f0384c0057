/// Turns a byline as pages print it into the author's name: "Posted by Jane Doe at 18:52",
/// "Von: Jane Doe", "AuthorJane Doe", "8. Januar 2020 · by jane · in Travel" → the name;
/// lines that hold only a label ("Posted on", "Veröffentlicht am") or a comment-form field
/// ("Name (erforderlich)") → nil.
enum Byline {
    /// Labels that open a byline, lowercased, longest first so "posted by" wins over "by".
    static let labels: [String] = [
        "veröffentlicht von", "gespeichert von", "geschrieben von", "eingestellt von", "publiziert von", "erstellt von", "written by",
        "posted by", "published by", "a post by", "article by", "story by", "words by", "autorin:", "autor:", "author:", "interview:", "text:", "text von",
        "autorin", "autor", "author", "von:", "von", "vom", "by:", "by", "par", "por", "di", "door", "av", "~", "-", "—", ":",
    ]
    /// Words after which the name is over: dates, times, places and sections follow them.
    static let stops: Set<String> = [
        "am", "on", "at", "um", "in", "im", "le", "el", "|", "·", "•", "–", "-", "—", "says:", "says", "sagt:", "sagt",
        "schreibt:", "stand:", "stand", "mo", "di", "mi", "do", "fr", "sa", "so", "mo,", "di,", "mi,", "do,", "fr,", "sa,", "so,",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon,", "tue,", "wed,", "thu,", "fri,", "sat,", "sun,",
    ]
    /// Lines that are labels or form fields, not names.
    static let notNames: Set<String> = [
        "posted on", "veröffentlicht am", "publiziert am", "by", "von", "author", "autor", "name", "published",
        "posted", "geschrieben am", "erstellt am", "comments", "kommentare", "admin", "redaktion",
        "veröffentlicht", "publiziert", "geschrieben", "erstellt", "aktualisiert", "updated", "gespeichert",
        "follow", "folgen", "share", "teilen", "human",
    ]

    /// Labels that make a short line of page text a byline ("Von R. R. am 3. Mai",
    /// "Gespeichert von rasos").
    static let lineLabels = ["by ", "von ", "posted by ", "written by ", "gespeichert von ", "geschrieben von ",
                             "veröffentlicht von ", "eingestellt von ", "autor: ", "autorin: ", "author: "]

    /// The name in a short line of page text that is a byline, or nil.
    static func fromLine(_ line: String) -> String? {
        guard line.utf8.count < 80 else { return nil }
        let lower = line.lowercased()
        guard let label = lineLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = line.dropFirst(label.count)
        guard rest.first?.isUppercase == true || rest.first?.isLowercase == true && label != "by " && label != "von " else { return nil }
        return name(line)
    }

    /// Cuts before the first run of digits that a date or time punctuation follows.
    static func cutAtDate(_ s: String) -> String {
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            guard chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isNumber { j += 1 }
            if j < chars.count, ".:/,-".contains(chars[j]) || (chars[j] == " " && (i == 0 || chars[i - 1] == " ")) {
                return String(chars[..<i])
            }
            if j == chars.count, i > 0, chars[i - 1] == " " { return String(chars[..<i]) }
            i = j
        }
        return s
    }

    static func name(_ raw: String) -> String? {
        var s = raw.trimmingSpaces
        guard !s.contains("(erforderlich)"), !s.contains("*"), !s.lowercased().contains("required") else { return nil }
        // "8. Januar 2020 · by Jane · in Travel": the part that a label opens holds the name.
        for sep in [" · ", " | ", " • "] where s.contains(sep) {
            let parts = s.components(separatedBy: sep)
            if let labelled = parts.first(where: { p in labels.contains(where: { l in l.count >= 2 && p.lowercased().trimmingSpaces.hasPrefix(l + " ") }) }) {
                s = labelled
            } else {
                s = parts[0]
            }
        }
        var changed = true
        while changed {
            changed = false
            let lower = s.lowercased()
            for l in labels where lower.hasPrefix(l) {
                let rest = s.dropFirst(l.count)
                // "AuthorJane" (label glued on) or "Author Jane", but not "Bylund" or "Vondra".
                guard let next = rest.first, next == " " || next == ":" || next.isUppercase || l.count == 1 || l.hasSuffix(":") else { continue }
                s = String(rest).trimmingSpaces
                while let f = s.first, f == ":" || f == "-" || f == "~" { s = String(s.dropFirst()).trimmingSpaces }
                changed = true
                break
            }
        }
        s = s.replacingOccurrences(of: "\u{A0}", with: " ")
        // Cut where the name ends: a date or time glued on ("Jane Doe22. Mai", "jane 03:48"), or a
        // stop word. Digits that end a user name ("freeman1984") stay.
        s = Self.cutAtDate(s)
        var words: [Substring] = []
        for w in s.split(separator: " ") {
            if stops.contains(w.lowercased()) { break }
            words.append(w)
        }
        var name = words.joined(separator: " ").trimmingSpaces
        while let l = name.last, ",;:-–—|·".contains(l) { name = String(name.dropLast()).trimmingSpaces }
        guard !name.isEmpty, name.count <= 50, words.count <= 5, name.contains(where: \.isLetter),
              !notNames.contains(name.lowercased()) else { return nil }
        return name
    }
}
