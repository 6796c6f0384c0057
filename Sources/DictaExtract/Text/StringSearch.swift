import Foundation

/// String search over UTF-8 bytes for this module.
///
/// With Foundation imported, `contains`, `range(of:)`, `components(separatedBy:)` and
/// `replacingOccurrences(of:with:)` on a `String` resolve to `NSString`'s search, which bridges
/// each string to UTF-16 first; metadata calls them on a few dozen short lines per page, and
/// that bridging was a tenth of its time. These overloads take a concrete `String`, so the
/// compiler prefers them to Foundation's generic ones; calls with options (`.backwards`,
/// `.caseInsensitive`) still go to Foundation.
///
/// Bytes are compared as they are: a decomposed "é" does not match a precomposed one, which the
/// labels and separators searched for here never need. As in Foundation, an empty needle is
/// never found.
extension String {
    /// The UTF-8 offset of the first `other` at or after the offset `from`, or nil.
    func utf8Offset(of other: String, from: Int = 0) -> Int? {
        var hay = self, needle = other
        return hay.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first, h.count - from >= n.count, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
                var i = from
                let last = h.count - n.count
                while i <= last, let p = memchr(hb + i, Int32(first), last - i + 1) {
                    let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hb + at, nb, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    func contains(_ other: String) -> Bool { utf8Offset(of: other) != nil }
    func range(of other: String) -> Range<String.Index>? { byteRange(of: other) }
    func components(separatedBy separator: String) -> [String] { byteComponents(separatedBy: separator) }
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        byteReplacing(target, with: replacement)
    }

    func byteRange(of other: String) -> Range<String.Index>? {
        guard let at = utf8Offset(of: other) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: other.utf8.count)
    }

    func byteComponents(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var from = 0
        let width = separator.utf8.count
        while let at = utf8Offset(of: separator, from: from) {
            parts.append(utf8Slice(from, at))
            from = at + width
        }
        parts.append(utf8Slice(from, utf8.count))
        return parts
    }

    func byteReplacing(_ target: String, with replacement: String) -> String {
        guard utf8Offset(of: target) != nil else { return self }
        return byteComponents(separatedBy: target).joined(separator: replacement)
    }

    private func utf8Slice(_ from: Int, _ to: Int) -> String {
        let u = utf8
        return String(decoding: u[u.index(u.startIndex, offsetBy: from)..<u.index(u.startIndex, offsetBy: to)], as: UTF8.self)
    }
}

extension String {
    /// `unicodeScalars.count`, counted over the UTF-8 bytes (each scalar has one byte that is
    /// not a continuation byte): the main-content step counts every block of every page, and
    /// decoding scalars one by one cost several times more.
    var scalarCount: Int {
        var s = self
        return s.withUTF8 { u in u.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 } }
    }
}
