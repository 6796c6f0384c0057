import ArgumentParser
import DictaServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the store as web pages and a JSON API (see /openapi.json).",
        discussion: "Reads only: `dicta ingest` may add to the same database while it serves.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "The address to listen on (0.0.0.0 for every interface).") var host = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; got \(port).") }
    }

    func run() async throws {
        let db = try store.open(creating: false)
        var logger = Logger(label: "dicta.serve")
        logger.logLevel = .info
        logger.info("Serving \(store.path) on http://\(host):\(port)/")
        try await DictaServer.serve(store: db, host: host, port: port, logger: logger)
    }
}
