/// Finds the article in text scraped from a rendered page, where the title, the body and the
/// page furniture (clock, captions, credits, related headlines, widgets, tags, comments) all
/// stand one block a line.
///
/// The cascade, each step judged by line shape, position, script and repetition:
/// 1. Classify every line: blank, clock, credit, tag line, prose, headline-shaped or other.
/// 2. The title is the first headline-shaped line before the first prose line; what stands
///    before the title is page header.
/// 3. The body is the prose after the title, in the article's main script, without lines the
///    page repeats (captions shown twice). Headline-shaped lines between paragraphs are
///    related-article links and are dropped.
/// 4. After the last paragraph only a tag line is kept (as keywords).
/// 5. A dateline opening the first paragraph moves to `dateline`.
public struct ScrapedTextCleaner: Sendable {
    /// What the cleaner found.
    public struct Result: Sendable, Equatable {
        public var title: String?
        public var body: String
        public var dateline: String?
        public var outlet: String?
        public var keywords: [String]
        /// Prose lines kept out of the body: a lone line above the title or the body's start
        /// (a caption or teaser), and lines the page shows twice (captions under a gallery).
        public var captions: [String]
        public var published: String?
        public var modified: String?
    }

    public init() {}

    public func clean(_ text: String) -> Result {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces }
            .filter { !$0.isEmpty }
        let shapes = lines.map(LineShape.init)
        var seen: [String: Int] = [:]
        for l in lines { seen[l, default: 0] += 1 }

        var credits: [String] = []
        var stamps = Stamps()
        var isFurniture = [Bool](repeating: false, count: lines.count)
        for (i, shape) in shapes.enumerated() {
            if let who = Furniture.credit(shape.text) {
                isFurniture[i] = true
                if !who.isEmpty { credits.append(who) }
            } else if stamps.read(shape.text) || Furniture.isClock(shape) {
                isFurniture[i] = true
            }
        }

        // 2. Title: the first headline of some length before the body starts. The body starts
        //    at the first run of two prose lines (furniture between them aside): a lone prose
        //    line above the title is a caption or a teaser.
        let content = shapes.indices.filter { !isFurniture[$0] }
        var bodyStart = content.first(where: { shapes[$0].isProse }) ?? shapes.count
        for (n, i) in content.enumerated() where shapes[i].isProse {
            if n + 1 < content.count, shapes[content[n + 1]].isProse { bodyStart = i; break }
        }
        let shaped = (0..<bodyStart).first { !isFurniture[$0] && shapes[$0].isHeadlineShaped && shapes[$0].words >= 4 }
            ?? (0..<bodyStart).first { !isFurniture[$0] && shapes[$0].isHeadlineShaped }
        let onTop = shaped == nil ? Self.headlineOnTop(text, lines, shapes, isFurniture) : nil
        let titleIndex = shaped ?? onTop

        // 3. Body.
        let start = titleIndex.map { $0 + 1 } ?? bodyStart
        let mainScript = Self.mainScript(shapes[start...].filter(\.isProse))
        var paragraphs: [String] = []
        var captions: [String] = []
        for i in 0..<start where !isFurniture[i] && i != titleIndex && shapes[i].isProse && shapes[i].script == mainScript {
            captions.append(lines[i])
        }
        var lastBodyLine = start - 1
        for i in start..<lines.count where !isFurniture[i] {
            let shape = shapes[i]
            guard shape.isProse, shape.script == mainScript else { continue }
            guard seen[lines[i]] == 1 else {
                if !captions.contains(lines[i]) { captions.append(lines[i]) }
                continue
            }
            paragraphs.append(lines[i])
            lastBodyLine = i
        }

        // 4. Tail: a tag line after the body.
        var keywords: [String] = []
        for i in (lastBodyLine + 1)..<max(lastBodyLine + 1, lines.count) {
            if let tags = Furniture.tags(shapes[i]) {
                keywords = tags
                break
            }
        }

        // 5. Dateline.
        var dateline: String?
        var agency: String?
        if let first = paragraphs.first, let d = Dateline(paragraph: first) {
            dateline = d.place
            agency = d.agency
            paragraphs[0] = String(first.dropFirst(d.length))
        } else if paragraphs.count > 1, let d = Dateline(paragraph: paragraphs[1]) {
            // A lead sentence above the dateline is common in wire copy.
            dateline = d.place
            agency = d.agency
            paragraphs[1] = String(paragraphs[1].dropFirst(d.length))
        }

        return Result(
            title: titleIndex.map { onTop == $0 ? Self.withoutClosingPeriod(lines[$0]) : lines[$0] },
            body: paragraphs.joined(separator: "\n\n"),
            dateline: dateline,
            outlet: agency ?? Self.mostCommon(credits),
            keywords: keywords,
            captions: captions,
            published: stamps.published,
            modified: stamps.modified)
    }

    /// A plain-text article's first line as its headline, even with a closing period (corpora
    /// such as PolNeAR write "Clinton camp: Trump's rhetoric threatens security."): the file's
    /// very first line, standing alone above a blank line, short, not lowercase, with no
    /// quotation in double marks (a quoted lede is body), and prose after it.
    static func headlineOnTop(_ text: String, _ lines: [String], _ shapes: [LineShape], _ isFurniture: [Bool]) -> Int? {
        guard lines.count >= 3, !isFurniture[0] else { return nil }
        let s = shapes[0]
        guard (3...25).contains(s.words), lines[0].count <= 200, !s.startsLowercase, !s.mostlyNonLetters,
              !lines[0].contains(where: { "\"“”„«»".contains($0) }),
              shapes[1].isProse, shapes[2].isProse || isFurniture[2] else { return nil }
        // Standing alone: the raw text has an empty line right after it.
        let raw = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .drop { $0.allSatisfy(\.isWhitespace) }
        guard raw.count >= 2, raw.dropFirst().first?.allSatisfy(\.isWhitespace) == true else { return nil }
        return 0
    }

    /// "A World at War." → "A World at War"; "Talks with the U.S." and "Wait..." keep theirs.
    static func withoutClosingPeriod(_ line: String) -> String {
        guard line.hasSuffix("."), !line.hasSuffix(".."),
              let last = line.split(separator: " ").last, last.dropLast().contains(".") == false else { return line }
        return String(line.dropLast())
    }

    static func mainScript(_ shapes: [LineShape]) -> LineShape.Script {
        var letters: [LineShape.Script: Int] = [:]
        for s in shapes { letters[s.script, default: 0] += s.text.count }
        return letters.max(by: { $0.value < $1.value })?.key ?? .latin
    }

    static func mostCommon(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        for n in names { counts[n, default: 0] += 1 }
        return counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
    }
}
