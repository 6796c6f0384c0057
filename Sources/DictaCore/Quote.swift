/// How a statement is reported.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// All of the content is inside quotation marks.
    case direct
    /// Reported speech, no quotation marks.
    case indirect
    /// Part quoted, part paraphrased, or a quoted fragment inside reported speech.
    case mixed
}

/// The words that introduce a statement ("said", "according to").
public struct Cue: Sendable, Equatable, Codable {
    public var text: String
    public var span: Span
    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}

/// Who made a statement, as named where the statement is and as resolved in the article.
public struct Speaker: Sendable, Equatable, Codable {
    /// The fullest name of the person in the article, or nil when none is found.
    public var name: String?
    /// The words that name the speaker at the statement ("the defense minister", "he").
    public var mention: String?
    public var span: Span?
    /// How the name was found, in a few words ("“he”: the subject of the nearest sentence that
    /// names a person"), so that `dicta show` can explain every attribution. Printed when set.
    public var why: String?
    public init(name: String?, mention: String?, span: Span?, why: String? = nil) {
        self.name = name
        self.mention = mention
        self.span = span
        self.why = why
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(mention, forKey: .mention)
        try c.encode(span, forKey: .span)
        if let why { try c.encode(why, forKey: .why) }
    }
}

/// One statement found in an article.
public struct Quote: Sendable, Equatable, Codable {
    public var kind: QuoteKind
    /// The content as it stands in the body, without enclosing quotation marks: for `direct`
    /// the body at `quoted`, else at `content`.
    public var text: String
    /// One span, or several when the statement is interrupted ("…," he said, "…"). A direct
    /// quote's pieces keep their own quotation marks, as PolNeAR annotates them, so that an
    /// interrupted quote reads `“…,”` and `“…”` rather than words cut from their marks.
    public var content: [Span]
    /// The speaker's own words, inside quotation marks and without them: one span per quoted
    /// fragment. For `direct` the content without its marks; for `mixed` each fragment of the
    /// clause ("called the plan “a disaster”" → *a disaster*); empty for `indirect`.
    public var quoted: [Span]
    public var cue: Cue?
    public var speaker: Speaker?
    /// 0…1: how sure the rule that found it is.
    public var confidence: Double

    public init(kind: QuoteKind, text: String, content: [Span], quoted: [Span]? = nil, cue: Cue?,
                speaker: Speaker?, confidence: Double) {
        self.kind = kind
        self.text = text
        self.content = content
        self.quoted = quoted ?? (kind == .direct ? content : [])
        self.cue = cue
        self.speaker = speaker
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey { case kind, text, content, quoted, cue, speaker, confidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(QuoteKind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        content = try c.decode([Span].self, forKey: .content)
        // Lines written before `quoted` existed: a direct quote's words are its content.
        quoted = try c.decodeIfPresent([Span].self, forKey: .quoted) ?? (kind == .direct ? content : [])
        cue = try c.decodeIfPresent(Cue.self, forKey: .cue)
        speaker = try c.decodeIfPresent(Speaker.self, forKey: .speaker)
        confidence = try c.decode(Double.self, forKey: .confidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(content, forKey: .content)
        if !quoted.isEmpty { try c.encode(quoted, forKey: .quoted) }
        try c.encode(cue, forKey: .cue)
        try c.encode(speaker, forKey: .speaker)
        try c.encode((confidence * 100).rounded() / 100, forKey: .confidence)
    }
}

/// What an entity is.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place named in the article, with every place it is named.
public struct Entity: Sendable, Equatable, Codable {
    /// The fullest or canonical name ("Sergei Shoigu", "United States", "NATO").
    public var name: String
    public var type: EntityType
    public var mentions: [Span]
    /// Other spellings of the same entity in the article where they differ from `name`
    /// ("Sergey Shoigu" in a caption, "U.S." for "United States"). Printed only when present.
    public var aliases: [String]

    public init(name: String, type: EntityType, mentions: [Span], aliases: [String] = []) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey { case name, type, mentions, aliases }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(EntityType.self, forKey: .type)
        mentions = try c.decodeIfPresent([Span].self, forKey: .mentions) ?? []
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encode(mentions, forKey: .mentions)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
    }
}
