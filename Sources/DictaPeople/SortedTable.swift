import Foundation

/// A tab-separated reference file kept as its bytes and looked up by binary search on the
/// first field.
///
/// Why not a `Set` or `Dictionary` of `String`s: the gazetteer is loaded by every `dicta`
/// process, and hashing 28,000 freshly allocated strings took longer than attributing a short
/// batch of articles. Here loading is one pass to find the lines, and a lookup is a handful of
/// byte comparisons. Lines starting with `#` and empty lines are skipped.
struct SortedTable: Sendable {
    private let bytes: [UInt8]
    /// Start of each line, the end of its first field, and the end of the line.
    private let starts: [Int32]
    private let keyEnds: [Int32]
    private let ends: [Int32]

    var count: Int { starts.count }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int32] = [], keyEnds: [Int32] = [], ends: [Int32] = []
        var i = 0
        let n = bytes.count
        while i < n {
            var end = i, keyEnd = -1
            while end < n, bytes[end] != 0x0A {
                if keyEnd < 0, bytes[end] == 0x09 { keyEnd = end }
                end += 1
            }
            var lineEnd = end
            if lineEnd > i, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > i, bytes[i] != UInt8(ascii: "#") {
                starts.append(Int32(i))
                keyEnds.append(Int32(keyEnd < 0 || keyEnd > lineEnd ? lineEnd : keyEnd))
                ends.append(Int32(lineEnd))
            }
            i = end + 1
        }
        // The generator writes the files sorted by bytes; a file edited by hand may not be, so
        // check in one pass and sort only then.
        var sorted = true
        for r in starts.indices.dropFirst() where Self.compare(bytes, Int(starts[r - 1]), Int(keyEnds[r - 1]),
                                                               bytes, Int(starts[r]), Int(keyEnds[r])) > 0 {
            sorted = false
            break
        }
        if !sorted {
            let order = starts.indices.sorted {
                Self.compare(bytes, Int(starts[$0]), Int(keyEnds[$0]), bytes, Int(starts[$1]), Int(keyEnds[$1])) < 0
            }
            starts = order.map { starts[$0] }
            keyEnds = order.map { keyEnds[$0] }
            ends = order.map { ends[$0] }
        }
        self.starts = starts
        self.keyEnds = keyEnds
        self.ends = ends
    }

    /// The rows whose first field is `key`, in file order.
    func rows(_ key: some StringProtocol) -> Range<Int> {
        var key = String(key)
        return key.withUTF8 { k in
            bytes.withUnsafeBufferPointer { b in
                starts.withUnsafeBufferPointer { st in
                    keyEnds.withUnsafeBufferPointer { ke in
                        // Lower bound, then upper bound, of `key` among the first fields.
                        func bound(_ upper: Bool) -> Int {
                            var lo = 0, hi = st.count
                            while lo < hi {
                                let mid = (lo + hi) &>> 1
                                let s = Int(st[mid]), len = Int(ke[mid]) - s
                                var c = memcmp(b.baseAddress! + s, k.baseAddress!, min(len, k.count))
                                if c == 0 { c = Int32(len - k.count) }
                                if c < 0 || (upper && c == 0) { lo = mid + 1 } else { hi = mid }
                            }
                            return lo
                        }
                        guard !b.isEmpty, k.count > 0 else { return 0..<0 }
                        let lo = bound(false)
                        return lo..<bound(true)
                    }
                }
            }
        }
    }

    func contains(_ key: some StringProtocol) -> Bool { !rows(key).isEmpty }

    /// The fields of one row.
    func fields(_ row: Int) -> [String] {
        var out: [String] = []
        var f = Int(starts[row])
        let end = Int(ends[row])
        for i in f...end where i == end || bytes[i] == 0x09 {
            out.append(String(decoding: bytes[f..<i], as: UTF8.self))
            f = i + 1
        }
        return out
    }

    /// First fields containing `byte` (a space: the names of several words).
    func keys(containing byte: UInt8) -> [String] {
        starts.indices.compactMap { r in
            let range = Int(starts[r])..<Int(keyEnds[r])
            return bytes[range].contains(byte) ? String(decoding: bytes[range], as: UTF8.self) : nil
        }
    }

    private static func compare<A: Collection<UInt8>, B: Collection<UInt8>>(
        _ a: A, _ aStart: Int, _ aEnd: Int, _ b: B, _ bStart: Int, _ bEnd: Int
    ) -> Int where A.Index == Int, B.Index == Int {
        var i = aStart, j = bStart
        while i < aEnd, j < bEnd {
            if a[i] != b[j] { return Int(a[i]) - Int(b[j]) }
            i += 1
            j += 1
        }
        return (aEnd - aStart) - (bEnd - bStart)
    }
}
