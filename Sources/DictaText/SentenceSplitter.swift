/// Splits a paragraph's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotation marks) when the next
/// token starts a sentence: a capital, a digit or an opening quotation mark. Abbreviations and
/// initials keep their period inside the word token, so they never end a sentence here.
enum SentenceSplitter {
    static func split(_ tokens: [Token], lexicon: Lexicon) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation, [".", "!", "?", "…"].contains(t.text) {
                var end = i + 1
                while end < tokens.count, tokens[end].closesQuote || tokens[end].text == ")" { end += 1 }
                if end >= tokens.count {
                    break
                }
                let next = tokens[end]
                if next.isCapitalized || next.kind == .number || next.opensQuote {
                    out.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }
}
