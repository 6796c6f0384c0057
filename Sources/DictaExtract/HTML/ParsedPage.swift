/// What one pass of libxml2's SAX parser leaves of a page: the elements that can hold article
/// text, in document order, with the text between them, and the signals the page gives about
/// itself.
///
/// libxml2 can build a tree, but on news pages half of the parse time went to allocating and
/// freeing nodes, attributes and text copies that the walk read once. The SAX interface hands
/// each tag and text run over without keeping them; this record keeps only what the main-content
/// step replays (one `[UInt8]` for all text, a few integers an element), and only outside
/// subtrees that never hold article text (`<nav>`, `<figure>`, hidden elements).
struct ParsedPage {
    struct Element {
        var tag: Tag
        /// The class or id names furniture: skipped unless judging by class is turned off.
        var furniture: Bool
        /// The enclosing recorded element (-1 for none).
        var parent: Int32
        /// The last recorded element inside this one: `i` contains `j` when `i <= j <= lastInside`.
        var lastInside: Int32
    }

    enum Event {
        case open(Int32)
        case close(Int32)
        /// A byte range of `text`, as the page has it (whitespace not yet collapsed).
        case text(Int32, Int32)
    }

    var elements: [Element] = []
    var events: [Event] = []
    var text: [UInt8] = []
    var signals = PageSignals()
    /// The signals that depend on what counts as furniture: `[0]` when class and id judge it
    /// (the first walk), `[1]` when only element names do (the retry).
    var views = [ViewSignals(), ViewSignals()]

    /// The page's signals as seen by a walk that does or does not skip by class.
    func signals(skipByClass: Bool) -> PageSignals {
        var s = signals
        let v = views[skipByClass ? 0 : 1]
        s.h1 = v.h1
        s.h1Bare = v.h1Bare
        s.h2 = v.h2
        s.furnitureH1 = v.furnitureH1
        s.bylines = v.bylines
        s.furnitureTexts = v.furnitureTexts
        return s
    }
}

/// Signals read differently inside and outside furniture.
struct ViewSignals {
    var h1: [String] = []
    /// Each `<h1>`'s text without a leading kicker element, where it has one.
    var h1Bare: [String?] = []
    var h2: [String] = []
    var furnitureH1: [String] = []
    var bylines: [String] = []
    var furnitureTexts: [String] = []
}

/// What the walker needs to know about an element name.
struct Tag {
    var isBlock = false
    var kind = TextBlock.Kind.loose
    /// 1–6 for `<h1>`–`<h6>`, else 0.
    var level = 0
    var isLink = false
    var isBreak = false
    /// The whole subtree is never article text (`<nav>`, `<figure>`, `<script>`…).
    var skipped = false
    /// `<form>`: skipped on the first walk only (some sites wrap the whole page in one).
    var isForm = false
    /// `<script>`, `<style>`, `<svg>`: no page text inside.
    var opaque = false
    /// Skipped, but recorded: on a well-formed page these hold only furniture, yet broken
    /// markup (an unclosed `<nav>`) or a page drawn by scripts (`<noscript>`) can wrap the
    /// article in one. A last walk enters them when nothing else gave an article.
    var wrapper = false
    /// The few names the parser treats on their own, told apart once per page and name.
    var name = Name.other

    enum Name: String { case html, meta, time, link, title, script, h1, h2, body, article, main, figcaption, other }

    init(_ name: String) {
        self.name = Name(rawValue: name) ?? .other
        isBlock = Boilerplate.blockElements.contains(name)
        kind = Self.kind(of: name)
        if kind == .heading, let l = name.last?.wholeNumberValue { level = l }
        isLink = name == "a"
        isBreak = name == "br"
        skipped = Boilerplate.skippedElements.contains(name)
        isForm = name == "form"
        wrapper = name == "nav" || name == "aside" || name == "footer" || name == "noscript" || name == "menu"
        opaque = name == "script" || name == "style" || name == "svg"
    }

    static func kind(of name: String) -> TextBlock.Kind {
        switch name {
        case "p": .paragraph
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dd", "dt": .listItem
        case "blockquote": .quote
        case "pre": .preformatted
        case "td", "th": .cell
        default: .loose
        }
    }
}

/// What the page says about itself, gathered in the same pass as the text.
struct PageSignals {
    var lang: String?
    var titleTag: String?
    var h1: [String] = []
    var h1Bare: [String?] = []
    var h2: [String] = []
    /// `<h1>`s inside furniture (a page header): a headline only when `<title>` agrees.
    var furnitureH1: [String] = []
    /// `<meta name|property|itemprop>` → contents, keys lowercased, values trimmed and not empty.
    var meta: [String: [String]] = [:]
    var jsonLD: [String] = []
    /// `<time datetime>` values, with whether the element says it is the publication date.
    var times: [(value: String, published: Bool)] = []
    /// Short texts of elements marked as author or byline.
    var bylines: [String] = []
    /// The author's name on a comment the page marks as the post author's ("bypostauthor").
    var postAuthorComment: String?
    /// Short texts of elements whose class or id speaks of a date ("entry-date", "posted-on").
    var dateTexts: [String] = []
    /// Short texts inside skipped furniture (post-meta lines hold the date), a late resort.
    var furnitureTexts: [String] = []
    var canonical: String?
    /// The text of each `<figcaption>`, in page order, once each: photo captions name the
    /// people pictured, often spelled otherwise than in the body.
    var captions: [String] = []
}
