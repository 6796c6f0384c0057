import DictaStore
import Foundation
import HummingbirdTesting
import Testing
@testable import DictaServer
#if canImport(Glibc)
import Glibc
#endif

/// A client that never finishes its request head (slowloris) loses its connection after the
/// idle timeout; one that sends a whole request is answered.
@Suite struct TimeoutTests {
    /// Connects to 127.0.0.1:`port`, sends `bytes`, and reads until the server closes the
    /// connection or `wait` seconds pass. Returns what was read and whether it was closed.
    static func exchange(port: Int, send bytes: String, wait: Double) throws -> (reply: String, closed: Bool) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
        var reply = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(wait)
        while Date() < deadline {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 { return (String(decoding: reply, as: UTF8.self), true) }
            if n > 0 { reply += buffer[0..<n] }
        }
        return (String(decoding: reply, as: UTF8.self), false)
    }

    /// ``exchange(port:send:wait:)`` on a thread of its own: blocking a thread of Swift's
    /// concurrency pool could starve the server under test, whose handlers run there.
    static func exchangeOffPool(port: Int, send bytes: String, wait: Double) async throws -> (reply: String, closed: Bool) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try exchange(port: port, send: bytes, wait: wait) })
            }
        }
    }

    @Test func aTrickledRequestHeadIsCutOffAfterTheIdleTimeout() async throws {
        let store = try Fixtures.memoryStore()
        let app = DictaServer.application(store: store, port: 0, idleTimeout: .seconds(2))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let started = Date()
            let slow = try await Self.exchangeOffPool(port: port, send: "GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: a", wait: 20)
            #expect(slow.closed, "the server closed the connection")
            #expect(slow.reply.isEmpty, "and answered nothing to a request it never got whole")
            #expect(Date().timeIntervalSince(started) < 15)
            // A whole request on a new connection is answered as before.
            let whole = try await Self.exchangeOffPool(port: port, send: "GET /api/speakers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", wait: 10)
            #expect(whole.reply.hasPrefix("HTTP/1.1 200"))
        }
    }
}
