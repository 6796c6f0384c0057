import Foundation

/// Reads an HTML page into article fields: charset detection, libxml2's HTML parser, one walk
/// over the tree, then main-content selection and metadata reconciliation.
struct HTMLReader {
    struct Result {
        var body: String
        var metadata: PageMetadata
    }

    func read(_ data: Data) throws -> Result {
        let doc = try HTMLDocument(data, encoding: Charset.detect(data))
        guard let root = doc.root else { return Result(body: "", metadata: PageMetadata(PageSignals())) }
        let walk = PageWalker.walk(root)
        let blocks = MainContent().select(walk)
        var parts: [String] = []
        for (i, b) in blocks.enumerated() {
            if i > 0 { parts.append(b.kind == .listItem && blocks[i - 1].kind == .listItem ? "\n" : "\n\n") }
            parts.append(b.text)
        }
        return Result(body: parts.joined(), metadata: PageMetadata(walk.signals))
    }
}
