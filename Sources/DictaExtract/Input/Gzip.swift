import CZlib
import Foundation

/// Gzip decompression through the system zlib.
///
/// Foundation on Linux has no gzip API; zlib is the library made for the job and is already on
/// every machine. Concatenated gzip members (as in WARC files) are all inflated, not just the
/// first.
public enum Gzip {
    /// Largest output accepted, so a small "zip bomb" cannot exhaust memory.
    public static let maxOutput = 1 << 30

    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1f && data[data.startIndex + 1] == 0x8b
    }

    public static func decompress(_ data: Data) throws -> Data {
        var out = Data()
        var stream = z_stream()
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        guard czlib_inflate_init(&stream, 15 + 32) == Z_OK else { throw ExtractError.gzip("zlib init failed") }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(raw.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buf in
                    stream.next_out = buf.baseAddress
                    stream.avail_out = uInt(buf.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                out.append(contentsOf: chunk[0..<produced])
                if out.count > maxOutput { throw ExtractError.gzip("output larger than \(maxOutput >> 20) MB") }
                switch status {
                case Z_STREAM_END:
                    // Another member may follow (WARC, `cat a.gz b.gz`).
                    if stream.avail_in == 0 { return }
                    guard inflateReset(&stream) == Z_OK else { throw ExtractError.gzip("reset failed") }
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { throw ExtractError.gzip("truncated stream") }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { throw ExtractError.gzip("truncated stream") }
                default:
                    let msg = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw ExtractError.gzip(msg)
                }
            }
        }
        return out
    }
}
