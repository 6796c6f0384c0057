import DictaCore
import Foundation
import Testing

/// `jsonLine()` is written by hand for speed; it must print what `JSONEncoder` prints for the
/// `Codable` form, so the contract has one definition.
@Suite struct JSONLineTests {
    func encoderLine(_ doc: AttributedArticle) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try e.encode(doc), as: UTF8.self)
    }

    /// Every field set, strings with quotes, backslashes, slashes, control characters and
    /// non-ASCII text, confidences that round and one that is whole.
    static let full = AttributedArticle(
        article: Article(
            id: "abc123", source: "dir/page one.html", url: "https://example.org/a/b?c=1&d=\"2\"",
            title: "Minister: \"We\\they\" — “talks” ‘on’ \u{1}\u{1F}\u{7F}", published: "2017-04-26",
            modified: "2017-04-27T10:00:00Z", authors: ["Анна Берг", "José Núñez"], outlet: "Sputnik",
            language: "en", dateline: "MOSCOW", keywords: ["NATO", "a/b"],
            body: "Line one.\n\n\tTabbed\r\nback\u{8}space\u{C}feed 😀 \u{2028} end",
            captions: ["Minister \"X\" speaks"]),
        quotes: [
            Quote(kind: .direct, text: "We are \"ready\"", content: [Span(3, 17), Span(20, 25)],
                  cue: Cue(text: "said", span: Span(30, 34)),
                  speaker: Speaker(name: "Sergei Shoigu", mention: "the minister", span: Span(35, 47), why: "the role “minister” matches his titles"),
                  confidence: 0.8999),
            Quote(kind: .indirect, text: "x", content: [Span(0, 1)], cue: nil,
                  speaker: Speaker(name: nil, mention: nil, span: nil), confidence: 1),
            Quote(kind: .mixed, text: "", content: [], cue: nil, speaker: nil, confidence: 0.555),
        ],
        entities: [
            Entity(name: "NATO", type: .organization, mentions: [Span(40, 44), Span(50, 54)], aliases: ["N.A.T.O."]),
            Entity(name: "Moscow", type: .place, mentions: []),
        ])

    @Test func matchesJSONEncoderWithEveryFieldSet() throws {
        #expect(Self.full.jsonLine() == (try encoderLine(Self.full)))
    }

    @Test func matchesJSONEncoderWithFieldsLeftOut() throws {
        let bare = AttributedArticle(article: Article(source: "-", body: ""))
        #expect(bare.jsonLine() == (try encoderLine(bare)))
        #expect(!bare.jsonLine().contains("modified") && !bare.jsonLine().contains("captions"))
    }

    @Test func roundTripsThroughTheDecoder() throws {
        let back = try JSONDecoder().decode(AttributedArticle.self, from: Data(Self.full.jsonLine().utf8))
        #expect(back.article == Self.full.article)
        #expect(back.quotes.map(\.confidence) == [0.9, 1, 0.56])
        #expect(back.entities == Self.full.entities)
    }
}
