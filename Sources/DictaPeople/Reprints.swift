import Foundation

/// What makes two statements the same statement, reprinted: the same words, whatever the
/// punctuation, quotation marks, case and accents, or nearly the same words (an outlet's small
/// edits: a word changed, added or dropped) with the same numbers.
///
/// A statement's ``words`` are its letters and digits, lowercased and folded. Two statements
/// with the same words share a ``key``. Otherwise, among statements of at least
/// ``minimumWords`` words, candidates are found by MinHash locality-sensitive hashing
/// (``bands``: statements sharing any band are compared) and kept when ``similarity`` reaches
/// ``threshold``. Written by hand: no Swift package here does near-duplicate detection, and
/// the rule is a few lines that a user can be told.
public struct StatementPrint: Sendable, Equatable {
    /// Fewer words than this group only when all of them are the same: "We will see" said by
    /// two people is not a reprint.
    public static let minimumWords = 6
    /// Shared distinct words over all distinct words (Jaccard) at which two statements are one.
    public static let threshold = 0.7

    /// The statement's words, lowercased, accents folded, punctuation and quotation marks gone.
    public let words: [String]
    /// A hash of ``words``, equal for statements that differ only in punctuation, marks, case.
    public let key: Int64

    public init(_ text: String) {
        words = Self.words(text)
        key = Int64(bitPattern: Self.hash(words.joined(separator: " ")))
    }

    /// MinHash band keys: statements sharing one are compared by ``similarity``. Empty when
    /// the statement is shorter than ``minimumWords``. Computed on each call: only a new
    /// statement needs them, not the candidates it is compared with.
    public var bands: [Int64] { words.count >= Self.minimumWords ? Self.bands(words) : [] }

    /// Jaccard similarity of the distinct words of two statements.
    public func similarity(_ other: StatementPrint) -> Double {
        let a = Set(words), b = Set(other.words)
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Whether two statements are the same one: equal keys, or both long enough and similar.
    public func isReprint(of other: StatementPrint) -> Bool { reprintSimilarity(other) != nil }

    /// How alike a reprint is (1 for the same words), or nil when `other` is not a reprint.
    public func reprintSimilarity(_ other: StatementPrint) -> Double? {
        if key == other.key && !words.isEmpty { return 1 }
        guard words.count >= Self.minimumWords, other.words.count >= Self.minimumWords,
              numbers == other.numbers else { return nil }
        let s = similarity(other)
        return s >= Self.threshold ? s : nil
    }

    /// The words with a digit, sorted: "4 battalions" and "5 battalions" are two claims, not
    /// an edit, so near-copies must agree on every number.
    var numbers: [String] {
        words.filter { $0.utf8.contains { $0 >= 48 && $0 <= 57 } }.sorted()
    }

    static func words(_ text: String) -> [String] {
        var out: [String] = []
        // Letters and digits as UTF-8 bytes, ASCII lowercased on the way; a word with other
        // letters is folded on its own (accents, case) when it ends.
        var word: [UInt8] = []
        var ascii = true
        func end() {
            guard !word.isEmpty else { return }
            let w = String(decoding: word, as: UTF8.self)
            out.append(ascii ? w : w.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
            word.removeAll(keepingCapacity: true)
            ascii = true
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                if (v | 0x20) >= 97 && (v | 0x20) <= 122 || (v >= 48 && v <= 57) {
                    word.append(UInt8(v >= 65 && v <= 90 ? v + 32 : v))
                } else {
                    end()
                }
            } else if u.properties.isAlphabetic || u.properties.numericType != nil || u.properties.generalCategory == .nonspacingMark {
                ascii = false
                word.append(contentsOf: UTF8.encode(u)!)
            } else {
                end()
            }
        }
        end()
        return out
    }

    /// Number of bands and of MinHash values per band, over word pairs (bigrams: "of the" is
    /// one shingle among many, where single words would make every two statements look alike).
    /// Near-copies share about half their pairs or more, and with 10 bands of 2 they become
    /// candidates 94 % of the time at a half; unrelated statements (a pair in fifty shared)
    /// meet 0.4 % of the time.
    static let bandCount = 10, rowsPerBand = 2

    static func bands(_ words: [String]) -> [Int64] {
        let wordHashes = words.map { hash($0) }
        let shingles = Set(zip(wordHashes, wordHashes.dropFirst()).map { mix($0 &* 31 ^ $1) })
        var out: [Int64] = []
        for band in 0..<bandCount {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(band)
            for row in 0..<rowsPerBand {
                let seed = UInt64(band * rowsPerBand + row + 1) &* 0x9E37_79B9_7F4A_7C15
                var m = UInt64.max
                for s in shingles { m = min(m, mix(s ^ seed)) }
                h = mix(h ^ m)
            }
            out.append(Int64(bitPattern: h))
        }
        return out
    }

    /// FNV-1a, 64 bits: stable across runs and machines (Swift's `Hasher` is seeded per process).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// splitmix64's finaliser.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
