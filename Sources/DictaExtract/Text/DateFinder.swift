import Foundation

/// Finds the first calendar date written in a short text ("Posted on 15. März 2019 by …",
/// "Updated 03/12/2020"), as `YYYY-MM-DD`. Unlike ``DateParser`` it looks for a date inside
/// other words, so it only accepts the compact shapes dates are written in.
///
/// Uses `NSRegularExpression`: it runs on a few short lines per page, and the alternation of
/// month names in seven languages is clearer as a pattern than as a hand-written scanner.
public struct DateFinder: Sendable {
    /// Day before month in numeric dates with slashes ("03/12/2020" is 3 December).
    public var dayFirst: Bool

    public init(dayFirst: Bool) { self.dayFirst = dayFirst }

    static let patterns: [(NSRegularExpression, Shape)] = {
        let months = (DateParser.months.flatMap { $0 } + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez", "mär", "mrz"])
            .sorted { $0.count > $1.count }.joined(separator: "|")
        let specs: [(String, Shape)] = [
            // (?<!\d) rather than \b: element texts arrive glued to labels ("Erstellt am09.02.2022").
            (#"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#, .ymd),  // also before "T08:00"
            (#"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"#, .dmy),
            (#"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])"#, .dmyShort),  // 26.10.13
            (#"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"#, .slashed),
            ("\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:de\\s+)?(\(months))\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b", .dMonthY),
            ("\\b(\(months))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", .monthDY),
        ]
        return specs.map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1) }
    }()

    enum Shape { case ymd, dmy, dmyShort, slashed, dMonthY, monthDY }

    public func first(in text: String) -> String? {
        guard Self.mayHoldDate(text) else { return nil }
        let ns = text as NSString
        let marks = Marks(text)
        var best: (at: Int, day: String)?
        for (re, shape) in Self.patterns where marks.mayMatch(shape) {
            // Enumerated, not `matches(in:)`: the scan stops at the first valid date instead
            // of collecting every match of the line.
            re.enumerateMatches(in: text, range: NSRange(location: 0, length: ns.length)) { m, _, stop in
                guard let m else { return }
                if let b = best, b.at <= m.range.location { stop.pointee = true; return }
                let g = (1...3).map { ns.substring(with: m.range(at: $0)) }
                if let day = read(g, shape) { best = (m.range.location, day); stop.pointee = true }
            }
        }
        return best?.day
    }

    /// The punctuation each shape needs: a pattern is only run on a line that has it.
    struct Marks {
        var dash = false, dot = false, slash = false, letter = false

        init(_ text: String) {
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: "-"): dash = true
                case UInt8(ascii: "."): dot = true
                case UInt8(ascii: "/"): slash = true
                case 65...90, 97...122, 0x80...: letter = true
                default: break
                }
            }
        }

        func mayMatch(_ shape: Shape) -> Bool {
            switch shape {
            case .ymd: dash
            case .dmy, .dmyShort: dot
            case .slashed: slash
            case .dMonthY, .monthDY: letter
            }
        }
    }

    /// Every shape holds a run of exactly four digits (the year) or two dots between digits
    /// ("26.10.13"). Most lines with digits hold neither (times, counts), and this scan is far
    /// cheaper than the patterns.
    static func mayHoldDate(_ text: String) -> Bool {
        var run = 0, dots = 0
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                run += 1
                continue
            }
            if run == 4 { return true }
            if b == 46, run > 0 { dots += 1; if dots >= 2 { return true } } else if b != 32 || run == 0 { dots = 0 }
            run = 0
        }
        return run == 4 || (dots >= 2 && run > 0)
    }

    func read(_ g: [String], _ shape: Shape) -> String? {
        let y: Int?, mo: Int?, d: Int?
        switch shape {
        case .ymd: (y, mo, d) = (Int(g[0]), Int(g[1]), Int(g[2]))
        case .dmy: (d, mo, y) = (Int(g[0]), Int(g[1]), Int(g[2]))
        case .dmyShort:
            // Two-digit years are this century's up to '69, as in POSIX strptime.
            guard let yy = Int(g[2]) else { return nil }
            (d, mo, y) = (Int(g[0]), Int(g[1]), yy < 70 ? 2000 + yy : 1900 + yy)
        case .slashed:
            guard let a = Int(g[0]), let b = Int(g[1]) else { return nil }
            if a > 12 { (d, mo) = (a, b) } else if b > 12 { (mo, d) = (a, b) } else if dayFirst { (d, mo) = (a, b) } else { return nil }
            y = Int(g[2])
        case .dMonthY: (d, mo, y) = (Int(g[0]), DateParser.monthNumber(g[1]), Int(g[2]))
        case .monthDY: (mo, d, y) = (DateParser.monthNumber(g[0]), Int(g[1]), Int(g[2]))
        }
        guard let y, let mo, let d else { return nil }
        return DateParser.isoDay(from: "\(y)-\(mo < 10 ? "0" : "")\(mo)-\(d < 10 ? "0" : "")\(d)")
    }
}
