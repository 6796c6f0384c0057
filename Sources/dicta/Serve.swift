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
    @Option(help: "Seconds a connection may send no whole request head or body part before it is closed (slow clients, idle keep-alive).")
    var idleTimeout: Double = 15

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535; got \(port).") }
        guard idleTimeout.isFinite, idleTimeout > 0, idleTimeout <= 86_400 else {
            throw ValidationError("--idle-timeout must be more than 0 and at most 86400 seconds; got \(idleTimeout).")
        }
    }

    func run() async throws {
        let db = try store.open(creating: false)
        var logger = Logger(label: "dicta.serve")
        logger.logLevel = .info
        logger.info("Serving \(store.path) on http://\(host):\(port)/")
        do {
            try await DictaServer.serve(store: db, host: host, port: port,
                                        idleTimeout: .milliseconds(Int64(idleTimeout * 1000)), logger: logger)
        } catch let error as DictaServer.ListenError {
            throw CommandFailure(error.description)
        }
    }
}
