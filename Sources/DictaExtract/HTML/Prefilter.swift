import Foundation

/// Removes what the walker would skip anyway, before libxml2 sees it: the bodies of
/// `<script>` (except JSON-LD, which holds the article's metadata), `<style>` and `<svg>`
/// elements (inline icons run to kilobytes of path data), comments, and the attributes no
/// later step reads (`src`, `srcset`, `data-*`, `on*`, most `href`s). On news pages these are
/// over half the bytes, and libxml2 decodes every character it is given, attribute values one
/// character at a time; a `memchr` scan over the bytes is far cheaper.
///
/// Outside tags, a run of white space with a line break becomes its first character: every
/// reader of page text collapses white space anyway (``PageWalker/appendCollapsed(_:to:pending:)``),
/// and the indentation between tags is a sixth of what is left of a page. JSON-LD is kept byte
/// for byte.
enum Prefilter {
    static func strip(_ data: Data) -> Data {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return data }
            let n = raw.count
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var changed = false
            func emitRaw(_ from: Int, _ count: Int) { out.append(contentsOf: UnsafeBufferPointer(start: base + from, count: count)) }
            /// Copies text (and the end tags in it), keeping the first byte of each white-space
            /// run that holds a line break: indentation is nearly all of the white space, and
            /// `memchr` finds line breaks far faster than a test of every byte.
            func emit(_ from: Int, _ count: Int) {
                var kept = from  // start of the bytes not yet written
                var i = from
                let end = from + count
                while i < end, let p = memchr(base + i, 10, end - i) {
                    let newline = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    var start = newline, after = newline + 1
                    while start > kept, isSpace(base[start - 1]) { start -= 1 }
                    while after < end, isSpace(base[after]) { after += 1 }
                    if after - start > 1 {
                        emitRaw(kept, start + 1 - kept)
                        kept = after
                        changed = true
                    }
                    i = after
                }
                emitRaw(kept, end - kept)
            }
            var copied = 0  // bytes before this index are written
            var i = 0
            while i < n {
                guard let p = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { break }
                let lt = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                i = lt + 1
                if matches(base, n, lt + 1, "!--") {
                    // A comment: drop it whole.
                    let end = find(base, n, from: lt + 4, "-->").map { $0 + 3 } ?? n
                    emit(copied, lt - copied)
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
                    emit(copied, lt - copied)
                    // Keep the tags; drop what is between them, or keep JSON-LD as it is.
                    emitRaw(lt, (keep ? endTag : close + 1) - lt)
                    copied = endTag
                    i = endTag
                } else if lt + 1 < n, isLetter(base[lt + 1]) {
                    emit(copied, lt - copied)
                    let before = out.count
                    if let end = startTag(base, n, lt, into: &out) {
                        copied = end
                        i = end
                    } else {
                        // A tag cut off by the end of the page, or one libxml2 might read
                        // another way, stays as it is.
                        out.removeSubrange(before...)
                        copied = lt
                    }
                }
            }
            emit(copied, n - copied)
            // Nothing dropped or collapsed: the page as it came.
            return copied == 0 && !changed ? data : Data(out)
        }
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    static func isNameByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }

    /// Copies the start tag at `lt` with only the attributes a later step reads; returns the
    /// index after its `>`, or nil when the page ends inside it or the tag is odd (a name or
    /// an attribute name with characters outside `[A-Za-z0-9:_.-]`). Follows the HTML
    /// tokenizer's attribute states: names end at space, `/`, `>` or `=`; values are quoted or
    /// end at space or `>`.
    static func startTag(_ b: UnsafePointer<UInt8>, _ n: Int, _ lt: Int, into out: inout [UInt8]) -> Int? {
        var j = lt + 1
        while j < n, isNameByte(b[j]) { j += 1 }
        guard j < n, isSpace(b[j]) || b[j] == UInt8(ascii: ">") || b[j] == UInt8(ascii: "/") else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(start: b + lt, count: j - lt))
        let tagEnd = j
        var selfClosing = false
        while j < n {
            let c = b[j]
            if isSpace(c) { j += 1; continue }
            if c == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
            if c == UInt8(ascii: ">") {
                if selfClosing { out.append(UInt8(ascii: "/")) }
                out.append(c)
                return j + 1
            }
            selfClosing = false
            guard isNameByte(c) else { return nil }
            let start = j
            while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "=") {
                guard isNameByte(b[j]) else { return nil }
                j += 1
            }
            let nameEnd = j
            var k = j
            while k < n, isSpace(b[k]) { k += 1 }
            var end = nameEnd
            if k < n, b[k] == UInt8(ascii: "=") {
                k += 1
                while k < n, isSpace(b[k]) { k += 1 }
                guard k < n else { return nil }
                if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                    guard let q = memchr(b + k + 1, Int32(b[k]), n - k - 1) else { return nil }
                    k = b.distance(to: q.assumingMemoryBound(to: UInt8.self)) + 1
                } else {
                    while k < n, !isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                }
                end = k
                j = k
            }
            if wanted(b + start, nameEnd - start),
               valueWanted(name: b + start, nameEnd - start, tag: b + lt + 1, tagEnd - lt - 1, value: b + nameEnd, end - nameEnd) {
                out.append(32)
                out.append(contentsOf: UnsafeBufferPointer(start: b + start, count: end - start))
            }
        }
        return nil
    }

    /// The attributes ``Attributes`` reads, by length and lowercased bytes.
    static func wanted(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        func eq(_ s: StaticString) -> Bool {
            for i in 0..<count where (p[i] >= 65 && p[i] <= 90 ? p[i] + 32 : p[i]) != s.utf8Start[i] { return false }
            return true
        }
        switch count {
        case 2: return eq("id")
        case 3: return eq("rel")
        case 4: return eq("href") || eq("name") || eq("type") || eq("lang")
        case 5: return eq("class") || eq("style") || eq("title")
        case 6: return eq("hidden")
        case 7: return eq("content") || eq("pubdate")
        case 8: return eq("itemprop") || eq("datetime") || eq("property") || eq("xml:lang")
        case 11: return eq("aria-hidden")
        default: return false
        }
    }

    /// Some wanted attributes matter only on some elements or with some values. Links make up
    /// a quarter of what attributes remain, and only an author link's or the canonical
    /// `<link>`'s address is read; a `title` is read for a date (`<abbr class="published"
    /// title="2013-04-04">`), never on a link or an image; a `style` only when it hides.
    static func valueWanted(name: UnsafePointer<UInt8>, _ nameCount: Int, tag: UnsafePointer<UInt8>, _ tagCount: Int,
                            value: UnsafePointer<UInt8>, _ valueCount: Int) -> Bool {
        let first = name[0] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "t") || first == UInt8(ascii: "s"), nameCount >= 4 else { return true }
        let isLinkTag = tagCount == 4 && matchesLower(tag, 4, 0, "link")
        let isAnchor = tagCount == 1 && (tag[0] | 0x20) == UInt8(ascii: "a")
        let isImage = tagCount == 3 && matchesLower(tag, 3, 0, "img")
        switch (nameCount, first) {
        case (4, UInt8(ascii: "h")):
            return isLinkTag || hasAuthorPath(value, valueCount)
        case (5, UInt8(ascii: "t")):
            return !(isAnchor || isImage || isLinkTag)
        case (5, UInt8(ascii: "s")):
            return containsLower(value, 0, valueCount, "none") || containsLower(value, 0, valueCount, "hidden")
        default:
            return true
        }
    }

    /// Whether an address holds "/author" or "/autor" (any case): checked after each slash.
    static func hasAuthorPath(_ v: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n, let p = memchr(v + i, Int32(UInt8(ascii: "/")), n - i) {
            let at = v.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if matchesLower(v, n, at + 1, "author") || matchesLower(v, n, at + 1, "autor") { return true }
            i = at + 1
        }
        return false
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
