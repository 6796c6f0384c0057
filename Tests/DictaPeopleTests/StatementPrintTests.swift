import Testing
@testable import DictaPeople

@Suite struct StatementPrintTests {
    @Test func punctuationMarksCaseAndAccentsDoNotMatter() {
        let a = StatementPrint("We prefer the negotiating table, not gun sights.")
        let b = StatementPrint("we prefer the negotiating table — not gun-sights")
        #expect(a.words == ["we", "prefer", "the", "negotiating", "table", "not", "gun", "sights"])
        #expect(a.key == b.key)
        #expect(StatementPrint("Élysée will decide").key == StatementPrint("Elysee will decide").key)
        #expect(StatementPrint("It’s over").key == StatementPrint("It's over").key)
    }

    @Test func smallEditsAreStillAReprint() {
        let original = StatementPrint("We prefer to communicate with the Alliance at the negotiating table, not through gun sights")
        // A word dropped and one changed, as a second outlet might print it.
        let edited = StatementPrint("We prefer to talk with the Alliance at the negotiating table, not through sights")
        #expect(original.key != edited.key)
        #expect(original.isReprint(of: edited))
        #expect(!Set(original.bands).isDisjoint(with: edited.bands), "near-copies must meet in a band to be compared")
    }

    @Test func differentStatementsAreNot() {
        let a = StatementPrint("We prefer to communicate with the Alliance at the negotiating table")
        let b = StatementPrint("The Alliance has moved four battalions to the eastern border this year")
        #expect(!a.isReprint(of: b))
        // Short statements group only when all their words are the same.
        #expect(!StatementPrint("We will see what happens").isReprint(of: StatementPrint("We will see what comes")))
        #expect(StatementPrint("We will see.").isReprint(of: StatementPrint("“We will see,”")))
        #expect(!StatementPrint("...").isReprint(of: StatementPrint("—")))
        // A changed number is another claim.
        #expect(!StatementPrint("Russia has moved 4 battalions to the western border").isReprint(
            of: StatementPrint("Russia has moved 5 battalions to the western border")))
    }

    @Test func printsAreTheSameInEveryProcess() {
        // Stored keys must not depend on Swift's per-process hash seed.
        #expect(StatementPrint("a").key == Int64(bitPattern: 0xaf63_dc4c_8601_ec8c))
    }
}
