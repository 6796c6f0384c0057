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
        // Encoded straight into the string's storage: one token, one allocation (none for
        // the short ones Swift keeps inline). Appending scalars is several times slower.
        return scalars.withUnsafeBufferPointer { sc in
            String(unsafeUninitializedCapacity: (e - s) * 4) { buf in
                var k = 0
                for i in s..<e {
                    let v = sc[i].value
                    if v < 0x80 {
                        buf[k] = UInt8(v); k += 1
                    } else if v < 0x800 {
                        buf[k] = UInt8(0xC0 | v >> 6); buf[k + 1] = UInt8(0x80 | v & 0x3F); k += 2
                    } else if v < 0x10000 {
                        buf[k] = UInt8(0xE0 | v >> 12); buf[k + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                        buf[k + 2] = UInt8(0x80 | v & 0x3F); k += 3
                    } else {
                        buf[k] = UInt8(0xF0 | v >> 18); buf[k + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                        buf[k + 2] = UInt8(0x80 | v >> 6 & 0x3F); buf[k + 3] = UInt8(0x80 | v & 0x3F); k += 4
                    }
                }
                return k
            }
        }
    }
}
