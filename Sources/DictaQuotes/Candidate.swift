import DictaCore
import DictaText

/// A statement the rules decided on, before its speaker is resolved and it is written out
/// (deciding apart from writing, so the rules can be tested on their own).
struct Candidate {
    var kind: DictaCore.QuoteKind
    /// Token ranges of the content, quotation marks excluded.
    var content: [Range<Int>]
    /// Token ranges of the speaker's own words inside quotation marks (marks excluded): the
    /// content for a direct quote, each quoted fragment for a mixed one.
    var quoted: [Range<Int>] = []
    var cue: CueMatch?
    var speaker: SpeakerPhrase?
    var confidence: Double
    /// The confidence is a learned model's calibrated probability, kept as it is when written.
    var learned = false
    /// The confidence was measured for the rule that made it, speaker named or not: kept as it is.
    var measured = false

    var start: Int { content.first?.lowerBound ?? 0 }
}
