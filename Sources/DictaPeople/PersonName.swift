import DictaText
import Foundation

/// A person's name split into given names and surname, with keys that ignore spelling
/// variants: case, diacritics and the usual transliteration pairs (Sergei/Sergey,
/// Shoigu/Shoygu, Aleksandr/Alexander).
///
/// Two names are taken to be the same person when their surname keys are equal and their
/// given names are compatible (equal keys, one an initial of the other, or one missing).
/// Written by hand: no package on this machine does name transliteration matching.
public struct PersonName: Sendable, Hashable {
    public let full: String
    public let given: [String]
    public let surname: String
    public let surnameKey: String
    public let givenKey: String?

    /// Parses "Sergei Shoigu", "Shoigu", "S. Shoigu", "Jens Stoltenberg". Returns nil when no
    /// word with a letter is left.
    public init?(_ name: String) {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
            .map(String.init)
            .filter { w in
                w.unicodeScalars.contains { u in
                    u.value < 0x80 ? (u.value | 0x20) >= 97 && (u.value | 0x20) <= 122 : CharacterSet.letters.contains(u)
                }
            }
        guard !words.isEmpty else { return nil }
        full = words.joined(separator: " ")
        // "Bill de Blasio", "Chris Van Hollen", "Mohammed bin Salman": the particles belong to
        // the surname, so "De Blasio" alone is the same person.
        var cut = words.count - 1
        // A capitalised particle first is a given name ("Van Morrison") unless it stands alone
        // before the surname ("De Blasio said").
        while cut > 0, Self.particles.contains(words[cut - 1].lowercased()),
              words[cut - 1].first?.isLowercase == true || cut > 1 || !Gazetteer.shared.isGivenName(words[0]) { cut -= 1 }
        surname = words[cut...].joined(separator: " ")
        given = Array(words[..<cut])
        surnameKey = words[cut...].map(Self.key).joined()
        givenKey = given.first.map(Self.key)
    }

    /// Lowercase words that join the surname after them ("de", "van", "bin").
    static let particles: Set<String> = SpeakerPhrase.nameParticles.union(["den", "ter", "ten"])

    /// True when `self` and `other` can name the same person.
    public func isCompatible(with other: PersonName) -> Bool {
        guard surnameKey == other.surnameKey else { return false }
        guard let a = givenKey, let b = other.givenKey, !a.isEmpty, !b.isEmpty else { return true }
        if a == b { return true }
        // An initial ("S.") matches any given name that starts with it.
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        return false
    }

    /// The fuller of two compatible spellings: more words, then more letters.
    public static func fuller(_ a: String, _ b: String) -> String {
        let wa = a.split(separator: " ").count, wb = b.split(separator: " ").count
        if wa != wb { return wa > wb ? a : b }
        return a.count >= b.count ? a : b
    }

    /// Lowercased, diacritics folded, punctuation dropped, then transliteration variants
    /// folded to one spelling.
    public static func key(_ word: String) -> String {
        var bytes: [UInt8]
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            // The common case, without Foundation's folding: ASCII letters, lowercased.
            bytes = word.utf8.compactMap { b -> UInt8? in
                switch b {
                case 0x41...0x5A: b + 32
                case 0x61...0x7A: b
                default: nil
                }
            }
        } else {
            let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            bytes = Array(String(folded.unicodeScalars.filter { CharacterSet.letters.contains($0) }.map(Character.init)).utf8)
        }
        foldVariants(&bytes)
        // A final -y after a vowel is the -i of other transliterations (Sergey, Nikolay).
        let n = bytes.count
        if n > 2, bytes[n - 1] == UInt8(ascii: "y"), Self.vowels.contains(bytes[n - 2]),
           ascii || String(decoding: bytes, as: UTF8.self).count > 2 {
            bytes[n - 1] = UInt8(ascii: "i")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let vowels: [UInt8] = Array("aeiou".utf8)

    /// Applies ``variants`` left to right, over bytes: keys are built for every name mention.
    static func foldVariants(_ bytes: inout [UInt8]) {
        for (from, to) in variantBytes {
            // Most keys hold no pair at all: look before building a new array.
            guard bytes.count >= 2, let first = (0..<(bytes.count - 1)).first(where: { bytes[$0] == from[0] && bytes[$0 + 1] == from[1] })
            else { continue }
            var out = Array(bytes[..<first])
            out.reserveCapacity(bytes.count)
            var i = first
            while i < bytes.count {
                if i + 1 < bytes.count, bytes[i] == from[0], bytes[i + 1] == from[1] {
                    out.append(contentsOf: to)
                    i += 2
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            bytes = out
        }
    }

    static let variantBytes: [([UInt8], [UInt8])] = variants.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Spelling pairs that differ between transliteration systems, folded left to right
    /// (each `from` is two letters).
    static let variants: [(String, String)] = [
        ("ks", "x"), ("yo", "io"), ("ya", "ia"), ("yu", "iu"), ("oy", "oi"), ("ey", "ei"),
        ("ay", "ai"), ("iy", "i"), ("ii", "i"), ("kh", "h"), ("ph", "f"),
    ]
}
