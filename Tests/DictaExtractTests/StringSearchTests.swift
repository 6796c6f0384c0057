import Foundation
import Testing
@testable import DictaExtract

/// The module's byte-level overloads of Foundation's string search must answer as Foundation does.
@Suite struct StringSearchTests {
    @Test(arguments: [
        ("Jane Roe, dpa", ", "), ("Ferry | Harbour Notes | News", " | "), ("Анна Берг · Москва", " · "),
        ("no separator here", " | "), (" | leading and trailing | ", " | "), ("", ", "), ("abc", ""),
        ("soft\u{AD}hyphen", "\u{AD}"), ("x", "xy"),
    ])
    func agreesWithFoundation(text: String, needle: String) {
        let ns = text as NSString
        // The byte-level names, so that overload resolution cannot turn this into Foundation
        // against itself.
        #expect((text.utf8Offset(of: needle) != nil) == (ns.range(of: needle).location != NSNotFound))
        #expect(text.byteComponents(separatedBy: needle) == ns.components(separatedBy: needle))
        #expect(text.byteReplacing(needle, with: "+") == ns.replacingOccurrences(of: needle, with: "+"))
        let mine = text.byteRange(of: needle).map { NSRange($0, in: text) }
        let theirs = ns.range(of: needle)
        #expect(mine == (theirs.location == NSNotFound ? nil : theirs))
    }

    @Test func scalarCountIsTheNumberOfScalars() {
        for s in ["", "plain", "Núñez", "Анна", "😀 e\u{301}", "\u{1F1E9}\u{1F1EA}"] {
            #expect(s.scalarCount == s.unicodeScalars.count)
        }
    }
}
