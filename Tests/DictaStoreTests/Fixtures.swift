import DictaCore
import Foundation
import Testing
@testable import DictaStore

// Small made-up articles, built by hand so every span is computed, never typed.

/// One statement of a fixture article: `"text," speaker said.`
struct Said {
    var speaker: String?
    var text: String
    var kind: QuoteKind = .direct
    /// The words that name the speaker in the body; the name itself when nil.
    var mention: String? = nil
}

/// An article whose body is one paragraph per statement (plus `extra`), with the statements'
/// content, cue and speaker spans pointing into it.
func fixture(_ title: String?, outlet: String? = "Test Herald", published: String? = nil,
             id: String? = nil, said: [Said] = [], extra: String = "") -> AttributedArticle {
    var body = ""
    var quotes: [Quote] = []
    var offset: Int { body.unicodeScalars.count }
    for s in said {
        if !body.isEmpty { body += "\n\n" }
        body += "\""
        let start = offset
        body += s.text
        let end = offset
        body += ",\" "
        var speaker: Speaker?
        if let name = s.speaker {
            let mStart = offset
            let mention = s.mention ?? name
            body += mention
            speaker = Speaker(name: name, mention: mention, span: Span(mStart, offset))
            body += " "
        }
        let cStart = offset
        body += "said"
        let cue = Cue(text: "said", span: Span(cStart, offset))
        body += "."
        quotes.append(Quote(kind: s.kind, text: s.text, content: [Span(start, end)], cue: cue,
                            speaker: speaker, confidence: 0.9))
    }
    if !extra.isEmpty { body += (body.isEmpty ? "" : "\n\n") + extra }
    let article = Article(id: id, source: "fixtures/\(title ?? "untitled").html",
                          url: "https://example.test/\(title ?? "untitled")", title: title,
                          published: published, outlet: outlet, language: "en", body: body)
    return AttributedArticle(article: article, quotes: quotes)
}

/// The two kinds of connection the store uses: a queue in memory, a WAL pool on a file.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, file
    var testDescription: String { rawValue }
}

/// A fresh store of `kind`; a file store lives in its own temporary folder.
func makeStore(_ kind: StoreKind = .memory, _ label: String = #function) throws -> SQLiteStore {
    switch kind {
    case .memory:
        return try SQLiteStore(inMemory: label)
    case .file:
        return try SQLiteStore(path: try temporaryFolder().appendingPathComponent("dicta.sqlite").path)
    }
}

/// A new empty folder under the system's temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("dicta-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

struct TestFailure: Error {}
