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
    /// 1–6 for `<h1>`–`<h6>`, else 0.
    var level = 0
}

/// Turns a ``ParsedPage`` into text blocks for the main-content step.
///
/// A replay of the parser's record, not a second parse: the retry without class-based
/// skipping costs a pass over a few thousand events. Iterative, so 10,000 nested `<div>`s
/// cannot overflow the stack.
struct PageWalker {
    private(set) var blocks: [TextBlock] = []
    let page: ParsedPage
    /// Skip elements whose class or id names furniture. Off for the second try on pages where
    /// a layout wrapper's class ("has-sidebar") hid the whole article.
    let skipByClass: Bool
    /// Enter `<nav>`, `<aside>`, `<footer>`, `<noscript>` and `<menu>` (the last resort).
    let enterWrappers: Bool

    var signals: PageSignals { page.signals(skipByClass: skipByClass) }

    /// Whether element `i` contains element `j` (or is it).
    func contains(_ i: Int, _ j: Int) -> Bool { i <= j && j <= Int(page.elements[i].lastInside) }

    /// The parent of element `i`, or -1.
    func parent(of i: Int) -> Int { Int(page.elements[i].parent) }

    private struct Frame {
        let pre: Int
        let isBlock: Bool
        let kind: TextBlock.Kind
        let isLink: Bool
        let level: Int
    }

    private var stack: [Frame] = []
    /// Text of the innermost open block as UTF-8 bytes, whitespace already collapsed: one
    /// String is made per block, not one per text run.
    private var buffer: [UInt8] = []
    private var pendingSpace = false
    private var bufferLinks = 0
    private var bufferOwner = -1
    private var linkDepth = 0
    /// Open elements inside a skipped one, the skipped one included.
    private var skipDepth = 0

    private init(page: ParsedPage, skipByClass: Bool, enterWrappers: Bool) {
        self.page = page
        self.skipByClass = skipByClass
        self.enterWrappers = enterWrappers
    }

    static func walk(_ page: ParsedPage, skipByClass: Bool = true, enterWrappers: Bool = false) -> PageWalker {
        var w = PageWalker(page: page, skipByClass: skipByClass, enterWrappers: enterWrappers)
        w.run()
        return w
    }

    private mutating func run() {
        for event in page.events {
            switch event {
            case .open(let i): open(Int(i))
            case .close: close()
            case .text(let s, let e):
                guard skipDepth == 0 else { continue }
                let before = buffer.count
                page.text.withUnsafeBufferPointer { t in
                    Self.appendCollapsed(UnsafeBufferPointer(rebasing: t[Int(s)..<Int(e)]), to: &buffer, pending: &pendingSpace)
                }
                if linkDepth > 0 { bufferLinks += buffer.count - before }
            }
        }
        flush()
    }

    private mutating func open(_ i: Int) {
        if skipDepth > 0 { skipDepth += 1; return }
        let el = page.elements[i]
        // The second try also enters <form>: some sites wrap the whole page in one.
        if (el.tag.skipped && (skipByClass || !el.tag.isForm) && !(enterWrappers && el.tag.wrapper)) || (skipByClass && el.furniture) {
            skipDepth = 1
            return
        }
        if el.tag.isBreak { pendingSpace = true }
        if el.tag.isBlock { flush() }
        if el.tag.isLink { linkDepth += 1 }
        stack.append(Frame(pre: i, isBlock: el.tag.isBlock, kind: el.tag.kind, isLink: el.tag.isLink, level: el.tag.level))
        if el.tag.isBlock { bufferOwner = stack.count - 1 }
    }

    private mutating func close() {
        if skipDepth > 0 { skipDepth -= 1; return }
        guard let f = stack.popLast() else { return }
        if f.isLink { linkDepth -= 1 }
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
        if let p = stack.lastIndex(where: { $0.isBlock && $0.pre < owner.pre }) {
            parent = stack[p].pre
            grand = stack[..<p].last(where: { $0.isBlock })?.pre ?? parent
        }
        blocks.append(TextBlock(text: text, kind: owner.kind, linkChars: min(bufferLinks, text.utf8.count),
                                pre: owner.pre, parent: parent, grandparent: grand, level: owner.level))
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
}
