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
        "disqus", "meta", "byline", "author", "authors", "dateline", "timestamp", "hidden", "visually",
        "sr", "screen", "offscreen", "login", "paywall", "rating", "rss", "feedback", "more",
    ]

    /// Words that mark the article itself: an element with one of them is never skipped.
    static let contentWords: Set<String> = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "articlebody", "blog",
    ]

    /// True when the class/id words say furniture and none says content.
    static func isFurniture(classAndID: [UInt8]) -> Bool {
        var furniture = false, content = false
        Bytes.forEachWord(classAndID) { word in
            if contentWords.contains(word) { content = true; return false }
            if furnitureWords.contains(word) { furniture = true }
            return true
        }
        return furniture && !content
    }
}
