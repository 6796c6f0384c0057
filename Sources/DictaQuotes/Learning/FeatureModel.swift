import Foundation

/// A ``LogisticModel`` over feature strings, with the vocabulary that maps each string to its
/// LIBLINEAR index. Shipped as `NAME.model` (weights) and `NAME.features` (one string a line,
/// line n = index n); a string the vocabulary lacks is ignored.
public struct FeatureModel: Sendable {
    let model: LogisticModel
    /// Feature string → LIBLINEAR index (1-based).
    let index: [String: Int32]

    init(model: LogisticModel, vocabulary: [String]) {
        self.model = model
        var index: [String: Int32] = [:]
        for (i, f) in vocabulary.enumerated() { index[f] = Int32(i + 1) }
        self.index = index
    }

    /// Loads `NAME.model` and `NAME.features` from `directory`.
    public init(directory: URL, name: String) throws {
        let features = try String(contentsOf: directory.appendingPathComponent(name + ".features"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let model = try LogisticModel(contentsOf: directory.appendingPathComponent(name + ".model"))
        self.init(model: model, vocabulary: features.last == "" ? Array(features.dropLast()) : features)
    }

    /// The shipped model `NAME` in this module's `Resources/`, or nil when it is missing or
    /// unreadable.
    static func shipped(_ name: String) -> FeatureModel? {
        guard let dir = Bundle.module.url(forResource: name, withExtension: "model")?.deletingLastPathComponent() else { return nil }
        return try? FeatureModel(directory: dir, name: name)
    }

    /// The probability of the positive class for these features.
    public func probability(_ features: [String]) -> Double {
        model.probability(features.compactMap { index[$0].map { ($0, 1.0) } })
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
