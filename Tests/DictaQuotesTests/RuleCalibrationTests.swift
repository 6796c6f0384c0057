import DictaCore
@testable import DictaQuotes
import Testing

/// The rules' confidences are the precision `dicta train` measured for each kind of decision.
@Suite struct RuleCalibrationTests {
    @Test func theShippedTableReplacesARulesFigureByItsMeasuredPrecision() throws {
        let table = try #require(RuleCalibration.shipped)
        let key = RuleCalibration.key(kind: .direct, cue: true, named: true, confidence: 0.95)
        let measured = try #require(table.precision[key], "the most common decision is measured")
        let q = try #require(quotes("\"We will keep the harbour open,\" Anna Berg said on Monday.").first)
        #expect(q.confidence == measured)
        #expect(table.precision.values.allSatisfy { (0...1).contains($0) })
    }

    @Test func aStatementIsRightWhenItsContentAndSpeakerMatchAGoldAttribution() {
        let body = "\"We stay,\" Anna Berg said. The port opens in May, Tomas Varga said."
        let direct = Quote(kind: .direct, text: "We stay,", content: [Span(0, 10)], cue: nil,
                           speaker: Speaker(name: "Anna Berg", mention: "Anna Berg", span: Span(11, 20)), confidence: 0.9)
        let wrongSpeaker = Quote(kind: .indirect, text: "The port opens in May", content: [Span(27, 48)], cue: nil,
                                 speaker: Speaker(name: "Anna Berg", mention: "Anna Berg", span: Span(11, 20)), confidence: 0.7)
        let gold = [BratAttribution(cue: [Span(21, 25)], content: [Span(0, 10)], source: [Span(11, 20)]),
                    BratAttribution(cue: [Span(63, 67)], content: [Span(27, 48)], source: [Span(50, 62)])]
        var counts: [String: (n: Int, right: Int)] = [:]
        RuleCalibration.count([(direct, "a"), (wrongSpeaker, "b"), (direct, nil)], body: body, gold: gold, into: &counts)
        #expect(counts["a"]?.n == 1 && counts["a"]?.right == 1)
        #expect(counts["b"]?.n == 1 && counts["b"]?.right == 0, "content right, speaker wrong")
        #expect(counts.count == 2, "a learned statement (no key) is not counted")
    }
}
