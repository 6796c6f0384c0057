import CLibXML2
import Foundation

/// A page parsed by libxml2's HTML parser. Owns the tree; frees it when released.
final class HTMLDocument {
    let doc: htmlDocPtr

    /// Pages larger than this are cut before parsing: nothing an article needs sits past the
    /// first 16 MB, and the bound keeps time and memory in check.
    static let maxBytes = 16 << 20

    enum ParseError: Error { case unparseable }

    init(_ data: Data, encoding: String) throws {
        dicta_xml_quiet()
        let bytes = data.count > Self.maxBytes ? data.prefix(Self.maxBytes) : data
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            // Without it libxml2 stops at 256 nested elements and drops the rest of the page;
            // the walker is iterative, so depth costs no stack.
            | XML_PARSE_HUGE.rawValue)
        func parse(_ enc: String) -> htmlDocPtr? {
            bytes.withUnsafeBytes { raw in
                raw.baseAddress.flatMap {
                    htmlReadMemory($0.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, enc, options)
                }
            }
        }
        // An encoding iconv does not know leaves no tree: read the bytes as windows-1252 then.
        guard let d = parse(encoding) ?? parse("windows-1252") else { throw ParseError.unparseable }
        doc = d
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }
}

/// Small readers over libxml2 nodes. libxml2 lowercases HTML element and attribute names.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element name as bytes compared without allocating a String.
    func nameIs(_ s: StaticString) -> Bool {
        guard let n = pointee.name else { return false }
        return strcmp(UnsafeRawPointer(n).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(s.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    var name: String { pointee.name.map { String(cString: $0) } ?? "" }

    func attribute(_ name: String) -> String? {
        guard let v = xmlGetProp(self, name) else { return nil }
        defer { dicta_xml_free(v) }
        return String(cString: v)
    }

    /// Text content of a text node.
    var textContent: String {
        guard let c = pointee.content else { return "" }
        return String(cString: c)
    }

    /// All text below this node (for `<title>`, `<script>` JSON-LD).
    var allText: String {
        guard let c = xmlNodeGetContent(self) else { return "" }
        defer { dicta_xml_free(c) }
        return String(cString: c)
    }
}
