import ArgumentParser

@main
struct Dicta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dicta",
        abstract: "Who said what, about whom, and when: attributed statements from news pages.",
        version: "0.1.0",
        subcommands: [Extract.self, Ingest.self, Quotes.self, Speakers.self, Speaker.self, Search.self, Show.self, Stats.self, Export.self, Serve.self, Train.self])
}
