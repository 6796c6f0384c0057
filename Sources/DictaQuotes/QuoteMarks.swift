import DictaText

/// A pair of quotation marks in one paragraph, by token index. `close` is nil when the quote
/// runs to the paragraph's end (a quotation continued in the next paragraph).
struct QuotePair: Equatable {
    let open: Int
    let close: Int?
    let paragraph: Int

    /// Index just after the content.
    func contentEnd(_ paragraphs: [Range<Int>]) -> Int { close ?? paragraphs[paragraph].upperBound }
}

enum QuoteMarks {
    /// Pairs each opening mark with the next closing one in the same paragraph. A closing mark
    /// with no opening is ignored (an apostrophe-like stray); nested quotes are not paired.
    static func pairs(_ doc: AnnotatedArticle) -> [QuotePair] {
        var out: [QuotePair] = []
        for (p, range) in doc.paragraphs.enumerated() {
            var open: Int?
            for i in range {
                let t = doc.tokens[i]
                guard t.isQuote else { continue }
                if let o = open {
                    if t.closesQuote || !t.opensQuote {
                        out.append(QuotePair(open: o, close: i, paragraph: p))
                        open = nil
                    }
                } else if t.opensQuote {
                    open = i
                }
            }
            if let o = open, o + 1 < range.upperBound {
                out.append(QuotePair(open: o, close: nil, paragraph: p))
            }
        }
        return out
    }
}
