import CZlib
import Foundation

/// gzip decompressed as it is read, member after member, in bounded memory: a `.jsonl.gz`
/// of any size. Written on zlib's `inflate` because libdeflate (used for single pages, which
/// are decompressed whole) has no streaming interface.
final class GzipStream {
    private var z = z_stream()
    private var inMember = false
    private var sawMember = false

    init() throws(GzipStreamError) {
        // 15 + 32: a window of 32 KB, and a gzip or zlib header detected.
        guard inflateInit2_(&z, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GzipStreamError(reason: "cannot start decompressing")
        }
    }

    deinit { inflateEnd(&z) }

    /// The bytes that `chunk` (the next compressed bytes, any length) decompresses to.
    func feed(_ chunk: Data) throws(GzipStreamError) -> Data {
        var out = Data()
        guard !chunk.isEmpty else { return out }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var failure: GzipStreamError?
        chunk.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            z.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            z.avail_in = uInt(input.count)
            while z.avail_in > 0 {
                if !inMember, sawMember {
                    // Another member follows the last one (one per WARC record, or cat'ed files).
                    inflateReset(&z)
                }
                inMember = true
                sawMember = true
                let status = buffer.withUnsafeMutableBufferPointer { b -> Int32 in
                    z.next_out = b.baseAddress
                    z.avail_out = uInt(b.count)
                    let s = inflate(&z, Z_NO_FLUSH)
                    out.append(b.baseAddress!, count: b.count - Int(z.avail_out))
                    return s
                }
                switch status {
                case Z_OK: continue
                case Z_STREAM_END: inMember = false
                case Z_BUF_ERROR: if z.avail_in == 0 { return }
                    failure = GzipStreamError(reason: "corrupt gzip data"); return
                default:
                    failure = GzipStreamError(reason: "corrupt gzip data" + (z.msg.map { ": " + String(cString: $0) } ?? ""))
                    return
                }
            }
        }
        z.next_in = nil
        if let failure { throw failure }
        return out
    }

    /// At the end of the input: a member cut short is an error, not a quiet end.
    func finish() throws(GzipStreamError) {
        if inMember { throw GzipStreamError(reason: "truncated gzip data") }
    }
}

struct GzipStreamError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
