@testable import DictaQuotes
import Foundation
import Testing

/// LIBLINEAR through `LogisticModel`: trains, gives probabilities, and round-trips a file.
@Suite struct LogisticModelTests {
    /// Feature 1: the word is a reporting verb; 2: a "that" follows; 3: inside quotation
    /// marks; 4: capitalised. Cues have 1 and usually 2, rarely 3.
    static let examples: [(positive: Bool, features: LogisticModel.Features)] = {
        var out: [(Bool, LogisticModel.Features)] = []
        for i in 0..<40 {
            out.append((true, [(1, 1), (2, i % 4 == 0 ? 0 : 1)] + (i % 10 == 0 ? [(3, 1)] : [])))
            out.append((false, [(4, 1)] + (i % 3 == 0 ? [(3, 1)] : []) + (i % 8 == 0 ? [(1, 1)] : [])))
            out.append((false, i % 2 == 0 ? [(2, 1)] : [(3, 1), (4, 1)]))
        }
        return out.map { (positive: $0.0, features: $0.1) }
    }()

    @Test func trainsAndGivesProbabilities() throws {
        let m = try LogisticModel.train(Self.examples, c: 10)
        let cue = m.probability([(1, 1), (2, 1)])
        let noCue = m.probability([(4, 1)])
        #expect(cue > 0.9, "\(cue)")
        #expect(noCue < 0.1, "\(noCue)")
        // A feature the model never saw changes nothing.
        #expect(abs(m.probability([(1, 1), (2, 1), (99, 1)]) - cue) < 1e-12)
        // Probabilities, not scores.
        for (_, f) in Self.examples { #expect((0...1).contains(m.probability(f))) }
    }

    /// The dot product over the model's weights is LIBLINEAR's own prediction.
    @Test func probabilitiesAreLibLinearsPrediction() throws {
        for positiveFirst in [true, false] {
            let examples = positiveFirst ? Self.examples : Self.examples.filter { !$0.positive } + Self.examples.filter(\.positive)
            let m = try LogisticModel.train(examples, c: 2)
            for (_, f) in Self.examples + [(true, [(1, 1), (1, 1), (99, 1)])] {
                #expect(abs(m.probability(f) - m.libraryProbability(f)) < 1e-12)
            }
        }
    }

    @Test func aSavedModelGivesTheSameProbabilities() throws {
        let m = try LogisticModel.train(Self.examples)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dicta-model-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try m.save(to: url)
        let loaded = try LogisticModel(contentsOf: url)
        for (_, f) in Self.examples {
            // LIBLINEAR writes weights with 16 significant digits.
            #expect(abs(loaded.probability(f) - m.probability(f)) < 1e-9)
        }
    }

    @Test func trainingIsDeterministicAndNeedsBothClasses() throws {
        let a = try LogisticModel.train(Self.examples), b = try LogisticModel.train(Self.examples.reversed())
        #expect(abs(a.probability([(1, 1)]) - b.probability([(1, 1)])) < 1e-6)
        #expect(throws: LogisticModel.ModelError.self) {
            try LogisticModel.train(Self.examples.filter(\.positive))
        }
        #expect(throws: LogisticModel.ModelError.self) {
            try LogisticModel(contentsOf: URL(fileURLWithPath: "/nonexistent/model.txt"))
        }
    }
}
