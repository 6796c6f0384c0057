import DictaCore
import Testing
@testable import DictaText

@Suite struct SpeakerPhraseTests {
    func parse(_ s: String) -> SpeakerPhrase? {
        let toks = Tokenizer().tokenize(ScalarText(s))
        return SpeakerPhrase.parse(toks, 0..<toks.count, lexicon: .english)
    }

    @Test(arguments: [
        ("Russian Defense Minister Sergei Shoigu", "Sergei Shoigu"),  // demonym, modifier, role, name
        ("Secretary of State Rex Tillerson", "Rex Tillerson"),        // "of" inside a title
        ("Anna Berg", "Anna Berg"),                                    // bare name
        ("Foreign Minister Anna Berg", "Anna Berg"),                   // title before the name
        ("the Swedish envoy Tomas Varga", "Tomas Varga"),             // determiner, demonym, role, name
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),              // particle inside a name
        ("Gen. Tomas Varga", "Tomas Varga"),                           // abbreviated title
        ("NATO", "NATO"),                                              // institution alone stands as a name
        ("the Kremlin", "Kremlin"),                                    // determiner + institution
    ])
    func names(text: String, name: String) throws {
        let p = try #require(parse(text))
        #expect(p.kind == .name)
        #expect(p.name == name)
    }

    @Test func titleWordsAreKept() throws {
        let p = try #require(parse("Russian Defense Minister Sergei Shoigu"))
        #expect(p.titleWords == ["russian", "defense", "minister"])
    }

    @Test(arguments: [
        "the defense minister",        // determiner + modifier + role
        "officials",                   // plural role
        "the foreign ministers",       // plural of a role noun
        "a senior official",           // indefinite
    ])
    func roles(text: String) throws {
        let p = try #require(parse(text))
        #expect(p.kind == .role)
        #expect(p.name == nil)
    }

    @Test(arguments: [
        ("he", "person"),    // person
        ("She", "person"),   // capitalised
        ("they", "group"),   // group
        ("we", "group"),     // group
        ("I", "self"),       // self
    ])
    func pronouns(text: String, kind: String) {
        #expect(parse(text)?.kind == .pronoun(kind))
    }

    @Test(arguments: [
        "reporters on Monday",       // object and time, not a speaker
        "the port",                  // lowercase noun
        "Anna Berg said",            // a verb inside
        "Tomas Varga, Anna Berg",    // punctuation inside
        "James Varga secretary",     // title word after the name
        "",                          // nothing
    ])
    func notAPhrase(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func longestPhraseEndingBefore() throws {
        let toks = Tokenizer().tokenize(ScalarText("On Monday Foreign Minister Anna Berg said"))
        let p = try #require(SpeakerPhrase.ending(before: 6, floor: 0, in: toks, lexicon: .english))
        // Regression (a bug until fixed): any capitalised word before the title joins the name, so the longest
        // parse is "On Monday Foreign Minister Anna Berg".
        #expect(p.name == "Anna Berg")   // "On Monday" is not part of the name
        
    }

    @Test func longestPhraseStartingAt() throws {
        let toks = Tokenizer().tokenize(ScalarText("said Foreign Minister Anna Berg on Monday"))
        let p = try #require(SpeakerPhrase.starting(at: 1, ceiling: toks.count, in: toks, lexicon: .english))
        #expect(p.tokens == 1..<5)
        #expect(p.name == "Anna Berg")
    }
}
