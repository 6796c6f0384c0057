/// A half-open range `[start, end)` of Unicode scalar offsets into ``Article/body``.
///
/// Scalars, not `Character`s or UTF-8 bytes: this is how Python's `str` indexes text and how
/// the PolNeAR annotations count, so every span Dicta prints can be compared with theirs.
/// Encodes as a two-element JSON array `[start, end]`.
public struct Span: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }

    public var description: String { "[\(start), \(end))" }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let s = try c.decode(Int.self), e = try c.decode(Int.self)
        guard s <= e else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "span start after end")
        }
        self.init(s, e)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}
