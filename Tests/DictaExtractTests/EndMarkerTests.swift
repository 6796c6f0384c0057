import Testing
@testable import DictaExtract

/// Lines that announce what follows the article end it.
@Suite struct EndMarkerTests {
    static let more = [
        "Ferry operators on the islands said they would need two new boats before the route can start, and the council promised to help.",
        "The first crossings are planned for April, weather permitting, with a later evening departure added in the summer months.",
    ]

    static func page(after: String) -> String {
        let ps = (Pages.paragraphs + more).map { "<p>\($0)</p>" }.joined(separator: "\n")
        return "<html><head><title>Ferry</title></head><body><div class=\"text\">\(ps)\n\(after)</div></body></html>"
    }

    @Test(arguments: ["Related coverage", "Gefällt mir:", "Über den Autor", "Lire aussi", "Leave a Reply"])
    func aMarkerLineEndsTheArticle(marker: String) throws {
        let tail = "<p>\(marker)</p><p>The mayor of the southern town, who writes here every week, has argued for a bridge for many years now.</p>"
        let a = try Pages.extract(Self.page(after: tail))
        #expect(a.body.contains(Self.more[1]))
        #expect(!a.body.contains("southern town"), "what follows \(marker) is not the article")
    }

    @Test func aMarkerInTheFirstHalfIsAHeadingInsideTheArticle() throws {
        let ps = ["<p>\(Pages.paragraphs[0])</p>", "<h2>Related coverage</h2>"] + (Array(Pages.paragraphs.dropFirst()) + Self.more).map { "<p>\($0)</p>" }
        let html = "<html><head><title>Ferry</title></head><body><div class=\"text\">\(ps.joined())</div></body></html>"
        let a = try Pages.extract(html)
        #expect(a.body.contains(Self.more[1]))
    }

    @Test func aLineThatOnlyStartsLikeAMarkerStays() {
        #expect(!Boilerplate.isEndMarker("Related coverage of the vote is on page 4"))
        #expect(Boilerplate.isEndMarker("GEFÄLLT MIR …"))
    }
}
