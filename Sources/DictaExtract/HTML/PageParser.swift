import CLibXML2
import Foundation

/// Parses a page with libxml2's HTML parser through its SAX interface (no tree), into a
/// ``ParsedPage``.
enum PageParser {
    /// Pages larger than this are cut before parsing: nothing an article needs sits past the
    /// first 16 MB, and the bound keeps time and memory in check.
    static let maxBytes = 16 << 20

    static func parse(_ data: Data, encoding: String) -> ParsedPage {
        dicta_xml_quiet()
        let bytes = data.count > maxBytes ? data.prefix(maxBytes) : data
        guard let ctxt = htmlNewParserCtxt() else { return ParsedPage() }
        defer { htmlFreeParserCtxt(ctxt) }
        var sax = xmlSAXHandler()
        sax.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: PageBuilder.self).pointee.start(name, atts)
        }
        sax.endElement = { ctx, _ in ctx?.assumingMemoryBound(to: PageBuilder.self).pointee.end() }
        let characters: charactersSAXFunc = { ctx, chars, len in
            guard let ctx, let chars, len > 0 else { return }
            ctx.assumingMemoryBound(to: PageBuilder.self).pointee.characters(UnsafeBufferPointer(start: chars, count: Int(len)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        // <script> and <style> bodies arrive as CDATA (JSON-LD is one).
        sax.cdataBlock = characters
        ctxt.pointee.sax.pointee = sax

        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
            // Without it libxml2 stops at 256 nested elements and drops the rest of the page;
            // the builder keeps its own stack, so depth costs no call stack.
            | XML_PARSE_HUGE.rawValue)
        var builder = PageBuilder()
        withUnsafeMutablePointer(to: &builder) { b in
            ctxt.pointee.userData = UnsafeMutableRawPointer(b)
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                _ = htmlCtxtReadMemory(ctxt, base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil,
                                       known(encoding) ? encoding : "windows-1252", options)
            }
        }
        builder.finish()
        return builder.page
    }

    /// Whether libxml2 (through iconv) can decode `name`; an unknown one would leave the page
    /// half-read.
    static func known(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }
}

/// Receives the SAX events of one page.
struct PageBuilder {
    private(set) var page = ParsedPage()

    private struct Open {
        /// Index in `page.elements`, or -1 when the element is not recorded.
        let index: Int32
        let suppresses: Bool
        let opaque: Bool
        let comment: Bool
        /// Skipped in each view (by class, by name only).
        let skipped: (Bool, Bool)
        /// A byline in walked text, in each view.
        let byline: (Bool, Bool)
    }

    private enum CaptureKind { case title, jsonLD, dateText(Int), h1, h2, furnitureH1, byline, postAuthor, caption }

    /// Text gathered for a signal while its element is open.
    private struct Capture {
        let kind: CaptureKind
        /// Stack depth of the element that started it.
        let depth: Int
        var limit = 2048
        var bytes: [UInt8] = []
        var overflow = false
        /// The element's inner structure, for headings (a kicker is told by it).
        var pieces: [Headline.Piece]?

        mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
            if overflow { return }
            if bytes.count + b.count > limit { overflow = true } else { bytes.append(contentsOf: b) }
        }
    }

    /// How one view (furniture judged by class and name, or by name only) reads headings,
    /// bylines and furniture text.
    private struct View {
        /// Open elements skipped in this view.
        var depth = 0
        var out = ViewSignals()
        var headings: [Capture] = []
        /// Open bylines in walked text, and their text so far (shared, as nested ones are).
        var bylineDepth = 0
        var byline = Capture(kind: .byline, depth: 0)
        /// Bylines inside furniture: each takes all of its text, nested ones included.
        var scanned: [(order: Int, capture: Capture)] = []
        var bylines: [(order: Int, text: String)] = []
        var order = 0
        /// The current text run inside furniture, until the next tag.
        var run: [UInt8] = []
    }

    private var stack: [Open] = []
    private var recorded: [Int32] = []
    /// Open elements whose text is never article text, whatever the walk.
    private var suppressDepth = 0
    private var opaqueDepth = 0
    /// Open elements that hold reader comments: their authors are not the article's.
    private var commentDepth = 0
    /// Stack depth of an open comment marked as the post author's, while its author is sought.
    private var postAuthorDepth: Int?
    private var views = [View(), View()]
    private var captures: [Capture] = []
    private var dateTexts: [(order: Int, text: String)] = []
    private var dateTextsStarted = 0
    /// Element names by libxml2's interned name pointer: a page has a few dozen distinct tags.
    private var tags: [UnsafeRawPointer: (name: String, tag: Tag)] = [:]
    /// Storage lent to each element's ``Attributes``.
    private var classBuffer: [UInt8] = []

    mutating func start(_ namePointer: UnsafePointer<xmlChar>, _ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        finishRuns()
        let (name, tag) = lookup(namePointer)
        var attrs = Attributes(list, reusing: &classBuffer)
        defer { attrs.returnBuffer(to: &classBuffer) }
        var byClass = false
        if !attrs.classAndID.isEmpty {
            byClass = !Self.neverFurniture(tag.name, attrs) && Boilerplate.isFurniture(classAndID: attrs.classAndID)
        }
        collectSignals(tag.name, &attrs)
        let hidden = attrs.isHidden
        let suppresses = (tag.skipped && !tag.isForm && !tag.wrapper) || hidden
        var index: Int32 = -1
        if suppressDepth == 0 && !suppresses {
            index = Int32(page.elements.count)
            page.elements.append(.init(tag: tag, furniture: byClass, parent: recorded.last ?? -1, lastInside: index))
            page.events.append(.open(index))
            recorded.append(index)
        }
        let depth = stack.count
        switch tag.name {
        case .title:
            if page.signals.titleTag == nil && !captures.contains(where: { if case .title = $0.kind { true } else { false } }) {
                captures.append(Capture(kind: .title, depth: depth))
            }
        case .script:
            if attrs.type?.hasSuffix("ld+json") == true { captures.append(Capture(kind: .jsonLD, depth: depth, limit: 4 << 20)) }
        case .figcaption:
            if page.signals.captions.count < 30 { captures.append(Capture(kind: .caption, depth: depth, limit: 1024)) }
        default: break
        }
        if dateTextsStarted < 16, !attrs.classAndID.isEmpty, Self.speaksOfDate(attrs.keywords) {
            captures.append(Capture(kind: .dateText(dateTextsStarted), depth: depth, limit: 1024))
            dateTextsStarted += 1
        }
        let isComment = !attrs.classAndID.isEmpty && Self.isComment(attrs.classAndID)
        let isByline = commentDepth == 0 && !isComment && Self.isByline(&attrs)
        if let d = postAuthorDepth, depth > d, page.signals.postAuthorComment == nil, Self.namesAuthor(attrs.classAndID),
           !captures.contains(where: { if case .postAuthor = $0.kind { true } else { false } }) {
            captures.append(Capture(kind: .postAuthor, depth: depth, limit: 256))
        }
        if postAuthorDepth == nil, page.signals.postAuthorComment == nil, isComment, Bytes.contains(attrs.classAndID, "bypostauthor") {
            postAuthorDepth = depth
        }
        let skipped = (tag.skipped || hidden || byClass, suppresses)
        var walkedByline = (false, false)
        for v in 0..<2 {
            let skippedHere = v == 0 ? skipped.0 : skipped.1
            let inFurniture = views[v].depth > 0 || skippedHere
            // Headings count for the title only where the page is not furniture: a sidebar's
            // "Recent comments" <h1> is not the headline.
            for i in views[v].headings.indices where views[v].headings[i].pieces != nil { views[v].headings[i].pieces?.append(.open(name)) }
            if tag.name == .h1 {
                views[v].headings.append(Capture(kind: inFurniture ? .furnitureH1 : .h1, depth: depth, pieces: inFurniture ? nil : []))
            }
            if tag.name == .h2 && !inFurniture { views[v].headings.append(Capture(kind: .h2, depth: depth)) }
            if isByline {
                if !inFurniture {
                    views[v].bylineDepth += 1
                    if v == 0 { walkedByline.0 = true } else { walkedByline.1 = true }
                } else {
                    views[v].scanned.append((views[v].order, Capture(kind: .byline, depth: depth, limit: 1024)))
                    views[v].order += 1
                }
            }
            if skippedHere { views[v].depth += 1 }
        }
        stack.append(Open(index: index, suppresses: suppresses, opaque: tag.opaque, comment: isComment, skipped: skipped, byline: walkedByline))
        if suppresses { suppressDepth += 1 }
        if isComment { commentDepth += 1 }
        if tag.opaque { opaqueDepth += 1 }
    }

    /// libxml2 balances the events itself (it closes what a page leaves open), so an end tag
    /// always closes the innermost open element.
    mutating func end() {
        finishRuns()
        guard let top = stack.popLast() else { return }
        let depth = stack.count
        while let c = captures.last, c.depth >= depth {
            captures.removeLast()
            finish(c)
        }
        for v in 0..<2 {
            while let c = views[v].headings.last, c.depth >= depth {
                views[v].headings.removeLast()
                let t = PageWalker.collapse(String(decoding: c.bytes, as: UTF8.self))
                switch c.kind {
                case .h1:
                    if views[v].out.h1.count < 3 {
                        views[v].out.h1.append(t)
                        views[v].out.h1Bare.append(c.pieces.flatMap(Headline.withoutKicker))
                    }
                case .h2: if views[v].out.h2.count < 3 { views[v].out.h2.append(t) }
                default: if views[v].out.furnitureH1.count < 3 { views[v].out.furnitureH1.append(t) }
                }
            }
            for i in views[v].headings.indices where views[v].headings[i].pieces != nil { views[v].headings[i].pieces?.append(.close) }
            while let (order, c) = views[v].scanned.last, c.depth >= depth {
                views[v].scanned.removeLast()
                addByline(c, order: order, to: v)
            }
            if v == 0 ? top.byline.0 : top.byline.1 {
                views[v].bylineDepth -= 1
                addByline(views[v].byline, order: views[v].order, to: v)
                views[v].order += 1
                views[v].byline = Capture(kind: .byline, depth: 0)
            }
            if v == 0 ? top.skipped.0 : top.skipped.1 { views[v].depth -= 1 }
        }
        if top.index >= 0 {
            page.elements[Int(top.index)].lastInside = Int32(page.elements.count - 1)
            page.events.append(.close(top.index))
            recorded.removeLast()
        }
        if top.suppresses { suppressDepth -= 1 }
        if top.opaque { opaqueDepth -= 1 }
        if top.comment { commentDepth -= 1 }
        if let d = postAuthorDepth, depth <= d { postAuthorDepth = nil }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        for i in captures.indices { captures[i].append(bytes) }
        for v in 0..<2 {
            for i in views[v].headings.indices {
                views[v].headings[i].append(bytes)
                if views[v].headings[i].pieces != nil { views[v].headings[i].pieces?.append(.text(String(decoding: bytes, as: UTF8.self))) }
            }
            if views[v].bylineDepth > 0 && views[v].depth == 0 { views[v].byline.append(bytes) }
            for i in views[v].scanned.indices { views[v].scanned[i].capture.append(bytes) }
            if views[v].depth > 0, opaqueDepth == 0, views[v].out.furnitureTexts.count < 40, views[v].run.count < 100 {
                views[v].run.append(contentsOf: bytes.prefix(100))
            }
        }
        if suppressDepth == 0 {
            let start = Int32(page.text.count)
            page.text.append(contentsOf: bytes)
            let end = Int32(page.text.count)
            if case .text(let s, let e)? = page.events.last, e == start {
                page.events[page.events.count - 1] = .text(s, end)
            } else {
                page.events.append(.text(start, end))
            }
        }
    }

    /// Called once the parser is done: closes what is still open and orders the signals.
    mutating func finish() {
        while !stack.isEmpty { end() }
        finishRuns()
        page.signals.dateTexts = dateTexts.sorted { $0.order < $1.order }.prefix(8).map(\.text)
        for v in 0..<2 {
            views[v].out.bylines = views[v].bylines.sorted { $0.order < $1.order }.map(\.text)
            page.views[v] = views[v].out
        }
    }

    /// An open-addressing table of the interned name pointers seen so far: a page has a few
    /// dozen distinct names, and hashing a pointer with `Hasher` for every element cost more
    /// than the rest of the lookup. Pages with more names go on in the dictionary.
    private static let slotCount = 512
    private var slotKeys = [UnsafeRawPointer?](repeating: nil, count: PageBuilder.slotCount)
    private var slotTags: [(name: String, tag: Tag)] = Array(repeating: ("", Tag("")), count: PageBuilder.slotCount)
    private var slotsUsed = 0

    private mutating func lookup(_ p: UnsafePointer<xmlChar>) -> (name: String, tag: Tag) {
        let key = UnsafeRawPointer(p)
        var i = (Int(bitPattern: key) >> 3) & (Self.slotCount - 1)
        while let k = slotKeys[i] {
            if k == key { return slotTags[i] }
            i = (i + 1) & (Self.slotCount - 1)
        }
        if let known = tags[key] { return known }
        let name = String(cString: p)
        let entry = (name, Tag(name))
        if slotsUsed < Self.slotCount / 2 {
            slotKeys[i] = key
            slotTags[i] = entry
            slotsUsed += 1
        } else {
            tags[key] = entry
        }
        return entry
    }

    /// A text run in furniture ends at the next tag: short ones with digits may be the date.
    private mutating func finishRuns() {
        for v in 0..<2 where !views[v].run.isEmpty {
            defer { views[v].run.removeAll(keepingCapacity: true) }
            // Most runs are labels without a digit: reject them before collapsing.
            guard views[v].run.count < 100, views[v].run.contains(where: { $0 >= 48 && $0 <= 57 }) else { continue }
            var out: [UInt8] = []
            var pending = false
            views[v].run.withUnsafeBufferPointer { PageWalker.appendCollapsed($0, to: &out, pending: &pending) }
            if out.count >= 6 {
                views[v].out.furnitureTexts.append(String(decoding: out, as: UTF8.self))
            }
        }
    }

    private mutating func addByline(_ c: Capture, order: Int, to v: Int) {
        guard !c.overflow else { return }
        let t = PageWalker.collapse(String(decoding: c.bytes, as: UTF8.self))
        if !t.isEmpty && t.count < 120 { views[v].bylines.append((order, t)) }
    }

    private mutating func finish(_ c: Capture) {
        let raw = String(decoding: c.bytes, as: UTF8.self)
        switch c.kind {
        case .title: page.signals.titleTag = PageWalker.collapse(raw)
        case .jsonLD: if !c.overflow { page.signals.jsonLD.append(raw) }
        case .postAuthor:
            let t = PageWalker.collapse(raw)
            if !c.overflow && !t.isEmpty && t.count < 80 { page.signals.postAuthorComment = t }
        case .dateText(let order):
            let t = PageWalker.collapse(raw)
            if !c.overflow && !t.isEmpty && t.count < 100 { dateTexts.append((order, t)) }
        case .caption:
            let t = PageWalker.collapse(raw)
            if !c.overflow && !t.isEmpty && !page.signals.captions.contains(t) { page.signals.captions.append(t) }
        default: break
        }
    }

    /// Elements that are never skipped for their class or id.
    private static func neverFurniture(_ name: Tag.Name, _ a: Attributes) -> Bool {
        name == .body || name == .html || name == .article || name == .main || a.itemprop == "articleBody"
    }


    static func isByline(_ a: inout Attributes) -> Bool {
        a.itemprop == "author" || a.rel == "author" || a.authorLink
            || (!a.classAndID.isEmpty && !a.keywords.isDisjoint(with: [.byline, .author]))
    }

    /// A reader comment ("comment-author", "w-comments-item"): a class or id name that speaks
    /// of a comment, not a taxonomy or state name ("category-kommentare", "has-comments").
    /// Layout states and WordPress taxonomy classes: they name comments without being one.
    static let notCommentPrefixes = Boilerplate.statePrefixes + ["category-", "tag-"]

    static func isComment(_ classAndID: [UInt8]) -> Bool {
        guard Bytes.contains(classAndID, "comment") else { return false }
        for name in classAndID.split(separator: 32) where Bytes.contains(Array(name), "comment") {
            let s = String(decoding: name, as: UTF8.self)
            if Self.notCommentPrefixes.contains(where: { s.hasPrefix($0) }) { continue }
            return true
        }
        return false
    }

    /// A class or id that names an author ("comment-author", hCard "fn").
    static func namesAuthor(_ classAndID: [UInt8]) -> Bool {
        Bytes.contains(classAndID, "author") || classAndID.split(separator: 32).contains(where: { $0.elementsEqual("fn".utf8) })
    }

    static func speaksOfDate(_ k: ClassKeywords) -> Bool {
        !k.isDisjoint(with: [.date, .posted, .published, .datum, .fecha]) || (k.contains(.time) && !k.contains(.timeline))
    }

    private mutating func collectSignals(_ name: Tag.Name, _ a: inout Attributes) {
        switch name {
        case .html:
            page.signals.lang = a.lang
        case .meta:
            // Trimmed once here: the metadata step looks each key up many times.
            guard let content = a.content?.trimmingSpaces, !content.isEmpty else { return }
            for key in [a.name, a.property, a.itemprop?.lowercased()] {
                if let k = key { page.signals.meta[k, default: []].append(content) }
            }
        case .time:
            if let v = a.datetime ?? a.content {
                page.signals.times.append((v, a.itemprop == "datePublished" || a.pubdate || a.keywords.contains(.publish)))
            }
        case .link:
            if a.rel == "canonical" { page.signals.canonical = a.href }
        default:
            if a.itemprop == "datePublished", let v = a.content ?? a.datetime { page.signals.times.append((v, true)) }
            // hAtom: <abbr class="published" title="2013-04-04T18:52:11">
            // RDFa and microdata stamps on any element: <span property="schema:dateCreated" content="…">
            if let v = a.content, let p = (a.property ?? a.itemprop?.lowercased()),
               p.hasSuffix("datepublished") || p.hasSuffix("datecreated") {
                page.signals.times.append((v, true))
            }
            if !a.classAndID.isEmpty, !a.keywords.isDisjoint(with: [.published, .updated]), let t = a.title {
                page.signals.times.append((t, a.keywords.contains(.published)))
            }
        }
    }
}
