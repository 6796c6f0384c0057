import CLibDeflate
import Foundation

/// Gzip decompression through libdeflate.
///
/// Foundation on Linux has no gzip API. Dicta always holds the whole input in memory, which is
/// the case libdeflate is made for: it inflates a buffer about twice as fast as zlib's
/// streaming `inflate` (0.2 s against 0.4 s for the 117 MB of the webpages corpus).
/// Concatenated gzip members (as in WARC files) are all inflated, not just the first.
public enum Gzip {
    /// Largest output accepted: 64 MB, more than any page holds (the largest of the webpages
    /// corpus inflates to a few MB), so a small "zip bomb" is refused before it fills memory
    /// (at 1 GB a 3.6 MB bomb took 1 GB of memory to refuse, and one under the cap 3 GB to read).
    public static let maxOutput = 64 << 20

    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1f && data[data.startIndex + 1] == 0x8b
    }

    /// Inflates every member of `data`; throws when the output would pass `limit` bytes.
    public static func decompress(_ data: Data, limit: Int = maxOutput) throws -> Data {
        guard let d = libdeflate_alloc_decompressor() else { throw ExtractError.gzip("out of memory") }
        defer { libdeflate_free_decompressor(d) }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
            guard let base = raw.baseAddress, raw.count >= 18 else { throw ExtractError.gzip("truncated stream") }
            // The trailer states the last member's size (mod 4 GB): exact for the usual single
            // member, and a first guess for the others.
            let t = raw.count - 4
            let stated = Int(raw[t]) | Int(raw[t + 1]) << 8 | Int(raw[t + 2]) << 16 | Int(raw[t + 3]) << 24
            var capacity = min(max(stated, raw.count * 4, 4096), limit)
            var out = Data(count: capacity)
            var written = 0, read = 0
            while read < raw.count {
                var used = 0, produced = 0
                let result = out.withUnsafeMutableBytes { o in
                    libdeflate_gzip_decompress_ex(d, base + read, raw.count - read, o.baseAddress! + written,
                                                  capacity - written, &used, &produced)
                }
                switch result {
                case LIBDEFLATE_SUCCESS:
                    read += used
                    written += produced
                    // Another member may follow (WARC, `cat a.gz b.gz`); trailing zeros may not.
                    if read + 2 > raw.count || raw[read] != 0x1f || raw[read + 1] != 0x8b { read = raw.count }
                case LIBDEFLATE_INSUFFICIENT_SPACE:
                    guard capacity < limit else { throw ExtractError.gzip("inflates to more than \(Self.describe(limit)): refused") }
                    capacity = min(capacity * 2, limit)
                    out.count = capacity
                default:
                    throw ExtractError.gzip(read == 0 ? "truncated or corrupt stream" : "corrupt member at byte \(read)")
                }
            }
            out.count = written
            return out
        }
    }
}
