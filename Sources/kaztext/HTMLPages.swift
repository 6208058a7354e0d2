import Foundation
import KazakhText

/// Writes rendered document sections as HTML pages, `perPage` sections a page.
///
/// With `-o out.html`: when every section fits on one page, `out.html` is that page; otherwise
/// the pages are `out-1.html`, `out-2.html`, ... (each linking to its neighbours and to the
/// index) and `out.html` is an index that links every document to its page. Without a path
/// (or with `-`), one page holding every section goes to standard output.
struct HTMLPages {
    let title: String
    let path: String?
    let perPage: Int
    /// Shown at the top of every page and of the index (the eval page's per-label table).
    let header: [UInt8]
    /// The sections of the page being filled, one after another.
    private var body: [UInt8] = []
    private var sectionCount = 0
    private var entries: [HTMLPage.IndexEntry] = []
    private var pagesWritten = 0
    /// `out` for `-o out.html` (with its folder), and its last component, which page links use.
    private let base: String
    private let baseName: String
    private let indexName: String

    init(title: String, path: String?, perPage: Int, header: [UInt8] = []) {
        self.title = title
        self.header = header
        let path = path == "-" ? nil : path
        self.path = path
        self.perPage = perPage
        let base = path.map { $0.hasSuffix(".html") ? String($0.dropLast(5)) : $0 } ?? ""
        self.base = base
        baseName = URL(fileURLWithPath: base).lastPathComponent
        indexName = URL(fileURLWithPath: path ?? "index.html").lastPathComponent
    }

    private func pageName(_ number: Int) -> String { baseName + "-\(number).html" }

    private func pagePath(_ number: Int) -> String { base + "-\(number).html" }

    /// Adds the section of document `index` (its id, date and span summary go to the index).
    mutating func add(section: [UInt8], index: Int, id: String, date: String?, summary: String) throws {
        if path != nil && sectionCount == perPage {
            try writePage(number: pagesWritten + 1, hasNext: true)
        }
        body.append(contentsOf: section)
        sectionCount += 1
        let number = path == nil ? 1 : pagesWritten + 1
        entries.append(HTMLPage.IndexEntry(index: index, id: id, date: date, summary: summary, page: pageName(number)))
    }

    /// Writes what is left: the single page, or the last page and the index. `intro` heads the index.
    mutating func finish(intro: String) throws {
        guard let path else {
            try Self.write(HTMLPage.page(title: title, navigation: "", body: header + body),
                           to: OutputSink(standardOutput: StandardStreams.standardOutput!))
            return
        }
        if pagesWritten == 0 {
            try write(HTMLPage.page(title: title, navigation: "", body: header + body), to: path)
            return
        }
        try writePage(number: pagesWritten + 1, hasNext: false)
        let nav = HTMLPage.navigation(index: nil, previous: nil, next: pageName(1), label: "index of \(pagesWritten) pages")
        try write(HTMLPage.page(title: title, navigation: nav, body: header + HTMLPage.indexBody(intro: intro, entries: entries)), to: path)
    }

    private mutating func writePage(number: Int, hasNext: Bool) throws {
        let nav = HTMLPage.navigation(index: indexName, previous: number > 1 ? pageName(number - 1) : nil,
                                      next: hasNext ? pageName(number + 1) : nil, label: "page \(number)")
        try write(HTMLPage.page(title: "\(title) (page \(number))", navigation: nav, body: header + body),
                  to: pagePath(number))
        body.removeAll(keepingCapacity: true)
        sectionCount = 0
        pagesWritten = number
    }

    /// Writes one page atomically (a temporary file beside it, renamed when complete).
    private func write(_ bytes: [UInt8], to file: String) throws {
        let sink: OutputSink
        do { sink = try OutputSink(path: file) } catch { throw SysExit.fail(SysExit.cannotCreate, error.description) }
        try Self.write(bytes, to: sink)
    }

    private static func write(_ bytes: [UInt8], to sink: OutputSink) throws {
        guard sink.write(bytes) else {
            sink.abandon()
            throw SysExit.fail(SysExit.ioError, sink.failure?.description ?? "\(sink.name): write error")
        }
        do { try sink.commit() } catch { throw SysExit.fail(SysExit.ioError, error.description) }
    }
}
