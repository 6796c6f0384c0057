import Testing
import DictaExtract

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("The minister said that the port of the city will be open for all of the ships in the winter.", "en"),
        ("Die Ministerin sagte, dass der Hafen auch im Winter für die Schiffe von der Stadt offen sein wird.", "de"),
        ("Le ministre a dit que le port de la ville sera ouvert pour les bateaux pendant tout l'hiver.", "fr"),
        ("El ministro dijo que el puerto de la ciudad estará abierto para los barcos durante todo el invierno.", "es"),
    ])
    func guesses(text: String, language: String) {
        #expect(LanguageGuess.shared.guess(text) == language)
    }

    @Test(arguments: [
        "The port is open.",                                                  // under eight words
        "Zorblat quinx fendaru plovik strammel gorvin taxul mebrik quosset",  // no function words
        "",                                                                   // nothing
    ])
    func noGuess(text: String) {
        #expect(LanguageGuess.shared.guess(text) == nil)
    }
}
