import Foundation
import Testing
@testable import DictaExtract

@Suite struct InputKindTests {
    @Test(arguments: [
        ("page.html", InputKind.html),       // html
        ("PAGE.HTM", .html),                 // upper case, short form
        ("a/b/page.xhtml", .html),           // xhtml
        ("page.html.gz", .html),             // compressed: the name under .gz
        ("story.txt", .text),                // text
        ("story.txt.gz", .text),             // compressed text
        ("story.text", .text),               // long form
    ] as [(String, InputKind)])
    func fromExtension(path: String, kind: InputKind) {
        #expect(InputKind.fromExtension(path) == kind)
    }

    @Test(arguments: [
        "notes.md",          // unknown extension
        "story",             // none
        "page.html/story",   // a folder named .html
        "archive.gz",        // only .gz
    ])
    func noKindFromExtension(path: String) {
        #expect(InputKind.fromExtension(path) == nil)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><body>x</body></html>", InputKind.html), // doctype
        ("  \n<html lang=\"en\">", .html),      // leading whitespace
        ("\u{FEFF}<html>", .html),              // byte order mark
        ("<!-- saved page -->\n<p>x</p>", .html), // opens with a comment
        ("<HEAD><title>x</title>", .html),      // upper-case tag
        ("Port Reopens After Storm\nThe port reopened.", .text), // plain text
        ("The <html> tag opens a page.", .text),  // markup later on is still text
        ("", .text),                            // nothing
    ] as [(String, InputKind)])
    func sniff(head: String, kind: InputKind) {
        #expect(InputKind.sniff(Data(head.utf8)) == kind)
    }
}

@Suite struct GzipTests {
    /// Compresses `text` with the system gzip.
    static func gzip(_ text: String) throws -> Data {
        let dir = FileManager.default.temporaryDirectory
        let file = dir.appendingPathComponent("dicta-gzip-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-c", file.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return out
    }

    @Test func roundTrip() throws {
        let text = "Anna Berg said the port would reopen. Zoë 👋\n"
        let gz = try Self.gzip(text)
        #expect(Gzip.isGzip(gz))
        #expect(try Gzip.decompress(gz) == Data(text.utf8))
    }

    @Test func concatenatedMembersAreAllInflated() throws {
        let gz = try Self.gzip("first member\n") + Self.gzip("second member\n")
        #expect(String(decoding: try Gzip.decompress(gz), as: UTF8.self) == "first member\nsecond member\n")
    }

    @Test func truncatedStreamIsAnError() throws {
        let gz = try Self.gzip(String(repeating: "The port reopened on Monday. ", count: 40))
        #expect(throws: ExtractError.self) { try Gzip.decompress(gz.prefix(gz.count / 2)) }
    }

    @Test func aStreamInflatingPastTheLimitIsRefused() throws {
        // 100 KB of one repeated sentence packs into a few hundred bytes: a small bomb.
        let gz = try Self.gzip(String(repeating: "The port reopened on Monday. ", count: 3500))
        #expect(gz.count < 2000)
        #expect(throws: ExtractError.self) { try Gzip.decompress(gz, limit: 64 << 10) }
        #expect(try Gzip.decompress(gz, limit: 1 << 20).count == 29 * 3500)
    }

    @Test func garbageAfterMagicIsAnError() {
        #expect(throws: ExtractError.self) { try Gzip.decompress(Data([0x1f, 0x8b, 0x00, 0x01, 0x02, 0x03])) }
    }

    @Test(arguments: [
        ([0x1f, 0x8b, 0x08], true),   // magic number
        ([0x1f], false),              // too short
        ([0x8b, 0x1f], false),        // reversed
        ([], false),                  // empty
    ] as [([UInt8], Bool)])
    func magic(bytes: [UInt8], isGzip: Bool) {
        #expect(Gzip.isGzip(Data(bytes)) == isGzip)
    }

    @Test func extractorDecompressesWhateverTheName() throws {
        let gz = try Self.gzip("Port Reopens After Storm\nThe port reopened after the long storm.\nBoats left the harbour early on Monday.\n")
        let a = try Extractor().extract(gz, source: "story.bin")
        #expect(a.title == "Port Reopens After Storm")
        #expect(a.body.hasPrefix("The port reopened"))
    }
}

@Suite struct TextDecodingTests {
    @Test func emptyData() {
        #expect(throws: ExtractError.empty) { try Extractor().extract(Data(), source: "a.txt") }
    }

    @Test func nulBytesAreBinary() {
        #expect(throws: ExtractError.binary) { try Extractor().extract(Data([0x41, 0x00, 0x42]), source: "a.txt") }
    }

    @Test func invalidUTF8NamesTheByte() {
        // "ab", a lone continuation byte, "cd"
        #expect(throws: ExtractError.invalidUTF8(byteOffset: 2)) {
            try Extractor().extract(Data([0x61, 0x62, 0xFF, 0x63, 0x64]), source: "a.txt")
        }
    }

    @Test func invalidUTF8AfterMultibyteCharacter() {
        // "é" (2 bytes), then a truncated 3-byte sequence
        #expect(throws: ExtractError.invalidUTF8(byteOffset: 2)) {
            try Extractor().extract(Data([0xC3, 0xA9, 0xE2, 0x82]), source: "a.txt")
        }
    }

    // Regression (a bug until fixed): the offset is counted after the byte order mark is dropped, so it is 3 short
    // of the offset in the file the message names.
    @Test func invalidUTF8OffsetCountsTheBOM() {
        #expect(throws: ExtractError.invalidUTF8(byteOffset: 5)) {
            try Extractor().extract(Data([0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xFF]), source: "a.txt")
        }
        
    }

    @Test func rawKeepsTheBodyByteForByteAndDropsTheBOM() throws {
        let text = "Zoë said: \"Hi.\"\r\n\nSecond line  "
        let a = try Extractor(options: .init(raw: true)).extract(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), source: "r.txt")
        #expect(a.body == text)
        #expect(a.title == nil)
    }

    @Test func textWithNoArticleIsNoText() {
        #expect(throws: ExtractError.noText) { try Extractor().extract(Data("12:30\n".utf8), source: "a.txt") }
    }

    @Test func errorsDescribeThemselves() {
        #expect(ExtractError.invalidUTF8(byteOffset: 7).description.contains("offset 7"))
        #expect(ExtractError.empty.description == "empty file")
    }
}
