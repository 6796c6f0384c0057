import DictaCore
import DictaExtract
import DictaQuotes
import DictaText
import Foundation
import Logging

/// Runs the stages over one input: bytes → ``DictaCore/Article`` → ``DictaText/AnnotatedArticle``
/// → quotes and entities. Pure and `Sendable`: one value can serve any number of inputs.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        /// Take the input as the article body, byte for byte.
        public var raw = false
        /// Stop after extraction: no statements, no entities.
        public var articleOnly = false
        public init(raw: Bool = false, articleOnly: Bool = false) {
            self.raw = raw
            self.articleOnly = articleOnly
        }
    }

    public let options: Options
    let finder: QuoteFinder

    public init(options: Options = Options()) {
        self.options = options
        self.finder = QuoteFinder()
    }

    /// Extracts and attributes one input. Throws ``DictaExtract/ExtractError`` when the input is
    /// not something an article can be read from.
    public func run(_ data: Data, source: String, url: String? = nil, kind: InputKind? = nil, logger: Logger? = nil) throws -> AttributedArticle {
        let (article, notes) = try Extractor(options: .init(raw: options.raw)).extractNoting(data, source: source, url: url, kind: kind)
        logger?.debug("extracted", metadata: ["source": "\(source)", "chars": "\(article.body.unicodeScalars.count)"])
        var doc = options.articleOnly ? AttributedArticle(article: article) : attribute(article)
        doc.notes = notes
        return doc
    }

    /// Extracts and attributes one page; what the crawler knew of it fills what the page does
    /// not say.
    public func run(_ page: Page, logger: Logger? = nil) throws -> AttributedArticle {
        var doc = try run(page.data, source: page.name, url: page.url, kind: page.kind, logger: logger)
        if let hints = page.hints { doc.article = doc.article.filling(hints) }
        return doc
    }

    /// Languages the attribution rules and lexicons are written for. Articles known to be in
    /// another language are stored without statements rather than with wrong ones.
    public static let attributionLanguages: Set<String> = ["en"]

    /// The statements and entities of an article already extracted.
    public func attribute(_ article: Article) -> AttributedArticle {
        if let lang = article.language, !Self.attributionLanguages.contains(lang) {
            return AttributedArticle(article: article)
        }
        let annotated = AnnotatedArticle(article)
        let (quotes, entities) = finder.find(in: annotated)
        return AttributedArticle(article: article, quotes: quotes, entities: entities)
    }
}
