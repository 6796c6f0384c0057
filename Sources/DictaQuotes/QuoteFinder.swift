import DictaPeople
import DictaCore
import DictaText

/// Finds the statements in an article and attributes each to a speaker.
///
/// 1. Direct quotes: paired quotation marks, attributed by the cue after them ("…," Shoigu
///    said) or before them (Shoigu said: "…"); interrupted quotes are joined.
/// 2. Partial quotes: a quoted fragment inside a sentence whose subject speaks ("X spoke of
///    the need … "from a position of strength."") is `mixed`.
/// 3. Reported speech: "…, X said [when]." / "…, according to X." / "X said [that] …".
/// 4. Speakers resolved in the article (see ``ArticlePeople``).
public struct QuoteFinder: Sendable {
    public struct Options: Sendable {
        /// A quoted fragment this short (in words) inside reported speech is a scare quote,
        /// not a partial quotation.
        public var scareQuoteMaxWords = 3
        /// Longest run of words after the cue that can still be an adverbial ("at the fifth
        /// Moscow Conference on International Security").
        public var maxTrailingWords = 12
        public init() {}
    }

    /// The learned models the rules consult; each is optional, and without it the rules
    /// decide alone.
    public struct Models: Sendable {
        /// Which tokens head a cue (``CueModel``).
        public var cue: CueModel?
        /// Where content after its cue begins (``ContentStarts``) and ends (``ContentEnds``).
        public var starts: FeatureModel?
        public var ends: FeatureModel?
        /// Whether a statement anchored at a cue is one, and how likely (``AnchoredFeatures``).
        public var accept: FeatureModel?
        /// The measured precision of the rules' statements, their confidence (``RuleCalibration``).
        public var calibration: RuleCalibration?

        public init(cue: CueModel? = nil, starts: FeatureModel? = nil, ends: FeatureModel? = nil, accept: FeatureModel? = nil,
                    calibration: RuleCalibration? = nil) {
            self.cue = cue
            self.starts = starts
            self.ends = ends
            self.accept = accept
            self.calibration = calibration
        }

        /// The models shipped in `DictaQuotes/Resources` (see `cues.source`).
        public static let shipped = Models(cue: CueModel.shipped, starts: FeatureModel.shipped("starts"), ends: FeatureModel.shipped("ends"),
                                           accept: FeatureModel.shipped("accept"), calibration: RuleCalibration.shipped)
    }

    public let lexicon: Lexicon
    public var options: Options
    public var models: Models

    public init(lexicon: Lexicon = .english, options: Options = Options(), models: Models = .shipped) {
        self.lexicon = lexicon
        self.options = options
        self.models = models
    }

    /// The statements of `doc` in body order, with the people named in it.
    public func find(in doc: AnnotatedArticle) -> (quotes: [Quote], entities: [Entity]) {
        let pairs = QuoteMarks.pairs(doc)
        let candidates = decide(doc, pairs: pairs)
        let (quotes, entities, _) = write(candidates, doc, pairs: pairs)
        return (quotes, entities)
    }

    /// The statements of `doc`, each with its ``RuleCalibration`` key (nil for a learned one).
    func keyedQuotes(in doc: AnnotatedArticle, cueProbabilities: [Double]? = nil) -> [(Quote, String?)] {
        let pairs = QuoteMarks.pairs(doc)
        let (quotes, _, keys) = write(decide(doc, pairs: pairs, cueProbabilities: cueProbabilities), doc, pairs: pairs)
        return Array(zip(quotes, keys))
    }

    func decide(_ doc: AnnotatedArticle, pairs: [QuotePair], cueProbabilities: [Double]? = nil,
                anchoredDecision: ((Candidate, [String]) -> Double?)? = nil) -> [Candidate] {
        var rules = Rules(doc: doc, lexicon: lexicon, options: options, pairs: pairs, models: models, cueProbabilities: cueProbabilities)
        var out = rules.directQuotes()
        out += rules.reportedSpeech(excluding: out)
        out += rules.anchoredSpeech(excluding: out, decide: anchoredDecision)
        return out.sorted { $0.start < $1.start }
    }

    /// The confidence of a rule's statement whose speaker has no name: on PolNeAR train, 51 %
    /// of those the rules gave 0.4 were joint matches. Likewise a direct quotation with a named
    /// cue and speaker is 0.95 (95 % right there), measured on train, checked on dev.
    static let unnamedConfidence = 0.5

    /// A description of a group that names no one ("Senate leaders", "two Democratic
    /// speechwriters"): its last word a plural.
    static func isGroup(_ p: SpeakerPhrase?, _ toks: [Token]) -> Bool {
        guard let p, case .role = p.kind, let last = p.tokens.last.map({ toks[$0].lower }) else { return false }
        return last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("'s") && !last.hasSuffix("’s")
    }

    /// The whole organisation name when the speaker phrase is only its tail: "the World Health
    /// Organization said" parses as "Organization" because "Health" is a title word.
    func organisation(endingWith name: String, at range: Range<Int>, _ doc: AnnotatedArticle, _ people: ArticlePeople) -> String? {
        let toks = doc.tokens
        var start = range.lowerBound
        while start > 0, toks[start - 1].isWord, toks[start - 1].isCapitalized || ["of", "for", "and"].contains(toks[start - 1].lower),
              range.upperBound - start < 8 { start -= 1 }
        while start < range.lowerBound, !toks[start].isCapitalized || toks[start].lexical.contains(.nonName) { start += 1 }
        guard start < range.lowerBound else { return nil }
        let whole = toks[start..<range.upperBound].map(\.text).joined(separator: " ")
        guard let kind = people.entityRules.classify(name: whole), kind.type == .organization else { return nil }
        return kind.name
    }

    /// The statements the candidates make, the people named in the article, and each
    /// statement's ``RuleCalibration`` key.
    func write(_ candidates: [Candidate], _ doc: AnnotatedArticle, pairs: [QuotePair]) -> ([Quote], [Entity], [String?]) {
        var people = ArticlePeople(doc, lexicon: lexicon, pairs: pairs)
        let toks = doc.tokens
        var quotes: [Quote] = []
        var keys: [String?] = []
        // Token just after the last statement written.
        var lastEnd: Int?
        for c in candidates {
            var speaker: Speaker?
            var confidence = c.confidence
            if let p = c.speaker {
                let at = p.tokens.lowerBound
                let mention = doc.text(from: at, through: p.tokens.upperBound - 1)
                let span = Span(toks[at].span.start, toks[p.tokens.upperBound - 1].span.end)
                let opens = doc.sentenceIndex(ofToken: at).map { doc.sentences[$0].lowerBound == at } ?? false
                var name: String?
                var why: String?
                var pronoun: String?
                // The name is the salient person's, no title said so: a weaker reading.
                var guessed = false
                switch p.kind {
                case .name:
                    if let raw = p.name {
                        let n = people.cleanName(organisation(endingWith: raw, at: p.tokens, doc, people) ?? raw)
                        if n.split(separator: " ").count >= 2 {
                            people.add(n, titles: p.titleWords + raw.lowercased().split(separator: " ").map(String.init),
                                       at: at, span: span)
                        }
                        if toks[at].lower == "the", !n.contains(" "), Gazetteer.shared.isGivenName(n) {
                            // "the Donald": a nickname, not a person called Donald; the one
                            // person of the article with that given name, if there is one.
                            name = people.person(givenName: n)
                            if let name { why = "“\(mention)” is a nickname of \(name)" }
                        } else {
                            name = people.resolve(name: n, opensSentence: opens)
                            if let name { why = name == n ? "named at the statement" : "“\(n)” is \(name), named so in the article" }
                        }
                    }
                case .role:
                    // A capitalised title word that is the surname of someone in the article
                    // ("King said" where Gayle King is named) is that person.
                    if p.tokens.count == 1, toks[at].isCapitalized, people.hasPerson(surname: toks[at].text) {
                        name = people.resolve(name: toks[at].text)
                        why = name.map { "“\(toks[at].text)” is the surname of \($0)" }
                    } else if let r = people.resolveRole(p.titleWords, before: at) {
                        name = r.name
                        guessed = r.guessed
                        why = r.guessed ? "“\(mention)”: no title in the article matches, so the person the passage is about"
                            : "“\(mention)” matches the titles of \(r.name)"
                    }
                case .pronoun(let k):
                    pronoun = toks[at].lower
                    if k == "person", let a = people.antecedent(pronoun: toks[at].lower, at: at) {
                        name = a.name
                        why = a.nearby ? "“\(mention)”: the first person named in the nearest sentence that names one who agrees"
                            : "“\(mention)”: nobody agrees nearby, so the person the article is most about"
                    }
                }
                speaker = Speaker(name: name, mention: mention, span: span, why: why)
                if guessed, !c.learned { confidence = min(confidence, 0.5) }
                if let name { people.noteSpeaker(name, at: at, pronoun: pronoun) }
            } else if c.cue != nil {
                // A cue whose speaker could not be read: unknown, not someone else.
                speaker = nil
            } else if let prev = quotes.last, let prevEnd = lastEnd, c.start - prevEnd < 80, let ps = prev.speaker {
                // No attribution of its own: right after a statement, it goes on with that
                // statement's speaker…
                speaker = ps
                speaker?.why = "no attribution of its own: it goes on with the statement before it"
            } else if let a = people.antecedent(pronoun: "", at: c.start) {
                // …else it is the words of the person the passage is about.
                speaker = Speaker(name: a.name, mention: nil, span: a.at.map { toks[$0].span },
                                  why: "no attribution of its own: the person the passage is about")
            }
            func located(_ ranges: [Range<Int>]) -> [Span] {
                ranges.compactMap { r -> Span? in
                    guard !r.isEmpty else { return nil }
                    return Span(toks[r.lowerBound].span.start, toks[r.upperBound - 1].span.end)
                }
            }
            var contentRanges = c.content.filter { !$0.isEmpty }
            // The clause holds its quoted words, also those of a quotation running on past the
            // sentence: the content grows to cover them.
            if c.kind == .mixed, let first = contentRanges.first, let last = contentRanges.last,
               let lo = c.quoted.map(\.lowerBound).min(), let hi = c.quoted.map(\.upperBound).max() {
                contentRanges[0] = min(first.lowerBound, lo)..<first.upperBound
                contentRanges[contentRanges.count - 1] = contentRanges[contentRanges.count - 1].lowerBound..<max(last.upperBound, hi)
            }
            let spans = located(contentRanges)
            guard !spans.isEmpty else { continue }
            // A statement the rules only proposed and the accept model kept needs a speaker the
            // article names: unnamed ones ("the official", a "he" that resolves to no one) are
            // right about who speaks half as often as the rules' statements.
            if c.learned, speaker?.name == nil, !Self.isGroup(c.speaker, toks) { continue }
            var kind = c.kind
            var quotedRanges = c.quoted
            if kind == .mixed, speaker?.name == nil {
                // A short quoted term with nobody to say it is a scare quote.
                quotedRanges = quotedRanges.filter { r in toks[r].filter { $0.isWord || $0.kind == .number }.count > options.scareQuoteMaxWords }
                if quotedRanges.isEmpty {
                    if c.cue == nil { continue }
                    kind = .indirect
                }
            }
            let quoted = kind == .direct ? spans : kind == .mixed ? located(quotedRanges) : []
            lastEnd = c.content.last?.upperBound
            let text = spans.map { doc.text[$0] }.joined(separator: " … ")
            // A direct quote's content is each piece as it stands, with its own quotation marks
            // (PolNeAR's convention: an interrupted quote is two marked pieces); its words
            // without the marks are `quoted` and `text`.
            let contentSpans = kind == .direct ? located(contentRanges.map { withMarks($0, toks) }) : spans
            let cue = c.cue.map { Cue(text: doc.text(from: $0.tokens.lowerBound, through: $0.tokens.upperBound - 1),
                                     span: Span(toks[$0.tokens.lowerBound].span.start, toks[$0.tokens.upperBound - 1].span.end)) }
            var written = speaker?.name == nil && !c.learned && !c.measured ? min(confidence, Self.unnamedConfidence) : confidence
            // A rule's figure becomes the precision measured for statements like this one; a
            // learned statement's probability is calibrated already.
            let key = c.learned ? nil : RuleCalibration.key(kind: kind, cue: c.cue != nil, named: speaker?.name != nil, confidence: written)
            if let key, let measured = models.calibration?.precision[key] { written = measured }
            keys.append(key)
            quotes.append(Quote(kind: kind, text: text, content: contentSpans, quoted: quoted, cue: cue, speaker: speaker,
                                confidence: written))
        }
        let persons = people.people.filter { $0.parsed != nil && $0.named }.map {
            Entity(name: $0.name, type: .person, mentions: Array(Set($0.spans)).sorted())
        }
        let entities = EntityFinder().find(in: doc, people: persons, speakers: Set(quotes.compactMap { $0.speaker?.name }),
                                          captions: doc.article.captions)
        return (quotes, entities, keys)
    }
}

/// The token range grown by the quotation marks that enclose it: an opening mark just before,
/// a closing mark just after.
func withMarks(_ r: Range<Int>, _ toks: [Token]) -> Range<Int> {
    var lo = r.lowerBound, hi = r.upperBound
    if lo > 0, toks[lo - 1].opensQuote { lo -= 1 }
    if hi < toks.count, toks[hi].closesQuote { hi += 1 }
    return lo..<hi
}
