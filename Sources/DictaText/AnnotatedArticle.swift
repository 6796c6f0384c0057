import DictaCore

/// An article with its text split into paragraphs, sentences and tokens. Everything points
/// into `article.body` by scalar offset.
public struct AnnotatedArticle: Sendable {
    public let article: Article
    public let text: ScalarText
    public let tokens: [Token]
    /// Token index ranges, one per sentence; sentences never cross a paragraph.
    public let sentences: [Range<Int>]
    /// Token index ranges, one per paragraph.
    public let paragraphs: [Range<Int>]

    public init(_ article: Article, lexicon: Lexicon = .english) {
        self.article = article
        let text = ScalarText(article.body)
        self.text = text
        let tokenizer = Tokenizer(lexicon: lexicon)
        var tokens: [Token] = []
        var paragraphs: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        for p in Self.paragraphSpans(text) {
            let start = tokens.count
            let ptoks = tokenizer.tokenize(text, in: p)
            tokens += ptoks
            paragraphs.append(start..<tokens.count)
            sentences += SentenceSplitter.split(ptoks, lexicon: lexicon).map { ($0.lowerBound + start)..<($0.upperBound + start) }
        }
        self.tokens = tokens
        self.paragraphs = paragraphs.filter { !$0.isEmpty }
        self.sentences = sentences
    }

    /// Paragraphs are separated by newlines (a blank line in extracted bodies; a single newline
    /// also ends a paragraph in raw text).
    static func paragraphSpans(_ text: ScalarText) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" || c == "\r" || c == "\u{2029}" {
            if i > start { spans.append(Span(start, i)) }
            start = i + 1
        }
        if start < text.count { spans.append(Span(start, text.count)) }
        return spans
    }

    /// The body text between two tokens, inclusive.
    public func text(from a: Int, through b: Int) -> String {
        text[Span(tokens[a].span.start, tokens[b].span.end)]
    }

    /// Index of the sentence holding token `i`.
    public func sentenceIndex(ofToken i: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= i { lo = mid + 1 } else if sentences[mid].lowerBound > i { hi = mid - 1 } else { return mid }
        }
        return nil
    }
}
