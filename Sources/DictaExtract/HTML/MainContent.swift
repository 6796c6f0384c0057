/// Chooses the blocks that make the article's body.
///
/// 1. Score containers: every paragraph-like block of some length gives points (more for
///    length and commas) to its parent element, half to its grandparent.
/// 2. The best container, its score discounted by its link density, is the article.
/// 3. Keep its blocks, dropping link lists and furniture-shaped lines.
/// A page whose best container holds little prose is not an article: the body is empty.
struct MainContent {
    struct Options {
        var minParagraphChars = 25
        var minBodyChars = 120
        var maxLinkDensity = 0.5
        var widenShare = 0.2
        /// Lines shorter than this (UTF-8 bytes) that do not end like a sentence are trimmed from
        /// the ends of the body.
        var fringeChars = 40
        var maxWidenedLinkDensity = 0.35
        /// A paragraph before the chosen container joins it as its lead from this many scalars.
        var minLeadChars = 80
    }

    var options = Options()

    func select(_ w: PageWalker) -> [TextBlock] {
        let blocks = w.blocks
        guard !blocks.isEmpty else { return [] }
        var score: [Int: Double] = [:]
        // Lengths in scalars, commas in bytes: this runs over every block of every page, and
        // counting Characters (grapheme clusters) costs several times more.
        for b in blocks where b.kind != .heading && b.kind != .listItem {
            let length = b.text.scalarCount
            guard length >= options.minParagraphChars else { continue }
            let linkDensity = Double(b.linkChars) / Double(max(b.text.utf8.count, 1))
            guard linkDensity < 0.5 else { continue }
            var points = 1.0 + Double(b.text.utf8.reduce(0) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 })
            points += min(Double(length) / 100, 3)
            if b.kind == .paragraph { points += 1 }
            score[b.parent, default: 0] += points
            if b.grandparent != b.parent { score[b.grandparent, default: 0] += points / 2 }
        }
        guard !score.isEmpty else { return [] }
        // Discount each leading container by the link density of what it holds.
        // Ties go to the element earlier in the page, so the choice never depends on hashing.
        let ranked = score.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(5).map { (c, s) -> (Int, Double) in
            let members = blocks.filter { w.contains(c, $0.pre) }
            let chars = members.reduce(0) { $0 + $1.text.utf8.count }
            let links = members.reduce(0) { $0 + $1.linkChars }
            return (c, s * (1 - Double(links) / Double(max(chars, 1))))
        }
        guard let top = ranked.max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) }) else { return [] }
        let best = widen(top.0, score: top.1, scores: score, w)
        var chosen = dropOrphanHeadings(trimEdges(cutAtEndMarker(blocks.filter { w.contains(best, $0.pre) }.filter(keep))))
        chosen = lead(before: chosen, in: blocks) + chosen
        let prose = chosen.filter { $0.kind != .heading }.reduce(0) { $0 + $1.text.scalarCount }
        return prose >= options.minBodyChars ? chosen : []
    }

    /// Articles are often split over sibling containers (a lead block beside the body, text
    /// between figures): climb from the best container to the nearest ancestor holding every
    /// container that scores at least `widenShare` of it, unless that ancestor is mostly links.
    func widen(_ best: Int, score bestScore: Double, scores: [Int: Double], _ w: PageWalker) -> Int {
        let strong = scores.filter { $0.value >= bestScore * options.widenShare }.map(\.key)
        var c = best
        func holdsAll(_ a: Int) -> Bool { strong.allSatisfy { w.contains(a, $0) } }
        while !holdsAll(c) {
            let p = w.parent(of: c)
            guard p >= 0 else { return best }
            c = p
        }
        guard c != best else { return best }
        let members = w.blocks.filter { w.contains(c, $0.pre) }
        let chars = members.reduce(0) { $0 + $1.text.utf8.count }
        let links = members.reduce(0) { $0 + $1.linkChars }
        return Double(links) / Double(max(chars, 1)) < options.maxWidenedLinkDensity ? c : best
    }

    /// The standfirst often stands just outside the article's container (in its header, or a
    /// sibling block) and, being one paragraph, never scores enough to widen the choice. Going
    /// back from the first chosen block to the headline, prose blocks are taken and up to six
    /// short lines (bylines, dates, labels) stepped over; anything else ends the search.
    func lead(before chosen: [TextBlock], in blocks: [TextBlock]) -> [TextBlock] {
        guard let first = chosen.first, let start = blocks.firstIndex(where: { $0.pre == first.pre && $0.text == first.text }) else { return [] }
        var lead: [TextBlock] = []
        var stepped = 0
        for b in blocks[..<start].reversed() {
            if b.level == 1 { break }
            let n = b.text.scalarCount
            let prose = b.kind == .paragraph || b.kind == .loose || b.kind == .quote || (b.kind == .heading && b.level >= 2)
            let density = Double(b.linkChars) / Double(max(b.text.utf8.count, 1))
            if prose, n >= options.minLeadChars, density < 0.2, n >= 150 || LineShape(b.text).endsLikeSentence {
                lead.insert(b, at: 0)
            } else if b.text.utf8.count < 100, stepped < 6 {
                stepped += 1
            } else {
                break
            }
        }
        return lead
    }

    /// A short heading with no text under it before the next heading of its rank or above
    /// heads a box that was dropped (related links, newsletter): it goes too.
    func dropOrphanHeadings(_ blocks: [TextBlock]) -> [TextBlock] {
        blocks.indices.compactMap { i -> TextBlock? in
            let b = blocks[i]
            guard b.kind == .heading, b.text.utf8.count < 100 else { return b }
            for c in blocks[(i + 1)...] {
                if c.kind != .heading { return b }
                if c.level <= b.level { return nil }
            }
            return nil
        }
    }

    /// Short lines that are not sentences at either end of the article ("4 min read", "Share",
    /// "Related posts") and headings with nothing after them are furniture around the text.
    func trimEdges(_ blocks: [TextBlock]) -> [TextBlock] {
        var lo = 0, hi = blocks.count
        func isFringe(_ b: TextBlock) -> Bool {
            let n = b.text.utf8.count
            // A label introducing what follows ("Related:", "Tagged:") introduces nothing here.
            if n < 2 * options.fringeChars && b.text.hasSuffix(":") { return true }
            return n < options.fringeChars && !LineShape(b.text).endsLikeSentence
        }
        /// "By Jane Doe · Feb 8, 2020 · 5 min read": the byline and date line above the text.
        func isMetaLine(_ b: TextBlock) -> Bool {
            b.text.utf8.count < 100 && !LineShape(b.text).endsLikeSentence
                && (Byline.fromLine(b.text) != nil || DateFinder(dayFirst: true).first(in: b.text) != nil)
        }
        while lo < hi, (isFringe(blocks[lo]) || isMetaLine(blocks[lo])) && blocks[lo].kind != .heading { lo += 1 }
        while hi > lo, isFringe(blocks[hi - 1]) || blocks[hi - 1].kind == .heading { hi -= 1 }
        return Array(blocks[lo..<hi])
    }

    /// A line that announces what comes after the article ("Related coverage", "Gefällt mir:",
    /// "Über den Autor") in the second half of the chosen blocks: it and all after it go, unless
    /// too little would be left to be an article (a photo post of short captions).
    func cutAtEndMarker(_ blocks: [TextBlock]) -> [TextBlock] {
        let from = max(1, blocks.count / 2)
        guard from < blocks.count else { return blocks }
        for i in from..<blocks.count where blocks[i].text.utf8.count < 60 && Boilerplate.isEndMarker(blocks[i].text) {
            let kept = blocks[..<i]
            let prose = kept.reduce(0) { $0 + ($1.kind == .heading ? 0 : $1.text.scalarCount) }
            return prose >= options.minBodyChars ? Array(kept) : blocks
        }
        return blocks
    }

    func keep(_ b: TextBlock) -> Bool {
        // A short line in a loose <div> or <span>, not a sentence: a label or a widget.
        if b.kind == .loose, b.text.utf8.count < options.fringeChars, !LineShape(b.text).endsLikeSentence { return false }
        let density = Double(b.linkChars) / Double(max(b.text.utf8.count, 1))
        if density > options.maxLinkDensity && b.text.count < 300 { return false }
        if b.text.hasPrefix("©") { return false }
        return true
    }
}

