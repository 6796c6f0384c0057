import CLibLinear
import Foundation

/// A binary logistic-regression model over sparse features, trained and applied by LIBLINEAR
/// (Debian's `liblinear-dev`, through the `CLibLinear` system-library target): the learned
/// parts of attribution go through a maintained solver, never a hand-written optimiser.
///
/// Features are 1-based indices with values; ``probability(_:)`` is the model's probability
/// of the positive class (label 1). A loaded model is only read, so one value serves any
/// number of threads.
public final class LogisticModel: @unchecked Sendable {
    /// One example's features: (index ≥ 1, value), in any order; duplicates are summed.
    public typealias Features = [(index: Int32, value: Double)]

    public enum ModelError: Error, CustomStringConvertible {
        case invalid(String), unreadable(String), unwritable(String), noProbabilities
        public var description: String {
            switch self {
            case .invalid(let why): "cannot train: \(why)"
            case .unreadable(let path): "cannot read the model \(path)"
            case .unwritable(let path): "cannot write the model \(path)"
            case .noProbabilities: "the model gives no probabilities (not logistic regression)"
            }
        }
    }

    private var model: UnsafeMutablePointer<model>
    /// Where the positive class sits in LIBLINEAR's probability estimates (its labels come in
    /// the order first seen in training).
    private let positiveSlot: Int

    /// The positive class's decision weights by feature index (index 0 unused) and its bias
    /// term, read once from the model: ``probability(_:)`` is then a sparse dot product,
    /// without building LIBLINEAR's row for every token scored.
    private let weights: [Double]
    private let biasTerm: Double

    private init(_ model: UnsafeMutablePointer<model>) throws {
        self.model = model
        guard check_probability_model(model) == 1 else { throw ModelError.noProbabilities }
        var labels = [Int32](repeating: 0, count: Int(get_nr_class(model)))
        get_labels(model, &labels)
        positiveSlot = labels.firstIndex(of: 1) ?? 0
        let nf = Int(get_nr_feature(model))
        let slot = Int32(positiveSlot)
        weights = [0] + (0..<nf).map { get_decfun_coef(model, Int32($0 + 1), slot) }
        biasTerm = get_decfun_bias(model, slot)
    }

    deinit {
        var m: UnsafeMutablePointer<model>? = model
        free_and_destroy_model(&m)
    }

    /// Trains L2-regularised logistic regression (LIBLINEAR's `L2R_LR`, primal trust-region
    /// Newton) on labelled examples; `c` is the inverse regularisation strength. Deterministic:
    /// the primal solver uses no random order.
    public static func train(_ examples: [(positive: Bool, features: Features)], c: Double = 1, bias: Double = 1,
                             positiveWeight: Double = 1) throws -> LogisticModel {
        guard examples.contains(where: \.positive), examples.contains(where: { !$0.positive }) else {
            throw ModelError.invalid("both classes need examples")
        }
        let n = Int32(examples.flatMap { $0.features.map(\.index) }.max() ?? 0)
        var rows: [UnsafeMutablePointer<feature_node>] = []
        defer { rows.forEach { $0.deallocate() } }
        for e in examples { rows.append(Self.nodes(e.features, bias: bias, biasIndex: n + 1)) }
        var y = examples.map { $0.positive ? 1.0 : -1.0 }
        return try rows.withUnsafeMutableBufferPointer { x in
            try y.withUnsafeMutableBufferPointer { yp in
                // A trained model keeps no pointer to the problem, so the buffers may go after.
                var prob = problem(l: Int32(examples.count), n: n + (bias >= 0 ? 1 : 0), y: yp.baseAddress,
                                   x: UnsafeMutableRawPointer(x.baseAddress!).assumingMemoryBound(to: UnsafeMutablePointer<feature_node>?.self),
                                   bias: bias)
                var labels: [Int32] = [1, -1], weights = [positiveWeight, 1.0]
                return try labels.withUnsafeMutableBufferPointer { lp in
                    try weights.withUnsafeMutableBufferPointer { wp in
                        var param = parameter(solver_type: Int32(L2R_LR), eps: 0.01, C: c, nr_weight: 2,
                                              weight_label: lp.baseAddress, weight: wp.baseAddress, p: 0.1, init_sol: nil)
                        if let why = check_parameter(&prob, &param) { throw ModelError.invalid(String(cString: why)) }
                        Self.silence()
                        guard let m = CLibLinear.train(&prob, &param) else { throw ModelError.invalid("LIBLINEAR returned no model") }
                        // The trained model points at our label and weight arrays: take them out.
                        m.pointee.param.weight_label = nil
                        m.pointee.param.weight = nil
                        m.pointee.param.nr_weight = 0
                        return try LogisticModel(m)
                    }
                }
            }
        }
    }

    /// A model saved by ``save(to:)``.
    public convenience init(contentsOf url: URL) throws {
        guard let m = load_model(url.path) else { throw ModelError.unreadable(url.path) }
        try self.init(m)
    }

    /// Writes the model in LIBLINEAR's text format.
    public func save(to url: URL) throws {
        guard save_model(url.path, model) == 0 else { throw ModelError.unwritable(url.path) }
    }

    /// The probability that an example with these features is positive: the logistic of the
    /// decision value, as LIBLINEAR's `predict_probability` gives it for two classes.
    public func probability(_ features: Features) -> Double {
        var d = biasTerm
        for f in features where f.index >= 1 && Int(f.index) < weights.count { d += weights[Int(f.index)] * f.value }
        return 1 / (1 + exp(-d))
    }

    /// The same probability from LIBLINEAR's own `predict_probability` (what the tests check
    /// ``probability(_:)`` against).
    func libraryProbability(_ features: Features) -> Double {
        let nf = get_nr_feature(model)
        // Features the model never saw have no weight: leave them out.
        let known = features.filter { $0.index >= 1 && $0.index <= nf }
        let x = Self.nodes(known, bias: model.pointee.bias, biasIndex: nf + 1)
        defer { x.deallocate() }
        var estimates = [Double](repeating: 0, count: Int(get_nr_class(model)))
        _ = predict_probability(model, x, &estimates)
        return estimates[positiveSlot]
    }

    /// LIBLINEAR's row: ascending indices, duplicates summed, the bias term, then index -1.
    private static func nodes(_ features: Features, bias: Double, biasIndex: Int32) -> UnsafeMutablePointer<feature_node> {
        var summed: [Int32: Double] = [:]
        for f in features { summed[f.index, default: 0] += f.value }
        let sorted = summed.sorted { $0.key < $1.key }
        let row = UnsafeMutablePointer<feature_node>.allocate(capacity: sorted.count + 2)
        var i = 0
        for (index, value) in sorted { row[i] = feature_node(index: index, value: value); i += 1 }
        if bias >= 0 { row[i] = feature_node(index: biasIndex, value: bias); i += 1 }
        row[i] = feature_node(index: -1, value: 0)
        return row
    }

    /// LIBLINEAR prints its iterations to stdout unless told otherwise.
    private static func silence() {
        set_print_string_function { _ in }
    }
}
