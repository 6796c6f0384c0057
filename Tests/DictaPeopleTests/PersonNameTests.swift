import Testing
@testable import DictaPeople

@Suite struct PersonNameTests {
    @Test(arguments: [
        ("Sergei Shoigu", "Sergey Shoigu", true),   // -ei / -ey transliteration
        ("Sergei Shoigu", "Shoigu", true),          // surname alone
        ("Sergei Shoigu", "S. Shoigu", true),       // initial
        ("Aleksandr Novak", "Alexandr Novak", true),   // ks / x
        ("John Smith", "Jane Smith", false),        // same surname, other person
        ("Jens Stoltenberg", "Stoltenberg", true),
        ("José Manuel Barroso", "Jose Barroso", true), // diacritics
    ])
    func compatibility(a: String, b: String, same: Bool) {
        let x = PersonName(a)!, y = PersonName(b)!
        #expect(x.isCompatible(with: y) == same)
        #expect(y.isCompatible(with: x) == same)
    }

    @Test func noLettersIsNoName() {
        #expect(PersonName("  ") == nil)
        #expect(PersonName("— 42") == nil)
    }

    @Test func indexMergesSpellingsUnderTheFullestName() {
        var index = PeopleIndex()
        let a = index.resolve("Shoigu")
        let b = index.resolve("Sergei Shoigu")
        let c = index.resolve("Sergey Shoigu")
        let d = index.resolve("Jens Stoltenberg")
        #expect(a == b && b == c)
        #expect(d != a)
        #expect(index.people[a!].name == "Sergei Shoigu")
        #expect(index.people[a!].aliases == ["Shoigu", "Sergey Shoigu"])
    }

    @Test func ambiguousSurnameJoinsNobody() {
        var index = PeopleIndex()
        let john = index.resolve("John Smith")
        let jane = index.resolve("Jane Smith")
        let smith = index.resolve("Smith")
        #expect(john != jane)
        #expect(smith != john && smith != jane)
    }
}
