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
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[s..<e])
        return String(v)
    }
}
