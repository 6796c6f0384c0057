import Foundation

/// Removes what the walker would skip anyway, before libxml2 sees it: the bodies of
/// `<script>` (except JSON-LD, which holds the article's metadata), `<style>` and `<svg>`
/// elements (inline icons run to kilobytes of path data), and comments. On news pages these are often half the bytes, and libxml2 decodes every
/// character it is given; a `memchr` scan over the bytes is far cheaper.
enum Prefilter {
    static func strip(_ data: Data) -> Data {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return data }
            let n = raw.count
            var out = Data()
            out.reserveCapacity(n)
            var copied = 0  // bytes before this index are written
            var i = 0
            while i < n {
                guard let p = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { break }
                let lt = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                i = lt + 1
                if matches(base, n, lt + 1, "!--") {
                    // A comment: drop it whole.
                    let end = find(base, n, from: lt + 4, "-->").map { $0 + 3 } ?? n
                    out.append(base + copied, count: lt - copied)
                    copied = end
                    i = end
                } else if let tag = rawTextTag(base, n, lt + 1) {
                    guard let close = firstIndex(of: UInt8(ascii: ">"), base, n, from: lt) else { break }
                    let keep = tag == "script" && containsLower(base, lt, close, "ld+json")
                    let found = findLower(base, n, from: close + 1, tag == "script" ? "</script" : tag == "style" ? "</style" : "</svg")
                    // An unclosed <script> or <style> runs to the end of the page, as in a
                    // browser; an <svg> only ends at its end tag (it may be self-closing).
                    if tag == "svg" && (found == nil || base[close - 1] == UInt8(ascii: "/")) { continue }
                    let endTag = found ?? n
                    if !keep {
                        // Keep the tags, drop what is between them.
                        out.append(base + copied, count: close + 1 - copied)
                        copied = endTag
                    }
                    i = endTag
                }
            }
            if copied == 0 { return data }
            out.append(base + copied, count: n - copied)
            return out
        }
    }

    static func rawTextTag(_ b: UnsafePointer<UInt8>, _ n: Int, _ at: Int) -> String? {
        if matchesLower(b, n, at, "script"), at + 6 < n, isTagEnd(b[at + 6]) { return "script" }
        if matchesLower(b, n, at, "style"), at + 5 < n, isTagEnd(b[at + 5]) { return "style" }
        if matchesLower(b, n, at, "svg"), at + 3 < n, isTagEnd(b[at + 3]) { return "svg" }
        return nil
    }

    static func isTagEnd(_ c: UInt8) -> Bool { c == UInt8(ascii: ">") || c == 32 || (c >= 9 && c <= 13) || c == UInt8(ascii: "/") }

    static func matches(_ b: UnsafePointer<UInt8>, _ n: Int, _ at: Int, _ s: StaticString) -> Bool {
        let k = s.utf8CodeUnitCount
        guard at + k <= n else { return false }
        return memcmp(b + at, s.utf8Start, k) == 0
    }

    static func matchesLower(_ b: UnsafePointer<UInt8>, _ n: Int, _ at: Int, _ s: StaticString) -> Bool {
        let k = s.utf8CodeUnitCount
        guard at + k <= n else { return false }
        for j in 0..<k {
            let c = b[at + j]
            if (c >= 65 && c <= 90 ? c + 32 : c) != s.utf8Start[j] { return false }
        }
        return true
    }

    static func find(_ b: UnsafePointer<UInt8>, _ n: Int, from: Int, _ s: StaticString) -> Int? {
        var i = from
        while i < n, let p = memchr(b + i, Int32(s.utf8Start[0]), n - i) {
            let at = b.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if matches(b, n, at, s) { return at }
            i = at + 1
        }
        return nil
    }

    /// Case-insensitive search for a lowercase needle that starts with "<".
    static func findLower(_ b: UnsafePointer<UInt8>, _ n: Int, from: Int, _ s: StaticString) -> Int? {
        var i = from
        while i < n, let p = memchr(b + i, Int32(UInt8(ascii: "<")), n - i) {
            let at = b.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if matchesLower(b, n, at, s) { return at }
            i = at + 1
        }
        return nil
    }

    static func firstIndex(of c: UInt8, _ b: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int? {
        guard from < n, let p = memchr(b + from, Int32(c), n - from) else { return nil }
        return b.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    static func containsLower(_ b: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ s: StaticString) -> Bool {
        let k = s.utf8CodeUnitCount
        guard to - from >= k else { return false }
        for i in from...(to - k) where matchesLower(b, to, i, s) { return true }
        return false
    }
}
