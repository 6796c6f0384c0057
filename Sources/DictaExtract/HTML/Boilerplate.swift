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
    static func isFurniture(classAndID: [UInt8]) -> Bool {
        var furniture = false
        for name in classAndID.split(separator: 32) where !name.isEmpty {
            let s = String(decoding: name, as: UTF8.self)
            if exactFurniture.contains(s) { return true }
            if statePrefixes.contains(where: { s.hasPrefix($0) }) { continue }
            var content = false
            Bytes.forEachWord(Array(name)) { word in
                if contentWords.contains(word) { content = true; return false }
                if furnitureWords.contains(word) { furniture = true }
                return true
            }
            if content { return false }
        }
        return furniture
    }
}
