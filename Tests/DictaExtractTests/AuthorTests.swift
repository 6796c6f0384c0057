import Testing
@testable import DictaExtract

@Suite struct AuthorNameTests {
    @Test(arguments: [
        ("Rob Quill, The Harbour Times", "Rob Quill"),          // outlet after a comma
        ("The Harbour Times - Rob Quill", "Rob Quill"),         // outlet before a dash
        ("Rob Quill @robquill", "Rob Quill"),                   // handle after the name
        ("Rob Quill, PhD", "Rob Quill"),                        // degree
        ("Rob Quill, dpa", "Rob Quill"),                        // agency
        ("Rob Quill, Korrespondent in Wien", "Rob Quill"),      // job
        ("Redacci&oacute;n Norte", "Redacción Norte"),          // named entity left in JSON-LD
        ("Ren&#233;e Holm", "Renée Holm"),                      // numeric entity
    ])
    func cleansWhatIsGluedToTheName(raw: String, name: String) {
        #expect(AuthorNames.clean([raw], outlet: "The Harbour Times") == [name])
    }

    @Test(arguments: ["admin", "webmaster", "The Harbour Times", "http://example.org/rob", "Why not?"])
    func placeholdersAndTheOutletAreNoAuthors(raw: String) {
        #expect(AuthorNames.clean([raw], outlet: "The Harbour Times").isEmpty)
    }

    @Test(arguments: ["Verein für Hafenkultur e.V.", "Hafenverlag GmbH", "hafenblatt.de", "Harbour Media Ltd"])
    func organisationsInMetaAuthorAreSkipped(meta: String) {
        #expect(AuthorNames.looksLikeOrganisation(meta))
        let chosen = AuthorNames.choose(stated: [], meta: meta, bylines: ["Von Rob Quill"], postAuthorComment: nil,
                                        shortLines: { [] }, outlet: nil)
        #expect(chosen == ["Rob Quill"], "the printed byline, not the organisation")
    }

    @Test func aPersonInMetaAuthorIsKept() {
        #expect(!AuthorNames.looksLikeOrganisation("Rob Quill"))
        #expect(!AuthorNames.looksLikeOrganisation("J. R. Quill"))
    }

    @Test func aSourceCleanedToNothingGivesWayToTheNext() {
        let chosen = AuthorNames.choose(stated: ["The Harbour Times"], meta: "admin", bylines: ["By Rob Quill"],
                                        postAuthorComment: nil, shortLines: { [] }, outlet: "The Harbour Times")
        #expect(chosen == ["Rob Quill"])
    }

    @Test func severalStatedAuthorsAreGivenAsPrinted() {
        let chosen = AuthorNames.choose(stated: ["Rob Quill", "Ida Marsh"], meta: nil, bylines: ["Von Rob Quill und Ida Marsh"],
                                        postAuthorComment: nil, shortLines: { [] }, outlet: nil)
        #expect(chosen == ["Rob Quill und Ida Marsh"])
        let unrelated = AuthorNames.choose(stated: ["Rob Quill", "Ida Marsh"], meta: nil, bylines: ["Von Rob Quill"],
                                           postAuthorComment: nil, shortLines: { [] }, outlet: nil)
        #expect(unrelated == ["Rob Quill", "Ida Marsh"])
    }

    @Test func aLabelledBylineBeatsABareOne() {
        let chosen = AuthorNames.choose(stated: [], meta: nil, bylines: ["Harbour Notes", "Posted by Ida Marsh"],
                                        postAuthorComment: nil, shortLines: { [] }, outlet: nil)
        #expect(chosen == ["Ida Marsh"])
    }
}

@Suite struct MoreBylineTests {
    @Test(arguments: [
        ("Ein Artikel von Rob Quill", "Rob Quill"),                           // German article label
        ("Publié par Ida Marsh", "Ida Marsh"),                                // French label
        ("Escrito por Ida Marsh", "Ida Marsh"),                               // Spanish label
        (", par Ida Marsh", "Ida Marsh"),                                     // leading punctuation
        ("Posted on May 3, 2021 by Ida Marsh", "Ida Marsh"),                  // a label after the date
        ("Rob Quill Alle Artikel", "Rob Quill"),                              // a link text glued on
        ("Rob Quill Published 3 May", "Rob Quill"),                           // a stamp glued on
        ("Ida Marsh said:", "Ida Marsh"),                                     // a comment's speech cue
    ])
    func cleansToTheName(raw: String, name: String) {
        #expect(Byline.name(raw) == name)
    }

    @Test(arguments: ["Autor:", "Datum", "Donnerstag", "Alles über die schönsten Häfen"])
    func labelsDaysAndPhrasesAreNoName(raw: String) {
        #expect(Byline.name(raw) == nil)
    }
}

@Suite struct CommentAuthorTests {
    static func page(_ extra: String) -> String {
        Pages.article(extraBody: extra).replacingOccurrences(of: "<div class=\"byline\">By Anna Berg</div>", with: "")
    }

    @Test func aCommentersNameIsNoByline() throws {
        let comments = """
            <ol class="comment-list"><li class="comment"><div class="comment-author vcard"><span class="fn">Ida Marsh</span> says:</div>
            <p>Great news for the islands, finally.</p></li></ol>
            """
        let a = try Pages.extract(Self.page(comments))
        #expect(a.authors.isEmpty)
    }

    @Test func thePostAuthorAnsweringInTheCommentsIsTheAuthor() throws {
        let comments = """
            <ol class="commentlist"><li class="comment bypostauthor"><div class="comment-author vcard"><cite class="fn">harbourwriter</cite></div>
            <p>Thanks for reading, everyone.</p></li></ol>
            """
        let a = try Pages.extract(Self.page(comments))
        #expect(a.authors == ["harbourwriter"])
    }

    @Test func aTaxonomyClassIsNoCommentSection() throws {
        let html = Pages.article().replacingOccurrences(of: "<main><article>", with: "<main><article class=\"category-comments\">")
        #expect(try Pages.extract(html).authors == ["Anna Berg"])
    }
}
