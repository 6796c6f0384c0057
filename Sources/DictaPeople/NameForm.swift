import Foundation

/// A person's name as a reader would write it down: without the titles, honorifics, outlets
/// and possessives that news prose glues to it ("Tanaiste Leo Varadkar", "the ACLU's Jay
/// Stanley", "Miami-Dade Police Detective Alvaro Zabaleta", "Trump's").
///
/// The rules read only the words of the name and the reference lists: honorifics and ranks
/// (nameparser's list), given names, places and demonyms. Nothing is dropped that would leave
/// no capitalised word.
public struct NameForm: Sendable {
    let gazetteer: Gazetteer
    let honorifics: SortedTable

    public static let shared: NameForm = {
        guard let url = Bundle.module.url(forResource: "honorifics", withExtension: "txt"),
              let bytes = try? [UInt8](Data(contentsOf: url)) else {
            fatalError("honorifics.txt is missing from the DictaPeople bundle")
        }
        return NameForm(gazetteer: .shared, honorifics: SortedTable(bytes))
    }()

    /// Whether `word` is a title or honorific ("Prof", "Dr.", "Detective", "Senator").
    public func isHonorific(_ word: some StringProtocol) -> Bool {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return w.count > 1 && honorifics.contains(w)
    }

    /// The name without what is not part of it.
    ///
    /// - a possessive owner before the name ("NYU's Scott Galloway") and a possessive after it
    ///   ("Clinton's") go;
    /// - leading honorifics and ranks go ("Prof Gavin Yamey", "Sen. Elizabeth Warren");
    /// - words before a given name that is followed by a surname go when each is no name
    ///   but an office, place, organisation word or acronym ("Massachusetts Joshua Levy",
    ///   "Miami-Dade Police Detective Alvaro Zabaleta"), or a word the article itself uses as
    ///   a title (`titleHere`: "Tanaiste Leo Varadkar" where it also writes "the Tanaiste").
    ///   "Yunfan Gerry Zhang" keeps its first word.
    public func clean(_ name: String, titleHere: (String) -> Bool = { _ in false }) -> String {
        // One apostrophe for "O’Neill" and "O'Neill", so the name is searched and compared as one.
        var words = name.split(separator: " ").map { w in
            w.unicodeScalars.contains("’") ? String(String.UnicodeScalarView(w.unicodeScalars.map { $0 == "’" ? "'" : $0 })) : String(w)
        }
        guard !words.isEmpty else { return name }
        if let last = words.last, let bare = Self.withoutPossessive(last) { words[words.count - 1] = bare }
        while words.count > 1, Self.withoutPossessive(words[0]) != nil { words.removeFirst() }
        while words.count > 1, isHonorific(words[0]), words[1].first?.isUppercase == true { words.removeFirst() }
        if words.count >= 3, !gazetteer.isGivenName(words[0]),
           let g = (1...(words.count - 2)).first(where: { gazetteer.isGivenName(words[$0]) && isNamePart(words[$0 + 1]) }),
           words[..<g].allSatisfy({ isOffice($0) || titleHere($0) }) {
            words.removeFirst(g)
        }
        return words.joined(separator: " ")
    }

    /// A word that belongs to an office or a unit rather than a name: an honorific, a place or
    /// demonym (each part of "Miami-Dade"), an organisation word ("Police") or an acronym.
    func isOffice(_ word: String) -> Bool {
        let parts = word.split(separator: "-").map(String.init)
        return parts.contains { p in
            isHonorific(p) || gazetteer.place(named: p) != nil || gazetteer.demonyms[p] != nil
                || gazetteer.orgHeads.contains(p.lowercased())
                || (p.count >= 2 && p.allSatisfy { $0.isUppercase || $0 == "." })
        }
    }

    /// A word that can follow a given name inside a name: capitalised, or a particle ("de").
    private func isNamePart(_ w: String) -> Bool {
        w.first?.isUppercase == true || PersonName.particles.contains(w)
    }

    /// "Trump's" → "Trump", "NYU’s" → "NYU", "Williams'" → "Williams"; nil when the word has no
    /// possessive. The 's rule is ``EntityFinder``'s, over bytes.
    public static func withoutPossessive(_ w: String) -> String? {
        let cut = EntityFinder.possessiveLength(w)
        if cut > 0 { return String(w.unicodeScalars.dropLast(cut)) }
        // A plural's bare apostrophe.
        guard let last = w.unicodeScalars.last, last == "'" || last == "’", w.unicodeScalars.count > 2,
              w.unicodeScalars.dropLast().last == "s" else { return nil }
        return String(w.unicodeScalars.dropLast())
    }
}
