import CLibXML2
import Foundation

/// A run of text from one block element, in page order.
struct TextBlock {
    enum Kind: Equatable { case paragraph, heading, listItem, quote, preformatted, cell, loose }
    var text: String
    var kind: Kind
    /// Characters of `text` inside links.
    var linkChars: Int
    /// Pre-order index of the block's element, of its parent and of its grandparent.
    var pre: Int
    var parent: Int
    var grandparent: Int
}

/// What the page says about itself, gathered in the same pass as the text.
struct PageSignals {
    var lang: String?
    var titleTag: String?
    var h1: [String] = []
    var h2: [String] = []
    /// `<h1>`s inside furniture (a page header): a headline only when `<title>` agrees.
    var furnitureH1: [String] = []
    /// `<meta name|property|itemprop>` → contents, keys lowercased.
    var meta: [String: [String]] = [:]
    var jsonLD: [String] = []
    /// `<time datetime>` values, with whether the element says it is the publication date.
    var times: [(value: String, published: Bool)] = []
    /// Short texts of elements marked as author or byline.
    var bylines: [String] = []
    /// Short texts of elements whose class or id speaks of a date ("entry-date", "posted-on").
    var dateTexts: [String] = []
    /// Short texts inside skipped furniture (post-meta lines hold the date), a late resort.
    var furnitureTexts: [String] = []
    var canonical: String?
}

/// One pass over the tree: text blocks for the main-content step, signals for metadata.
///
/// Iterative (an explicit path, no recursion), so 10,000 nested `<div>`s cannot overflow the
/// stack; furniture subtrees are skipped on entry, so their text is never built.
struct PageWalker {
    private(set) var blocks: [TextBlock] = []
    private(set) var signals = PageSignals()
    /// For each element by pre-order index, the last pre-order index inside it: element `i`
    /// contains element `j` when `i <= j && j <= lastInside[i]`.
    private(set) var lastInside: [Int] = []
    /// For each element by pre-order index, its parent element's index (-1 for the root).
    private(set) var parentOf: [Int] = []
    /// Skip elements whose class or id names furniture. Off for the second try on pages where
    /// a layout wrapper's class ("has-sidebar") hid the whole article.
    var skipByClass = true

    private struct Frame {
        let pre: Int
        let isBlock: Bool
        let kind: TextBlock.Kind
        let isLink: Bool
        /// Inside a byline/author element (for metadata only).
        let isByline: Bool
    }

    private var stack: [Frame] = []
    /// Text of the innermost open block, and how much of it sits in links.
    /// Text of the innermost open block as UTF-8 bytes, whitespace already collapsed: one
    /// String is made per block, not one per text node.
    private var buffer: [UInt8] = []
    private var pendingSpace = false
    /// Element names by libxml2's interned name pointer: a page has a few dozen distinct tags.
    private var names: [UnsafeRawPointer: String] = [:]
    private var bufferLinks = 0
    private var bufferOwner = -1
    private var linkDepth = 0
    private var bylineDepth = 0
    private var bylineText = ""

    static func walk(_ root: xmlNodePtr, skipByClass: Bool = true) -> PageWalker {
        var w = PageWalker()
        w.skipByClass = skipByClass
        w.run(root)
        return w
    }

    private mutating func run(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let n = node {
            let descend = enter(n)
            if descend, let child = n.pointee.children {
                node = child
                continue
            }
            var cur = n
            while true {
                exitNode(cur)
                if cur == root { node = nil; break }
                if let next = cur.pointee.next { node = next; break }
                guard let parent = cur.pointee.parent else { node = nil; break }
                cur = parent
            }
        }
        flush()
    }

    /// Returns whether to walk into the node's children.
    private mutating func enter(_ n: xmlNodePtr) -> Bool {
        if n.isText {
            guard let c = n.pointee.content else { return false }
            if bylineDepth > 0 { bylineText += String(cString: c) }
            let before = buffer.count
            appendCollapsed(c)
            if linkDepth > 0 { bufferLinks += buffer.count - before }
            return false
        }
        guard n.isElement else {
            stack.append(Frame(pre: -1, isBlock: false, kind: .loose, isLink: false, isByline: false))
            return false
        }
        let name = elementName(n)
        let pre = lastInside.count
        lastInside.append(pre)
        parentOf.append(stack.last(where: { $0.pre >= 0 })?.pre ?? -1)
        var attrs = Attributes(n)
        collectSignals(n, name, &attrs)
        // The second try also enters <form>: some sites wrap the whole page in one.
        let skippedByName = Boilerplate.skippedElements.contains(name) && (skipByClass || name != "form")
        if skippedByName || attrs.isHidden || isFurniture(name, attrs) {
            stack.append(Frame(pre: pre, isBlock: false, kind: .loose, isLink: false, isByline: false))
            // Furniture holds no body text, but often the date, the byline and the headline.
            if name == "h1", signals.furnitureH1.count < 3 { signals.furnitureH1.append(Self.collapse(n.allText)) }
            if Self.isByline(&attrs) { addByline(n.allText) }
            if name != "script" && name != "style" && name != "svg" { scanSignals(below: n) }
            return false
        }
        if name == "br" {
            pendingSpace = true
            stack.append(Frame(pre: pre, isBlock: false, kind: .loose, isLink: false, isByline: false))
            return false
        }
        // Headings count for the title only where the page is not furniture: a sidebar's
        // "Recent comments" <h1> is not the headline.
        if name == "h1" && signals.h1.count < 3 { signals.h1.append(Self.collapse(n.allText)) }
        if name == "h2" && signals.h2.count < 3 { signals.h2.append(Self.collapse(n.allText)) }
        let isBlock = Boilerplate.blockElements.contains(name)
        if isBlock { flush() }
        let isLink = name == "a"
        if isLink { linkDepth += 1 }
        let byline = Self.isByline(&attrs)
        if byline { bylineDepth += 1 }
        stack.append(Frame(pre: pre, isBlock: isBlock, kind: Self.kind(of: name), isLink: isLink, isByline: byline))
        if isBlock { bufferOwner = stack.count - 1 }
        return true
    }

    private mutating func exitNode(_ n: xmlNodePtr) {
        if n.isText { return }
        guard let f = stack.popLast() else { return }
        if f.pre >= 0 { lastInside[f.pre] = lastInside.count - 1 }
        if f.isLink { linkDepth -= 1 }
        if f.isByline {
            bylineDepth -= 1
            addByline(bylineText)
            bylineText = ""
        }
        if f.isBlock {
            flush(as: f)
            // The enclosing block's text goes on after this one.
            bufferOwner = stack.lastIndex(where: { $0.isBlock }) ?? -1
        }
    }

    /// Emits the buffered text as a block owned by the innermost open block element.
    private mutating func flush(as frame: Frame? = nil) {
        defer { buffer.removeAll(keepingCapacity: true); bufferLinks = 0; pendingSpace = false }
        let owner = frame ?? (bufferOwner >= 0 && bufferOwner < stack.count ? stack[bufferOwner] : nil)
        guard let owner else { return }
        guard !buffer.isEmpty else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        var parent = owner.pre, grand = owner.pre
        if let p = stack.lastIndex(where: { $0.isBlock && $0.pre >= 0 && $0.pre < owner.pre }) {
            parent = stack[p].pre
            grand = stack[..<p].last(where: { $0.isBlock && $0.pre >= 0 })?.pre ?? parent
        }
        blocks.append(TextBlock(text: text, kind: owner.kind, linkChars: min(bufferLinks, text.utf8.count),
                                pre: owner.pre, parent: parent, grandparent: grand))
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

    private mutating func elementName(_ n: xmlNodePtr) -> String {
        guard let p = n.pointee.name else { return "" }
        let key = UnsafeRawPointer(p)
        if let known = names[key] { return known }
        let s = String(cString: p)
        names[key] = s
        return s
    }

    /// Appends a text node's bytes to the block buffer, whitespace collapsed.
    private mutating func appendCollapsed(_ c: UnsafePointer<xmlChar>) {
        Self.appendCollapsed(UnsafeBufferPointer(start: c, count: strlen(Attributes.cs(c))), to: &buffer, pending: &pendingSpace)
    }

    /// The one whitespace rule for page text: runs of ASCII whitespace and no-break spaces
    /// become one space; none leads. `pending` carries a run across calls (text nodes).
    /// Works on UTF-8 bytes: this runs on every text node of every page.
    static func appendCollapsed(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], pending: inout Bool) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 32 || (b >= 9 && b <= 13) { pending = true; i += 1; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { pending = true; i += 2; continue }  // U+00A0
            if pending && !out.isEmpty { out.append(32) }
            pending = false
            out.append(b)
            i += 1
        }
    }

    /// ``appendCollapsed(_:to:pending:)`` for a whole string, trimmed.
    static func collapse(_ s: String) -> String {
        var out: [UInt8] = []
        var pending = false
        var s = s
        s.withUTF8 { appendCollapsed($0, to: &out, pending: &pending) }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func addByline(_ raw: String) {
        let t = Self.collapse(raw)
        if !t.isEmpty && t.count < 120 { signals.bylines.append(t) }
    }

    private func isFurniture(_ name: String, _ a: Attributes) -> Bool {
        if !skipByClass || name == "body" || name == "html" || name == "article" || name == "main" { return false }
        if a.classAndID.isEmpty || a.itemprop == "articleBody" { return false }
        return Boilerplate.isFurniture(classAndID: a.classAndID)
    }

    static func isByline(_ a: inout Attributes) -> Bool {
        a.itemprop == "author" || a.rel == "author" || a.authorLink
            || (!a.classAndID.isEmpty && !a.keywords.isDisjoint(with: [.byline, .author]))
    }

    static func speaksOfDate(_ k: ClassKeywords) -> Bool {
        !k.isDisjoint(with: [.date, .posted, .published, .datum, .fecha]) || (k.contains(.time) && !k.contains(.timeline))
    }

    /// Visits a skipped subtree for signals only: no text blocks are built.
    private mutating func scanSignals(below top: xmlNodePtr) {
        var node = top.pointee.children
        while let n = node {
            var descend = false
            if n.isElement {
                let name = elementName(n)
                var attrs = Attributes(n)
                collectSignals(n, name, &attrs)
                if name == "h1", signals.furnitureH1.count < 3 { signals.furnitureH1.append(Self.collapse(n.allText)) }
                if Self.isByline(&attrs) {
                    addByline(n.allText)
                } else {
                    descend = name != "script" && name != "style" && name != "svg"
                }
            }
            if n.isText, signals.furnitureTexts.count < 40, let c = n.pointee.content, strlen(c) < 100 {
                let t = Self.collapse(String(cString: c))
                if t.count >= 6 && t.contains(where: \.isNumber) { signals.furnitureTexts.append(t) }
            }
            if descend, let c = n.pointee.children { node = c; continue }
            var cur = n
            while true {
                if let next = cur.pointee.next { node = next; break }
                guard let p = cur.pointee.parent, p != top else { node = nil; break }
                cur = p
            }
        }
    }

    private mutating func collectSignals(_ n: xmlNodePtr, _ name: String, _ a: inout Attributes) {
        switch name {
        case "html":
            signals.lang = a.lang
        case "title":
            if signals.titleTag == nil { signals.titleTag = Self.collapse(n.allText) }
        case "meta":
            guard let content = a.content else { return }
            for key in [a.name, a.property, a.itemprop?.lowercased()] {
                if let k = key { signals.meta[k, default: []].append(content) }
            }
        case "script":
            if a.type?.hasSuffix("ld+json") == true { signals.jsonLD.append(n.allText) }
        case "time":
            if let v = a.datetime ?? a.content {
                signals.times.append((v, a.itemprop == "datePublished" || a.pubdate || a.keywords.contains(.publish)))
            }
        case "link":
            if a.rel == "canonical" { signals.canonical = a.href }
        default:
            if a.itemprop == "datePublished", let v = a.content ?? a.datetime { signals.times.append((v, true)) }
            // hAtom: <abbr class="published" title="2013-04-04T18:52:11">
            // RDFa and microdata stamps on any element: <span property="schema:dateCreated" content="…">
            if let v = a.content, let p = (a.property ?? a.itemprop?.lowercased()),
               p.hasSuffix("datepublished") || p.hasSuffix("datecreated") {
                signals.times.append((v, true))
            }
            if !a.classAndID.isEmpty, !a.keywords.isDisjoint(with: [.published, .updated]), let t = a.title {
                signals.times.append((t, a.keywords.contains(.published)))
            }
        }
        if signals.dateTexts.count < 8, !a.classAndID.isEmpty, Self.speaksOfDate(a.keywords) {
            let t = Self.collapse(n.allText)
            if !t.isEmpty && t.count < 100 { signals.dateTexts.append(t) }
        }
    }
}
