import DictaPipeline
import Foundation
import Testing

/// `--jobs N` works on several inputs at once and prints exactly what one job prints.
@Suite struct JobsTests {
    @Test func orderedWorkHandsOnEveryResultInInputOrder() {
        for jobs in [1, 2, 3, 8] {
            var seen: [Int] = []
            // Uneven work, so that later items finish first.
            OrderedWork.run(count: 200, jobs: jobs, window: 5, work: { i -> Int in
                var x = 0
                for k in 0..<((200 - i) * 500) { x &+= k }
                return i * 2 + (x == -1 ? 1 : 0)
            }, consume: { i, r in
                #expect(r == i * 2)
                seen.append(i)
            })
            #expect(seen == Array(0..<200), "jobs \(jobs)")
        }
    }

    @Test func extractWithSeveralJobsPrintsWhatOneJobPrints() throws {
        let dir = try TempDir()
        var paths: [String] = []
        for i in 0..<12 {
            let f = try dir.write("in/\(String(format: "%02d", i)).txt", """
                Harbour Talks Day \(i)

                "We will sign the deal in month \(i)," Mary Lund said on Monday.

                The council argued that the port needed \(i) more cranes.
                """)
            paths.append(f.path)
            if i == 5 { paths.append(dir.file("in/missing.txt").path) }
        }
        let one = try CLI.run(["extract", "--jobs", "1"] + paths)
        let four = try CLI.run(["extract", "--jobs", "4"] + paths)
        #expect(one.status == 1, "the missing input fails the batch")
        #expect(four.status == one.status)
        #expect(one.stdout.split(separator: "\n").count == 12)
        #expect(four.stdout == one.stdout)
        #expect(four.stderr == one.stderr)
        #expect(one.stderr.contains("missing.txt"))
    }

    @Test func zeroJobsIsRefused() throws {
        let r = try CLI.run(["extract", "--jobs", "0", "-"], stdin: Data())
        #expect(r.status != 0)
        #expect(r.stderr.contains("--jobs"))
    }
}
