/// A string viewed as an array of Unicode scalars, so that a ``Span`` indexes it directly.
///
/// This is the one place where scalar offsets and Swift strings meet: stages index
/// `scalars` by `Int` and turn spans back into `String`s through ``subscript(_:)``.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of `span`; offsets outside the text are clamped.
    public subscript(_ span: Span) -> String {
        let s = max(0, min(span.start, scalars.count)), e = max(s, min(span.end, scalars.count))
        // Building through UTF-8 bytes is several times faster than appending scalars.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(e - s)
        for c in scalars[s..<e] {
            if c.value < 0x80 { bytes.append(UInt8(c.value)) } else { bytes.append(contentsOf: UTF8.encode(c)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
