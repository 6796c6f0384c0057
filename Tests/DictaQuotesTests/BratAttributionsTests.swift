import DictaCore
import DictaQuotes
import Foundation
import Testing

/// The gold-annotation reader the cue model is trained from, on a file written here.
@Suite struct BratAttributionsTests {
    // "Anna Berg said that the ferry would run. Critics doubt it." (scalar offsets)
    static let ann = """
        T1\tSource 0 9\tAnna Berg
        T2\tCue 10 14\tsaid
        T3\tContent 15 39\tthat the ferry would run
        T4\tAttribution 10 14\tsaid
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        T5\tCue 49 54;55 57\tdoubt it
        T6\tContent 55 57\tit
        T7\tAttribution-no-source 49 54\tdoubt
        E2\tAttribution-no-source:T7 Cue:T5 Content:T6
        a stray continuation line of a span's text
        """

    @Test func attributionsWithTheirCueContentAndSource() throws {
        let a = try BratAttributions.parse(Self.ann, name: "fixture.ann")
        #expect(a.count == 2)
        #expect(a[0] == BratAttribution(cue: [Span(10, 14)], content: [Span(15, 39)], source: [Span(0, 9)]))
        // A discontinuous cue keeps its pieces; no stated source is an empty source.
        #expect(a[1].cue == [Span(49, 54), Span(55, 57)])
        #expect(a[1].source.isEmpty)
    }

    @Test func badOffsetsAndMissingSpansAreErrorsNamingTheLine() {
        #expect { try BratAttributions.parse("T1\tCue 9 3\tx\n", name: "bad.ann") } throws: {
            "\($0)" == "bad.ann:1: bad offsets \"9 3\""
        }
        #expect { try BratAttributions.parse("E1\tAttribution:T9 Cue:T9\n", name: "bad.ann") } throws: {
            "\($0)" == "bad.ann:1: no span T9"
        }
    }

    @Test func theFirstAnnotatorsFileIsChosen() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for d in ["text", "attributions"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(d), withIntermediateDirectories: true)
        }
        let text = root.appendingPathComponent("text/harbour_2016.txt")
        try Data("x".utf8).write(to: text)
        for n in ["harbour_2016_ef2d.ann", "harbour_2016_4b22.ann", "harbour_2016_x_1111.ann"] {
            try Data().write(to: root.appendingPathComponent("attributions/\(n)"))
        }
        #expect(BratAttributions.file(for: text)?.lastPathComponent == "harbour_2016_4b22.ann")
    }
}
