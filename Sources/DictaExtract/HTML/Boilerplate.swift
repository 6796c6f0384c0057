import Foundation

/// Element names and class/id words that mark page furniture in HTML.
enum Boilerplate {
    /// Elements whose whole subtree is never article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "textarea",
        "nav", "footer", "aside", "figure", "figcaption", "picture", "video", "audio", "canvas", "map",
        "object", "embed", "input", "label", "dialog", "menu",
    ]

    /// Elements that hold a block of text of their own.
    static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt",
        "div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr", "header", "center",
        "address", "details", "summary", "caption", "tbody", "thead",
    ]

    /// Words in a class or id that mark furniture. Matched against whole words of the
    /// attribute (split at non-letters), so "ad" does not match "header" or "read".
    static let furnitureWords: Set<String> = [
        "comment", "comments", "commentlist", "share", "sharing", "social", "socials", "related", "recommended",
        "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
        "breadcrumb", "breadcrumbs", "footer", "sidebar", "navbar", "nav", "navigation", "menu", "advert",
        "advertisement", "ad", "ads", "adv", "promo", "widget", "widgets", "caption", "credit", "credits",
        "tags", "tagcloud", "popup", "modal", "banner", "signup", "sponsor", "sponsored", "outbrain",
        "taboola", "teaser", "teasers", "pagination", "pager", "toolbar", "masthead", "print", "skip",
        "disqus", "meta", "byline", "author", "authors", "dateline", "timestamp", "login", "paywall",
        "rating", "rss", "feedback", "more", "relatedposts", "sharedaddy", "jp", "sociallinks",
    ]

    /// Lines that end an article: what follows them is related links, the author's box, share
    /// and like buttons or the comment form. Lowercased, without trailing ":", "!", "." or "…".
    static let endMarkers: Set<String> = [
        "related coverage", "related articles", "related posts", "related stories", "related content",
        "explore further", "read more", "read also", "read next", "more from", "you might also like", "you may also like",
        "about the author", "this entry was posted", "comments are closed", "like this", "share this",
        "leave a comment", "leave a reply", "recommended for you",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "zum thema", "auch interessant", "weitere artikel",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "ähnliche beiträge", "ähnliche artikel",
        "verwandte artikel", "über den autor", "über die autorin", "kommentare sind geschlossen", "kommentare geschlossen",
        "gefällt mir", "teilen mit", "diesen beitrag teilen", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "lire aussi", "à lire aussi", "sur le même sujet", "leggi anche", "potrebbe interessarti",
        "te puede interesar", "lee también", "leia também", "zobacz także", "czytaj także", "czytaj też",
    ]

    static func isEndMarker(_ line: String) -> Bool {
        var t = line.lowercased()
        while let l = t.last, ":!.…".contains(l) || l == " " { t.removeLast() }
        return endMarkers.contains(t)
    }

    /// Words that mark the article itself: an element with one of them is never skipped.
    static let contentWords: Set<String> = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "articlebody", "blog",
    ]

    /// Whole class names of screen-reader and state utilities: furniture only as the entire name
    /// ("hidden", not "overflow-hidden").
    static let exactFurniture: Set<String> = [
        "hidden", "hide", "print-only", "sr-only", "visually-hidden", "screen-reader-text", "offscreen",
    ]

    /// Prefixes of class names that describe a layout state, not what the element holds
    /// ("has-sidebar", "with-comments", "no-sub-nav").
    static let statePrefixes = ["has-", "with-", "no-", "is-", "js-", "for-", "show-"]

    /// True when a class or id name says furniture (an exact utility name, or a furniture word
    /// in a name that is not a layout state) and no name says content.
    ///
    /// Runs over the bytes with the word lists bucketed by length and first letter: every
    /// element with a class runs through here, and ids make nearly every value distinct.
    static func isFurniture(classAndID: [UInt8]) -> Bool {
        classAndID.withUnsafeBufferPointer { b -> Bool in
            var furniture = false
            var start = 0
            let n = b.count
            while start < n {
                var end = start
                while end < n && b[end] != 32 { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                let name = UnsafeBufferPointer(rebasing: b[start..<end])
                if Words.exact.contains(name) { return true }
                // State prefixes are 3–5 bytes long, the dash last ("has-", "show-").
                if name.count > 3, name[2] == 45 || name[3] == 45 || (name.count > 4 && name[4] == 45),
                   statePrefixBytes.contains(where: { p in name.count > p.count && name.starts(with: p) }) { continue }
                var content = false
                var w = 0
                while w < name.count {
                    guard name[w] >= 97 && name[w] <= 122 else { w += 1; continue }
                    var e = w
                    while e < name.count && name[e] >= 97 && name[e] <= 122 { e += 1 }
                    let word = UnsafeBufferPointer(rebasing: name[w..<e])
                    if Words.content.contains(word) { content = true; break }
                    if Words.furniture.contains(word) { furniture = true }
                    w = e
                }
                if content { return false }
            }
            return furniture
        }
    }

    private static let statePrefixBytes = statePrefixes.map { Array($0.utf8) }

    /// The word lists as byte tables.
    private enum Words {
        static let exact = ByteWordSet(exactFurniture)
        static let content = ByteWordSet(contentWords)
        static let furniture = ByteWordSet(furnitureWords)
    }
}

/// A set of short ASCII words looked up by bytes, bucketed by length and first byte, so a
/// lookup compares a handful of candidates and allocates nothing. The words sit end to end in
/// one array, each bucket a range of it: no nested arrays to walk on every lookup.
struct ByteWordSet: Sendable {
    private static let maxLength = 24
    /// All words of a bucket, one after another (a bucket's words share their length).
    private let storage: [UInt8]
    /// Where each bucket's words start in `storage`; bucket `k` ends where `k + 1` starts.
    private let bucketStart: [Int32]

    init(_ words: Set<String>) {
        var buckets = [[[UInt8]]](repeating: [], count: (Self.maxLength + 1) * 256)
        for w in words.sorted() where !w.isEmpty && w.utf8.count <= Self.maxLength {
            let bytes = Array(w.utf8)
            buckets[bytes.count * 256 + Int(bytes[0])].append(bytes)
        }
        var storage: [UInt8] = []
        var starts: [Int32] = []
        for b in buckets {
            starts.append(Int32(storage.count))
            for w in b { storage += w }
        }
        starts.append(Int32(storage.count))
        self.storage = storage
        bucketStart = starts
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, let base = word.baseAddress, word.count <= Self.maxLength else { return false }
        let key = word.count * 256 + Int(first)
        var at = Int(bucketStart[key])
        let end = Int(bucketStart[key + 1])
        return storage.withUnsafeBufferPointer { s in
            while at < end {
                if memcmp(s.baseAddress! + at, base, word.count) == 0 { return true }
                at += word.count
            }
            return false
        }
    }
}
