import Foundation
import DictaText

/// The office a statement's mention gives its speaker: "Russian Defense Minister" in
/// "Russian Defense Minister Sergei Shoigu", "defense minister" in "the defense minister".
public enum Roles {
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]
    /// Counting words that open a description ("one candidate") but are no part of an office.
    static let quantifiers: Set<String> = ["one", "two", "three", "another", "some", "several", "any", "each", "every",
                                           "many", "other", "both", "all", "no"]
    /// Function words an office's name may hold ("Secretary of State", "Minister for Health").
    static let joiners: Set<String> = ["of", "for", "and", "to"]

    /// The role words of `mention` (the name and a leading determiner taken away), when the
    /// last of them is a role noun of the lexicon ("minister", "secretary", "spokesperson").
    /// Nil for a bare name or pronoun, and for descriptions that name no office.
    public static func stated(mention: String?, name: String?, lexicon: Lexicon = .english) -> String? {
        guard let mention else { return nil }
        var words = mention.split(separator: " ").map(String.init)
        if let name, let parsed = PersonName(name) {
            // Cut from the first word of the name (or its surname) onwards.
            let firstWords = Set(parsed.given.prefix(1) + [parsed.surname])
            if let at = words.firstIndex(where: { firstWords.contains($0) || PersonName.key($0) == parsed.surnameKey }) {
                words = Array(words[..<at])
            }
        }
        while let f = words.first, determiners.contains(f.lowercased()) || quantifiers.contains(f.lowercased()) { words.removeFirst() }
        while let l = words.last, l.hasSuffix(",") || l == "-" { words.removeLast() }
        guard let last = words.last, words.count <= 6 else { return nil }
        let head = last.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard lexicon.roles.contains(head) else {
            return nil
        }
        // A noun phrase, not a clause cut before the name ("without any evidence that
        // President", "where President"): no function word inside it.
        let lowered = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard !lowered.dropLast().contains(where: { (lexicon.nonNames.contains($0) || quantifiers.contains($0)) && !joiners.contains($0) })
        else { return nil }
        // "spokesman for Democratic presidential candidate", "top adviser to President": the
        // office after "for"/"to" is another person's, and the one before it is the staff's.
        // ("Minister for Health" names one office: no role follows its "for".)
        if let at = lowered.firstIndex(where: { $0 == "for" || $0 == "to" }),
           lowered[..<at].contains(where: lexicon.roles.contains),
           lowered[(at + 1)...].contains(where: lexicon.roles.contains) { return nil }
        return words.joined(separator: " ")
    }
}
