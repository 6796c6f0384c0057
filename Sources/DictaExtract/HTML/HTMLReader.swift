import Foundation

/// Reads an HTML page into article fields: charset detection, libxml2's HTML parser (SAX),
/// a walk over what it recorded, then main-content selection and metadata reconciliation.
struct HTMLReader {
    /// The body is cut (at a block boundary) past this many UTF-8 bytes.
    static let maxBodyBytes = 1 << 20

    struct Result {
        var body: String
        var metadata: PageMetadata
        /// Photo captions (`<figcaption>`), outside the body.
        var captions: [String] = []
        /// The length in bytes of the text the page held when the body was cut to
        /// `maxBodyBytes`, else nil.
        var cutFrom: Int?
    }

    /// Below this much prose (UTF-8 bytes) the page is walked a second time without skipping
    /// elements by class.
    static let retryBelowBytes = 500

    /// The least prose (UTF-8 bytes) the last walk, into `<nav>`, `<aside>` and the like, must
    /// find: a footer's blurb about the site is shorter.
    static let lastResortMinBytes = 300

    static func proseBytes(_ blocks: [TextBlock]) -> Int {
        blocks.reduce(0) { $0 + ($1.kind == .heading ? 0 : $1.text.utf8.count) }
    }

    /// Short lines just before the article and at its top, where a date line usually stands.
    static func linesNearTop(_ chosen: [TextBlock], _ walk: PageWalker) -> [String] {
        let all = walk.blocks
        let start = chosen.first.flatMap { c in all.firstIndex(where: { $0.pre == c.pre && $0.text == c.text }) } ?? 0
        let window = all[max(0, start - 12)..<min(all.count, start + 4)]
        // Short lines whole; a long paragraph only by its opening ("01.02.2022 The labour market …").
        return window.map { $0.text.utf8.count < 160 ? $0.text : String($0.text.prefix(30)) }
    }

    func read(_ data: Data, url: String? = nil) throws -> Result {
        let page = PageParser.parse(Prefilter.strip(data), encoding: Charset.detect(data))
        var walk = PageWalker.walk(page)
        var blocks = MainContent().select(walk)
        let prose = Self.proseBytes(blocks)
        if prose < Self.retryBelowBytes {
            // A wrapper whose class reads as furniture ("has-sidebar", "offline-notice") can
            // hide the article: try once more without judging by class, and keep that when it
            // finds clearly more text.
            let again = PageWalker.walk(page, skipByClass: false)
            let second = MainContent().select(again)
            if Self.proseBytes(second) > 2 * prose { walk = again; blocks = second }
        }
        if blocks.isEmpty {
            // Broken markup can leave the article inside an unclosed <nav> or <aside>, and a page
            // drawn by scripts may hold it only in <noscript>. A footer's blurb about the site is
            // no article: only a fair amount of prose counts.
            let last = PageWalker.walk(page, skipByClass: false, enterWrappers: true)
            let third = MainContent().select(last)
            if Self.proseBytes(third) >= Self.lastResortMinBytes { walk = last; blocks = third }
        }
        var parts: [String] = []
        var length = 0
        var cutFrom: Int?
        for (i, b) in blocks.enumerated() {
            // No article is this long; past it the page is a dump, and the stages after this
            // one should not spend seconds on it.
            length += b.text.utf8.count + (i > 0 ? 2 : 0)
            if length > Self.maxBodyBytes {
                cutFrom = blocks.reduce(0) { $0 + $1.text.utf8.count + 2 } - 2
                break
            }
            if i > 0 { parts.append(b.kind == .listItem && blocks[i - 1].kind == .listItem ? "\n" : "\n\n") }
            parts.append(b.text)
        }
        var signals = walk.signals
        if let url, signals.canonical == nil { signals.canonical = url }
        let metadata = PageMetadata(signals, nearTop: Self.linesNearTop(blocks, walk),
                                    shortLines: { walk.blocks.filter { $0.text.utf8.count < 100 }.map(\.text) })
        var body = parts.joined()
        // Pages that render the article with scripts still state it in JSON-LD.
        if let stated = metadata.statedBody.map(PageWalker.collapse), stated.utf8.count > 2 * body.utf8.count + 200 {
            cutFrom = stated.count > Self.maxBodyBytes ? stated.utf8.count : nil
            body = String(stated.prefix(Self.maxBodyBytes))
        }
        return Result(body: body, metadata: metadata, captions: signals.captions, cutFrom: cutFrom)
    }
}
