import DictaText
import Foundation

/// What kind of source a speaker name is, for the corpus's list of speakers.
public enum SpeakerType: String, Sendable, Codable, CaseIterable {
    /// A person ("Hillary Clinton", "Clinton").
    case person
    /// A party, agency, company or outlet that is the source of a statement ("Democrats",
    /// "CNN", "New York Times", "F.B.I.").
    case organization
}

/// Sorts the names attribution gave statements to into people, organisations and names that
/// are no source at all (a place, a date, a title without its holder), with the reason in words
/// for `--why`.
///
/// Rules over the gazetteer and the lexicon rather than a learned model: each decision names
/// the list that made it, and the lists are what an analyst would correct.
public enum SpeakerKinds {
    /// How a speaker name is taken: as a person or organisation, or refused with the reason.
    public enum Verdict: Sendable, Equatable {
        case source(SpeakerType, why: String?)
        case refused(why: String)

        public var type: SpeakerType? {
            if case .source(let t, _) = self { return t }
            return nil
        }
    }

    public static func classify(_ name: String, gazetteer: Gazetteer = .shared, lexicon: Lexicon = .english) -> Verdict {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return .refused(why: "no name") }
        let lower = words.map { $0.lowercased() }
        // "R-Utah", "D-Calif.": a party and a state, printed after a lawmaker's name.
        if words.count == 1, let dash = name.firstIndex(of: "-"), ["R", "D", "I"].contains(name[..<dash]) {
            return .refused(why: "\(name) is a party and state label, not a speaker")
        }
        if lower.allSatisfy({ lexicon.nonNames.contains($0.trimmingCharacters(in: .punctuationCharacters)) }) {
            return .refused(why: "\(name) is a date or a function word, not a speaker")
        }
        // "Barack Obama's DOJ": the thing after a possessive is what speaks.
        if let at = words.dropLast().lastIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) {
            let rest = words[(at + 1)...].joined(separator: " ")
            if case .source(.organization, _) = classify(rest, gazetteer: gazetteer, lexicon: lexicon) {
                return .source(.organization, why: "\(rest), of \(words[...at].joined(separator: " ")), is an organisation")
            }
            return .refused(why: "\(name) names something of someone's, not a speaker")
        }
        if let inst = gazetteer.institutions[name] {
            return .source(.organization, why: "\(inst) is an institution of the gazetteer")
        }
        if gazetteer.institutions[words.dropFirst(first == "The" ? 1 : 0).joined(separator: " ")] != nil {
            return .source(.organization, why: "\(name) is an institution of the gazetteer")
        }
        let bareLast = last.lowercased().trimmingCharacters(in: .punctuationCharacters)
        if gazetteer.orgHeads.contains(bareLast) || groupWords.contains(bareLast) {
            return .source(.organization, why: "\"\(last)\" names an organisation or a party")
        }
        if let place = gazetteer.place(named: name) ?? (first == "The" ? gazetteer.place(named: words.dropFirst().joined(separator: " ")) : nil) {
            return .refused(why: "\(name) is a place (\(place.canonical), a \(place.kind.rawValue)), not a speaker")
        }
        if words.count == 1, isAcronym(name), !gazetteer.notOrganisations.contains(name.replacingOccurrences(of: ".", with: "")) {
            return .source(.organization, why: "\(name) is an acronym")
        }
        // "Americans", "Germans": a nationality speaking, no one in particular.
        if words.count == 1, name.hasSuffix("s"), gazetteer.demonyms[String(name.dropLast())] != nil {
            return .refused(why: "\(name) are a nationality, not a speaker")
        }
        if words.count == 1, lexicon.pronouns[name.lowercased()] != nil {
            return .refused(why: "\(name) is a pronoun that no name was found for")
        }
        // "Carolina", "Hampshire": the end of a place's name, whichever of them it was.
        if words.count == 1, let whole = ["North", "South", "East", "West", "New"].lazy
            .map({ $0 + " " + name }).first(where: { gazetteer.place(named: $0) != nil }) {
            return .refused(why: "\(name) is part of a place's name (\(whole)), not a speaker")
        }
        // "Trump Tower", "Capitol Hill": a building or a place named after someone.
        if words.count >= 2, placeHeads.contains(bareLast) {
            return .refused(why: "\(name) is a place (\"\(last)\"), not a speaker")
        }
        // "Senate Minority", "Presidential": words of a title with no holder's name.
        if lower.allSatisfy({ w in
            let b = w.trimmingCharacters(in: .punctuationCharacters)
            return lexicon.isTitleWord(b) || gazetteer.orgHeads.contains(b) || lexicon.nonNames.contains(b) || titleParts.contains(b)
        }) {
            return .refused(why: "\(name) is part of a title, not a name")
        }
        return .source(.person, why: nil)
    }

    /// A name without the words a sentence's start or a description glued before it: "The
    /// Trump", "Here’s Clinton", "Several Cruz" → the surname; "Billionaire Donald Trump" →
    /// "Donald Trump" (a word that is no given name before one that is).
    public static func trimmed(_ name: String, gazetteer: Gazetteer = .shared, lexicon: Lexicon = .english) -> String {
        var words = name.split(separator: " ").map(String.init)
        func isJunk(_ w: String) -> Bool {
            var b = w.lowercased()
            if b.hasSuffix("'s") || b.hasSuffix("’s") { b = String(b.dropLast(2)) }
            return lexicon.nonNames.contains(b) || Roles.determiners.contains(b) || Roles.quantifiers.contains(b) || openers.contains(b)
                || (lexicon.modifiers.contains(b) && !b.hasSuffix(".") && !gazetteer.isGivenName(w))
        }
        while words.count > 1, isJunk(words[0]) { words.removeFirst() }
        if words.count >= 3, !gazetteer.isGivenName(words[0]), gazetteer.isGivenName(words[1]), words[0].count > 2,
           !words[0].hasSuffix(".") { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// An organisation's name without its owner: "Barack Obama's DOJ" → "DOJ".
    public static func withoutOwner(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let at = words.dropLast().lastIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) else { return name }
        return words[(at + 1)...].joined(separator: " ")
    }

    /// Prepositions and adverbs that open a sentence before a name ("Despite Trump", "Maybe
    /// Trump"), beyond the lexicon's non-names (kept out of it: the quote stages read that list).
    static let openers: Set<String> = ["among", "amid", "despite", "unlike", "like", "maybe", "even", "just", "only",
                                       "already", "against", "toward", "towards", "via", "per", "team", "anti"]

    /// Last words that make a name a building or a place.
    static let placeHeads: Set<String> = ["tower", "towers", "building", "hall", "hill", "square", "street", "avenue",
                                          "airport", "stadium", "arena", "hotel", "plaza", "park", "bridge", "station"]

    /// Words of offices that the lexicon's title words leave out ("Senate Minority Leader").
    static let titleParts: Set<String> = ["minority", "majority", "ranking", "presidential", "republican", "democratic",
                                          "democrat", "gop", "speaker"]

    /// Last words that make a name a party or group speaking as one ("Senate Democrats").
    static let groupWords: Set<String> = ["democrats", "republicans", "gop", "conservatives", "liberals", "progressives",
                                          "libertarians", "tories", "socialists", "greens", "independents"]

    /// "CNN", "AP", "F.B.I.": two to six capitals, with or without periods.
    static func isAcronym(_ w: String) -> Bool {
        let letters = w.unicodeScalars.filter { $0 != "." }
        guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else { return false }
        // Dotted, every letter followed by a period, or none at all.
        let dots = w.unicodeScalars.count - letters.count
        return dots == 0 || dots == letters.count
    }
}
