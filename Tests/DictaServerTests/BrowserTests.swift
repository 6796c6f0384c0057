import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

/// Pages as a real browser builds them: headless Chromium loads them from a live server and
/// prints the DOM after parsing (and after any script would have run).
///
/// `.ci/run` installs Chromium and sets `DICTA_BROWSER_TESTS=1`, which makes a missing browser
/// a failure; elsewhere these tests run when Chromium is installed and are skipped otherwise.
@Suite(.serialized, .enabled(if: Browser.path != nil || Browser.required, "no Chromium (set CHROMIUM, or install Debian's chromium)"))
struct BrowserTests {
    /// Where the screenshots go: `.build/screenshots` in the checkout.
    static let shots = Fixtures.packageRoot.appendingPathComponent(".build/screenshots")

    @Test func shoiguSpeakerPageAndArticlePageInABrowser() async throws {
        let store = try SQLiteStore(inMemory: "browser-seeds")
        let seeds = Fixtures.seeds
        try #require(!seeds.isEmpty, "the acceptance seeds belong in ../shared/acceptance/seeds")
        try Fixtures.store(try seeds.map { ($0.path, try Data(contentsOf: $0)) }, in: store)
        let shoigu = try #require(try store.people(named: "Sergei Shoigu").first)
        let articleID = try #require(shoigu.statements.first?.statement.articleID)
        var filter = QuoteFilter()
        filter.articleID = articleID
        let inArticle = try store.quotes(filter).count
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)

        try await Application(router: DictaServer.router(store: store), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            .test(.live) { client in
                let port = try #require(client.port)
                let speakerURL = "http://127.0.0.1:\(port)/speakers/\(shoigu.summary.id)"
                let dom = try await Browser.dom(speakerURL)
                #expect(dom.contains("<h1>Sergei Shoigu</h1>"))
                // The chart: one bar per month and one for undated statements, adding up to his statements.
                #expect(dom.contains("<svg class=\"timeline\""))
                let counts = Browser.values(of: "data-count", in: dom).compactMap(Int.init)
                #expect(!counts.isEmpty)
                #expect(counts.reduce(0, +) == shoigu.summary.quoteCount)
                #expect(shoigu.summary.quoteCount == 10)
                try await Browser.screenshot(speakerURL, to: Self.shots.appendingPathComponent("speaker.png"))

                let articleURL = "http://127.0.0.1:\(port)/articles/\(articleID)"
                let page = try await Browser.dom(articleURL)
                // Every statement of the article highlighted, with its speaker, cue and confidence on hover.
                let quoted = Set(Browser.values(of: "data-quote", in: page))
                #expect(quoted.count == inArticle)
                #expect(page.contains("<mark class=\"q sp0\""))
                #expect(page.contains("data-tip=\"Sergei Shoigu — "))
                #expect(page.contains(", confidence 0."))
                try await Browser.screenshot(articleURL, to: Self.shots.appendingPathComponent("article.png"))
            }
    }

    @Test func overviewAndSearchPagesInABrowser() async throws {
        let store = try Fixtures.memoryStore()
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)
        try await Application(router: DictaServer.router(store: store), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            .test(.live) { client in
                let port = try #require(client.port)
                let overview = "http://127.0.0.1:\(port)/overview"
                let dom = try await Browser.dom(overview)
                #expect(dom.contains("<h1>Who is quoted</h1>"))
                // The month chart adds up to every statement; the gender bar has its parts.
                #expect(Browser.values(of: "data-count", in: dom).compactMap(Int.init).reduce(0, +) == 3)
                #expect(dom.contains("<rect class=\"g-female\""))
                #expect(dom.contains("<rect class=\"g-male\""))
                try await Browser.screenshot(overview, to: Self.shots.appendingPathComponent("overview.png"))
                let search = "http://127.0.0.1:\(port)/?q=islands&order=relevance"
                let page = try await Browser.dom(search)
                #expect(page.contains("<mark class=\"hit\">islands</mark>"))
                #expect(page.contains("/api/quotes.csv?q=islands"))
                try await Browser.screenshot(search, to: Self.shots.appendingPathComponent("search.png"))
            }
    }

    /// A page whose title and quotes carry markup and attribute-breaking text: the browser
    /// must show it as text, and no script of it may run.
    static let hostile = """
        <html><head><title>Minister &lt;script&gt;document.title='pwned'&lt;/script&gt; "quoted" - Harbour Notes</title>
        <meta property="og:title" content="Minister &lt;script&gt;document.title='pwned'&lt;/script&gt; &quot;quoted&quot;">
        <meta property="article:published_time" content="2022-06-01T09:00:00Z"></head>
        <body><article><h1>Minister &lt;script&gt;document.title='pwned'&lt;/script&gt; "quoted"</h1>
        <p>"We fear &lt;script&gt;document.title='pwned'&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; in our harbour pages," said Mayor Anna Berg.</p>
        <p>"Names like ' onmouseover='alert(2)' x=' and '&gt;&lt;svg onload=alert(3)&gt; break nothing here," said Councillor Tom Reyes.</p>
        </article></body></html>
        """

    @Test func markupInTitlesAndQuotesIsShownAsText() async throws {
        let store = try Fixtures.memoryStore(pages: [("hostile.html", Data(Self.hostile.utf8))])
        let doc = try #require(try store.allArticles().first)
        #expect(doc.article.title?.contains("<script>") == true)
        #expect(doc.quotes.contains { $0.text.contains("<img src=x onerror=alert(1)>") })
        #expect(doc.quotes.contains { $0.text.contains("onmouseover='alert(2)'") })
        let berg = try #require(try store.speakers().first { $0.name == "Anna Berg" })
        let group = try #require(try store.statements(QuoteFilter()).first?.statement.groupID)

        try await Application(router: DictaServer.router(store: store), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            .test(.live) { client in
                let port = try #require(client.port)
                let pages = ["/articles/\(doc.article.id)", "/?q=harbour", "/speakers/\(berg.id)", "/statements/\(group)", "/speakers"]
                for path in pages {
                    let dom = try await Browser.dom("http://127.0.0.1:\(port)\(path)")
                    #expect(dom.contains("<main>"), "\(path) did not render")
                    // No element or attribute the payloads could have made (text `<` is serialised
                    // as `&lt;`, so every `<` starts a real tag), and no script ran.
                    for tag in Browser.tags(in: dom.lowercased()) {
                        #expect(!tag.hasPrefix("script") && !tag.hasPrefix("img"), "\(path): <\(tag)>")
                        for handler in [" onerror=", " onmouseover=", " onload="] {
                            #expect(!tag.contains(handler), "\(path): <\(tag)>")
                        }
                    }
                    #expect(!dom.contains("<title>pwned"), "\(path)")
                    // The payload is there, as text (the speakers list shows no title or quote).
                    #expect(path == "/speakers" || dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "\(path)")
                }
            }
    }
}

/// Headless Chromium, run as a command.
enum Browser {
    static let required = ProcessInfo.processInfo.environment["DICTA_BROWSER_TESTS"] == "1"

    static let path: String? = {
        let env = ProcessInfo.processInfo.environment["CHROMIUM"].map { [$0] } ?? []
        return (env + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                        "--no-first-run", "--disable-extensions", "--virtual-time-budget=3000"]

    /// The DOM after the page has loaded, as Chromium serialises it.
    static func dom(_ url: String) async throws -> String {
        try await run(flags + ["--dump-dom", url])
    }

    static func screenshot(_ url: String, to file: URL) async throws {
        try? FileManager.default.removeItem(at: file)
        _ = try await run(flags + ["--window-size=1280,1400", "--screenshot=\(file.path)", url])
        #expect(FileManager.default.fileExists(atPath: file.path), "no screenshot at \(file.path)")
    }

    /// Runs Chromium with a time limit and returns what it printed. It is awaited, never
    /// waited for: the server it loads from answers on the same process's task threads.
    static func run(_ arguments: [String]) async throws -> String {
        let binary = try #require(path, "Chromium is required here (DICTA_BROWSER_TESTS=1) but was not found")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dicta-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("stdout")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--user-data-dir=\(dir.appendingPathComponent("profile").path)"] + arguments
        p.standardOutput = handle
        p.standardError = FileHandle.nullDevice
        let limit = Task {
            try await Task.sleep(for: .seconds(90))
            if p.isRunning { p.terminate() }
        }
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            p.terminationHandler = { _ in done.resume() }
            do { try p.run() } catch { done.resume(throwing: error) }
        }
        limit.cancel()
        try handle.close()
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    /// Every tag of serialised HTML, without its `<` and `>`.
    static func tags(in html: String) -> [String] {
        html.split(separator: "<").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    /// The values of attribute `name` in serialised HTML.
    static func values(of name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
