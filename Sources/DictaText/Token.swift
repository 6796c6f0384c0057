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
    /// Starts with an uppercase letter. Stored: the rules ask it of every token many times,
    /// and `Character.isUppercase` looks up Unicode properties each time.
    public let isCapitalized: Bool
    /// What the lexicon says of the word, looked up once when the token is made: speaker
    /// phrases are parsed over the same tokens many times.
    public internal(set) var lexical: Lexical = []

    public struct Lexical: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// A head noun of a title or office ("minister").
        public static let role = Lexical(rawValue: 1 << 0)
        /// Belongs to a title rather than a name (``Lexicon/isTitleWord(_:)``).
        public static let title = Lexical(rawValue: 1 << 1)
        /// Capitalised, but never part of a name ("Monday", "However").
        public static let nonName = Lexical(rawValue: 1 << 2)
        /// A form of a reporting verb ("said", "Says").
        public static let cue = Lexical(rawValue: 1 << 3)
    }

    public init(span: Span, text: String, lower: String, kind: Kind) {
        self.span = span
        self.text = text
        self.lower = lower
        self.kind = kind
        if let f = text.unicodeScalars.first {
            isCapitalized = f.value < 0x80 ? (f.value >= 65 && f.value <= 90) : f.properties.isUppercase
        } else {
            isCapitalized = false
        }
    }
    public var isWord: Bool { kind == .word }
    public var isQuote: Bool { if case .quote = kind { true } else { false } }
    public var opensQuote: Bool { kind == .quote(opens: true) }
    public var closesQuote: Bool { kind == .quote(opens: false) }
}
