import Foundation

/// What an input holds, which decides how it is read.
public enum InputKind: String, Sendable, CaseIterable {
    /// Text scraped from a rendered page: title, body and page furniture, one block a line.
    case text
    /// An HTML document.
    case html
    /// Already the article body (`--raw`): kept byte for byte.
    case raw

    /// The kind named by a file name's extension (after any `.gz`), or nil when it names none.
    public static func fromExtension(_ path: String) -> InputKind? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
        if name.hasSuffix(".txt") || name.hasSuffix(".text") { return .text }
        return nil
    }

    /// Looks at the first bytes: markup that opens like an HTML document is HTML, else text.
    public static func sniff(_ data: Data) -> InputKind {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        for opener in ["<!doctype html", "<html", "<head", "<!--", "<meta", "<body"] where trimmed.hasPrefix(opener) {
            return .html
        }
        return .text
    }
}
