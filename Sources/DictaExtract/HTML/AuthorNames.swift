import CLibXML2
import Foundation

/// Chooses an article's authors among what the page states (JSON-LD, meta tags) and prints
/// (bylines), and cleans each name of what pages glue to it: labels, the outlet, handles,
/// agencies, degrees.
enum AuthorNames {
    /// Sources in order of trust; each is cleaned on its own, and one whose names all fall away
    /// (the outlet, a handle, a URL) gives way to the next.
    static func choose(stated: [String], meta: String?, bylines: [String], postAuthorComment: String?,
                       shortLines: () -> [String], outlet: String?) -> [String] {
        var names = clean(stated, outlet: outlet)
        // Several stated authors are given as the page prints them ("A und B", "A and B") when a
        // byline holds exactly them.
        if names.count >= 2, let printed = bylines.lazy.compactMap(Byline.name).first(where: { b in
            names.allSatisfy { b.contains($0) } && b.count <= names.reduce(0) { $0 + $1.count } + 6 * (names.count - 1) }) {
            return [printed]
        }
        if !names.isEmpty { return names }
        if let m = meta, !m.hasPrefix("http"), !looksLikeOrganisation(m) {
            names = clean([m], outlet: outlet)
            if !names.isEmpty { return names }
        }
        // A byline that opens with a label ("von X", "By X") beats a bare one, which is often
        // the site's title marked "vcard author". A printed byline may name the outlet itself
        // ("Von Presse Augsburg"), so it is not cut of the outlet.
        let labelled = bylines.filter(Byline.isLabelled)
        if let b = (labelled + bylines).lazy.compactMap({ Byline.name($0).map { clean([$0], outlet: nil) } }).first(where: { !$0.isEmpty }) {
            return b
        }
        // A blog's own author answering in the comments (WordPress marks it "bypostauthor").
        if let c = postAuthorComment, let b = Byline.name(c) {
            names = clean([b], outlet: outlet)
            if !names.isEmpty { return names }
        }
        if let b = shortLines().lazy.compactMap(Byline.fromLine).first { return clean([b], outlet: outlet) }
        return []
    }

    /// A meta author that names a company, association or web site, not a writer.
    static func looksLikeOrganisation(_ s: String) -> Bool {
        let l = " " + s.lowercased() + " "
        for w in ["e.v.", "e. v.", " gmbh", " ag ", " se ", " ltd", " inc", " llc", "verlag", "stiftung", "www.", "http",
                  "verband", "(", " - "] where l.contains(w) { return true }
        return l.split(separator: " ").contains(where: isDomain)
    }

    /// "finanztreff.de", "mdr.de", "example.co.uk": a host name, not a person.
    static func isDomain(_ word: Substring) -> Bool {
        let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",/"))
        guard let dot = w.firstIndex(of: "."), dot > w.startIndex else { return false }
        let tlds: Set<String> = ["de", "com", "at", "ch", "it", "org", "net", "fr", "es", "eu", "info", "io", "uk", "pl", "nl", "ru", "news"]
        guard let last = w.split(separator: ".").last, tlds.contains(String(last)) else { return false }
        return w.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    static let agencies: Set<String> = ["dpa", "afp", "ap", "reuters", "kna", "epd", "apa", "sda", "efe", "ansa", "ddp", "dts", "red", "cnn"]
    static let degrees: Set<String> = ["phd", "ph.d.", "md", "m.d.", "mba", "rd", "ms", "msc", "dr."]
    static let roles = ["projektleiter", "redakteur", "korrespondent", "chefredakteur", "autor", "reporter", "editor", "staff",
                        "correspondent", "contributor", "senior", "freie", "freier"]
    static let placeholders: Set<String> = ["admin", "administrator", "publisher", "webmaster", "root", "user"]

    /// Each name without labels, the outlet glued on, handles, agencies, degrees or jobs;
    /// what is left only when it can be a name.
    static func clean(_ names: [String], outlet: String?) -> [String] {
        var out: [String] = []
        for raw in names {
            var n = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            for prefix in ["By ", "by ", "Von ", "von ", "Par ", "par ", "Por ", "por ", "Autor: ", "Author: "] where n.hasPrefix(prefix) {
                n = String(n.dropFirst(prefix.count))
            }
            // "A und B" is kept whole: pages that list several authors say so in JSON-LD.
            var p = n.trimmingCharacters(in: CharacterSet(charactersIn: " ,;|"))
            // Entities left in JSON-LD ("Redacci&oacute;n").
            if p.contains("&"), p.contains(";") { p = decodeEntities(p) }
            // The outlet glued to the name ("Rob Picheta, CNN", "unocero - Alberto Ávila").
            if let o = outlet, !o.isEmpty {
                for sep in [", ", " - ", " | ", " / "] {
                    if p.lowercased().hasSuffix((sep + o).lowercased()) { p = String(p.dropLast(sep.count + o.count)) }
                    if sep != ", ", p.lowercased().hasPrefix((o + sep).lowercased()) { p = String(p.dropFirst(sep.count + o.count)) }
                }
            }
            // A handle after the name ("Jane Roe @jroe").
            if p.contains(" @") || p.contains(" www.") {
                p = p.split(separator: " ").filter { !$0.hasPrefix("@") && !$0.hasPrefix("www.") }.joined(separator: " ")
            }
            // An agency, degree or job after the name ("Jane Roe, dpa", "Jane Roe, PhD").
            if let comma = p.range(of: ", ", options: .backwards) {
                let tail = p[comma.upperBound...].lowercased()
                if agencies.contains(tail) || degrees.contains(tail) || roles.contains(where: { tail.hasPrefix($0) }) {
                    p = String(p[..<comma.lowerBound])
                }
            }
            guard p.count >= 2, p.count < 60, p.contains(where: \.isLetter), !p.contains("!"), !p.contains("?"), !p.hasPrefix("/"),
                  !p.contains("@"), !p.lowercased().hasPrefix("http"), !placeholders.contains(p.lowercased()) else { continue }
            if let o = outlet, p.caseInsensitiveCompare(o) == .orderedSame { continue }
            if !out.contains(p) { out.append(p) }
        }
        return out
    }

    /// "&oacute;", "&#233;", "&#xE9;" → the character. Named entities come from libxml2's HTML
    /// table; JSON-LD strings are not HTML-decoded by the parser, so pages leave them in.
    static func decodeEntities(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let name = after[..<semi]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else if let e = htmlEntityLookup(String(name)) {
                scalar = Unicode.Scalar(e.pointee.value)
            }
            if let sc = scalar {
                out.unicodeScalars.append(sc)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}
