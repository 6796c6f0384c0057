import Foundation

/// A ``LogisticModel`` over feature strings, with the vocabulary that maps each string to its
/// LIBLINEAR index. Shipped as `NAME.model` (weights) and `NAME.features` (one string a line,
/// line n = index n); a string the vocabulary lacks is ignored.
public struct FeatureModel: Sendable {
    let model: LogisticModel
    /// Feature string's ``key(_:)`` → LIBLINEAR index (1-based). Keys, not strings: hashing
    /// a string's bytes once is cheaper than a `String` key's hashing and comparing, and
    /// scoring every token looks up some twenty features.
    let index: KeyTable

    init(model: LogisticModel, vocabulary: [String]) {
        self.model = model
        var index = KeyTable(capacity: vocabulary.count)
        for (i, f) in vocabulary.enumerated() { index.insert(Self.key(f), Int32(i + 1)) }
        self.index = index
    }

    /// FNV-1a's offset basis.
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a (64 bits) over the string's UTF-8: collisions among tens of thousands of
    /// features are vanishingly unlikely.
    @inline(__always) static func key(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Loads `NAME.model` and `NAME.features` from `directory`.
    public init(directory: URL, name: String) throws {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".features"))
        model = try LogisticModel(contentsOf: directory.appendingPathComponent(name + ".model"))
        // Each line's key, straight from the bytes: the strings themselves are not needed.
        self.index = data.withUnsafeBytes { bytes in
            var index = KeyTable(capacity: bytes.count { $0 == 0x0A })
            var h = Self.offset, line: Int32 = 1
            for b in bytes {
                if b == 0x0A {
                    index.insert(h, line)
                    line += 1
                    h = Self.offset
                } else {
                    h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
                }
            }
            return index
        }
    }

    /// The shipped model `NAME` in this module's `Resources/`, or nil when it is missing or
    /// unreadable.
    static func shipped(_ name: String) -> FeatureModel? {
        guard let dir = Bundle.module.url(forResource: name, withExtension: "model")?.deletingLastPathComponent() else { return nil }
        return try? FeatureModel(directory: dir, name: name)
    }

    /// The probability of the positive class for features already looked up.
    func probability(_ features: KeyFeatures) -> Double { model.probability(features.indices) }

    /// The probability of the positive class for these features.
    public func probability(_ features: [String]) -> Double {
        model.probability(features.compactMap { index[Self.key($0)].map { ($0, 1.0) } })
    }

    /// Trains on labelled rows, keeping feature strings seen at least `minCount` times; the
    /// vocabulary is sorted, so the same rows give the same files.
    public static func train(_ rows: [(Bool, [String])], minCount: Int, c: Double) throws -> (FeatureModel, [String]) {
        var counts: [String: Int] = [:]
        for (_, f) in rows { for s in f { counts[s, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minCount }.keys.sorted()
        var index: [String: Int32] = [:]
        for (i, f) in vocabulary.enumerated() { index[f] = Int32(i + 1) }
        let examples = rows.map { (positive: $0.0, features: $0.1.compactMap { index[$0].map { (index: $0, value: 1.0) } }) }
        return (FeatureModel(model: try LogisticModel.train(examples, c: c), vocabulary: vocabulary), vocabulary)
    }

    /// Writes `NAME.model` and `NAME.features` into `directory`.
    public func save(vocabulary: [String], to directory: URL, name: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try model.save(to: directory.appendingPathComponent(name + ".model"))
        try Data((vocabulary.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent(name + ".features"))
    }
}

/// A fixed-size open-addressing table from feature keys to indices. Written here because the
/// keys are already FNV hashes: `Dictionary` would hash each again with SipHash, and that
/// was a tenth of the time spent attributing an article.
struct KeyTable: Sendable {
    /// The key's high half and the value side by side, 8 bytes: a lookup touches one cache
    /// line, and the table (a slot is chosen by the key's low bits) stays small enough for
    /// the cache. Low bits and high half together tell 2^48 keys apart and more.
    private struct Slot { var key: UInt32 = 0, value: Int32 = 0 }
    private var slots: [Slot]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < 3 * max(capacity, 1) / 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// Inserts `value` for `key` (a value of 0 marks an empty slot; indices start at 1).
    mutating func insert(_ key: UInt64, _ value: Int32) {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i].value != 0, slots[i].key != high { i = (i + 1) & mask }
        slots[i] = Slot(key: high, value: value)
    }

    subscript(key: UInt64) -> Int32? {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i].value != 0 {
                if slots[i].key == high { return slots[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}
