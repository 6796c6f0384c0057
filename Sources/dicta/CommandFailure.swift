/// A command that cannot do what was asked for a reason other than how it was called (no
/// such article, no database, a port in use): `Error: <message>` and exit status 1, without the
/// usage text that ArgumentParser adds to a `ValidationError`.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) {
        description = message
    }
}
