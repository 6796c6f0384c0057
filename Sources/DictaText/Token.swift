import DictaCore

/// A word, number, punctuation mark or quotation mark, located by its ``DictaCore/Span``.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word, number, punctuation
        /// A quotation mark, after deciding from its neighbours whether it opens or closes.
        case quote(opens: Bool)
    }

    public let span: Span
    public let text: String
    public let lower: String
    public let kind: Kind

    /// Starts with an uppercase letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
    public var isWord: Bool { kind == .word }
    public var isQuote: Bool { if case .quote = kind { true } else { false } }
    public var opensQuote: Bool { kind == .quote(opens: true) }
    public var closesQuote: Bool { kind == .quote(opens: false) }
}
