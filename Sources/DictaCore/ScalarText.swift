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
        // Written as UTF-8 straight into the string's storage: several times faster than
        // appending scalars, and a token short enough for a small string allocates nothing.
        var capacity = 0
        for c in scalars[s..<e] { capacity += c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for c in scalars[s..<e] {
                if c.value < 0x80 {
                    buffer[n] = UInt8(c.value)
                    n += 1
                } else {
                    for byte in UTF8.encode(c)! { buffer[n] = byte; n += 1 }
                }
            }
            return n
        }
    }
}
