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
    /// `<meta name|property|itemprop>` → contents, keys lowercased.
    var meta: [String: [String]] = [:]
    var jsonLD: [String] = []
    /// `<time datetime>` values, with whether the element says it is the publication date.
    var times: [(value: String, published: Bool)] = []
    /// Short texts of elements marked as author or byline.
    var bylines: [String] = []
    /// Short texts of elements whose class or id speaks of a date ("entry-date", "posted-on").
    var dateTexts: [String] = []
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
    private var buffer = ""
    private var bufferLinks = 0
    private var bufferOwner = -1
    private var linkDepth = 0
    private var bylineDepth = 0
    private var bylineText = ""

    static func walk(_ root: xmlNodePtr) -> PageWalker {
        var w = PageWalker()
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
            if bylineDepth > 0 { bylineText += n.textContent }
            let t = n.textContent
            buffer += t
            if linkDepth > 0 { bufferLinks += t.count }
            return false
        }
        guard n.isElement else {
            stack.append(Frame(pre: -1, isBlock: false, kind: .loose, isLink: false, isByline: false))
            return false
        }
        let name = n.name
        let pre = lastInside.count
        lastInside.append(pre)
        collectSignals(n, name)
        if Boilerplate.skippedElements.contains(name) || isHidden(n) || isFurniture(n, name) {
            stack.append(Frame(pre: pre, isBlock: false, kind: .loose, isLink: false, isByline: false))
            // Furniture holds no body text, but often the date and the byline.
            if name != "script" && name != "style" && name != "svg" { scanSignals(below: n) }
            return false
        }
        if name == "br" { buffer += "\n"; stack.append(Frame(pre: pre, isBlock: false, kind: .loose, isLink: false, isByline: false)); return false }
        let isBlock = Boilerplate.blockElements.contains(name)
        if isBlock { flush() }
        let isLink = name == "a"
        if isLink { linkDepth += 1 }
        let byline = isBylineElement(n)
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
            let t = Self.collapse(bylineText)
            if !t.isEmpty && t.count < 120 { signals.bylines.append(t) }
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
        defer { buffer = ""; bufferLinks = 0 }
        let owner = frame ?? (bufferOwner >= 0 && bufferOwner < stack.count ? stack[bufferOwner] : nil)
        guard let owner else { return }
        let text = Self.collapse(buffer)
        guard !text.isEmpty else { return }
        let blockFrames = stack.filter { $0.isBlock && $0.pre != owner.pre }
        let parent = stack.last(where: { $0.pre >= 0 && $0.pre < owner.pre && $0.isBlock })?.pre ?? owner.pre
        let grand = blockFrames.last(where: { $0.pre < parent })?.pre ?? parent
        blocks.append(TextBlock(text: text, kind: owner.kind, linkChars: min(bufferLinks, text.count),
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

    /// Whitespace runs to single spaces, trimmed.
    static func collapse(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s {
            if ch.isWhitespace || ch == "\u{A0}" {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(ch)
        }
        return out
    }

    private func isHidden(_ n: xmlNodePtr) -> Bool {
        if n.attribute("hidden") != nil { return true }
        if n.attribute("aria-hidden") == "true" { return true }
        if let style = n.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    private func isFurniture(_ n: xmlNodePtr, _ name: String) -> Bool {
        if name == "body" || name == "html" || name == "article" || name == "main" { return false }
        let cls = (n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "")
        if cls == " " { return false }
        if n.attribute("itemprop") == "articleBody" { return false }
        return Boilerplate.isFurniture(classAndID: cls)
    }

    static func speaksOfDate(_ cls: String) -> Bool {
        let c = cls.lowercased()
        return c.contains("date") || c.contains("posted") || c.contains("published") || c.contains("datum")
            || c.contains("fecha") || c.contains("time") && !c.contains("timeline")
    }

    private func isBylineElement(_ n: xmlNodePtr) -> Bool {
        if n.attribute("itemprop") == "author" || n.attribute("rel") == "author" { return true }
        let cls = ((n.attribute("class") ?? "") + " " + (n.attribute("id") ?? "")).lowercased()
        return cls.contains("byline") || cls.contains("author")
    }

    /// Visits a skipped subtree for signals only: no text blocks are built.
    private mutating func scanSignals(below top: xmlNodePtr) {
        var node = top.pointee.children
        while let n = node {
            var descend = false
            if n.isElement {
                let name = n.name
                collectSignals(n, name)
                if isBylineElement(n) {
                    let t = Self.collapse(n.allText)
                    if !t.isEmpty && t.count < 120 { signals.bylines.append(t) }
                } else {
                    descend = name != "script" && name != "style" && name != "svg"
                }
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

    private mutating func collectSignals(_ n: xmlNodePtr, _ name: String) {
        switch name {
        case "html":
            signals.lang = n.attribute("lang") ?? n.attribute("xml:lang")
        case "title":
            if signals.titleTag == nil { signals.titleTag = Self.collapse(n.allText) }
        case "meta":
            guard let content = n.attribute("content") else { return }
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let k = n.attribute(key)?.lowercased() { signals.meta[k, default: []].append(content) }
            }
        case "script":
            if n.attribute("type")?.lowercased().contains("ld+json") == true { signals.jsonLD.append(n.allText) }
        case "time":
            if let v = n.attribute("datetime") ?? (n.attribute("content")) {
                let marked = n.attribute("itemprop") == "datePublished" || n.attribute("pubdate") != nil
                    || (n.attribute("class") ?? "").lowercased().contains("publish")
                signals.times.append((v, marked))
            }
        case "h1":
            if signals.h1.count < 3 { signals.h1.append(Self.collapse(n.allText)) }
        case "link":
            if n.attribute("rel")?.lowercased() == "canonical" { signals.canonical = n.attribute("href") }
        default:
            if n.attribute("itemprop") == "datePublished", let v = n.attribute("content") ?? n.attribute("datetime") {
                signals.times.append((v, true))
            }
        }
        if signals.dateTexts.count < 8, let cls = n.attribute("class") ?? n.attribute("id"), Self.speaksOfDate(cls) {
            let t = Self.collapse(n.allText)
            if !t.isEmpty && t.count < 100 { signals.dateTexts.append(t) }
        }
    }
}
