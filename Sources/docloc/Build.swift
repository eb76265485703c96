import ArgumentParser
import DocLoc
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the static help site for every locale, with translation banners and a status dashboard.",
        discussion: """
            The default theme is built into docloc; a templates folder (--templates, or ./templates when it \
            exists) overrides any of its files. The site is written into a staging folder beside --out and swapped \
            into place; files in --out that docloc did not write are kept. With --incremental, pages whose inputs \
            are unchanged since the last build (recorded in --out/.docloc-cache) are reused instead of rendered, \
            and the site replaced is kept beside --out (.<out>.docloc-spare) for the next incremental build to \
            write into; a full build removes it.
            """)

    @OptionGroup var options: ContentOptions

    @Option(help: "A folder of templates and assets that override the built-in theme (default: ./templates if present).")
    var templates: String?

    @Option(help: "The output folder.")
    var out: String = "_site"

    @Flag(help: "Reuse the pages of the previous build in --out whose inputs have not changed (article, source, includes, drift verdict, templates, configuration, docloc itself).")
    var incremental = false

    @Flag(help: "Check every page with libxml2's XML parser; publish nothing and exit 1 if one is not well-formed.")
    var verify = false

    func run() throws {
        let started = Date()
        let outURL = URL(fileURLWithPath: out)
        // The previous build's cache: its summaries spare the loader parsing the files that did not change. Read on
        // a thread of its own while the loader finds the files (5 ms of an incremental build of the real corpus);
        // started first, since the loader waits for it, and used only if this docloc wrote it.
        let previousFolder = outURL.standardizedFileURL.resolvingSymlinksInPath()
        let previousLoad = incremental ? BackgroundWork(ownThread: true) { BuildCache.load(from: previousFolder, deferringTables: true) } : nil
        let overrides = templates.map { URL(fileURLWithPath: $0) }
            ?? Theme.defaultOverrides(currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        Terminal.progress("docloc: reading \(options.content) …")
        let generator = SiteBuilder.executableIdentity()
        // Templates compile on another thread while the previous cache and the content are read (3 ms of an
        // incremental build of the real corpus); a template error still comes first.
        let themeLoad = BackgroundWork { Result { try Theme.load(overrides: overrides) } }
        // A file older than the previous cache, with its recorded size and time, is not even read.
        let cacheWritten = FileStamp.of(path: previousFolder.appendingPathComponent(BuildCache.fileName).path)?.modified ?? 0
        // The output folder is made ready — with --incremental, the spare emptied of what the site no longer has —
        // on another thread while the content is read.
        let (contentURL, recycling) = (URL(fileURLWithPath: options.content), incremental)
        let folderWork = BackgroundWork { Result { try OutputFolder.prepare(outURL, content: contentURL, recycling: recycling) } }
        // Taken out of the Optional, not copied: a Result left holding the content set kept it alive to the end of
        // the build, which lets go of it once the pages are written (+26 MB at the peak of a 50k-pair build).
        var pendingSummaries: (@Sendable () -> CacheTable<DocumentSummary>)?
        if let previousLoad { pendingSummaries = { previousLoad.wait().written(by: generator).documents } }
        var loaded: Result<ContentSet, any Error>? = Result {
            try options.load(pendingSummaries: pendingSummaries, trustedBefore: incremental ? cacheWritten : 0, walkingTree: true)
        }
        // Taken, not kept by the job: the builder lets go of the records it has copied.
        var previous = previousLoad?.take().written(by: generator)
        let theme: Theme
        let content: ContentSet
        do {
            theme = try themeLoad.wait().get()
            content = try loaded.take()!.get()
        } catch {
            if case .success(let folder) = folderWork.wait() { folder.discard() }
            throw error
        }
        let folder = try folderWork.wait().get()
        Terminal.progress("docloc: comparing and rendering …")
        let (documents, parsed, pairs) = (content.documents.count, content.documents.count { !$0.isSummarized }, content.pairs.count)
        // Handed over, not shared: the builder lets go of the records and documents it is done with.
        // docloc exits when the build returns: the articles parsed are not freed one by one (`ProcessLifetime`).
        let result = try SiteBuilder(
            content: consume content, theme: theme, verify: verify, incremental: incremental, previous: previous.take(), generator: generator,
            freesHeldContent: false
        ).build(in: folder)
        for page in result.malformed { Terminal.error(page.description) }
        guard result.published else {
            Terminal.error("docloc: \(result.malformed.count) page(s) are not well-formed XML; '\(out)' was left unchanged")
            throw ExitCode(1)
        }
        let seconds = Date().timeIntervalSince(started)
        Terminal.write(
            "docloc: wrote \(result.articlePages) pages (\(result.renderedPages) rendered, \(result.reusedPages) reused; "
                + "\(result.files.count) files, \(result.copiedFiles - result.reusedFiles) copied, \(result.keptFiles) unchanged) to \(out) "
                + "in \(DurationText.seconds(seconds)) s\n")
        if incremental {
            Terminal.write(
                "docloc: unchanged since the last build: \(documents - parsed) of \(documents) "
                    + "articles (not parsed), \(result.reusedVerdicts) of \(pairs) pairs (not compared), "
                    + "\(result.reusedFiles) of \(result.copiedFiles) files (linked, not copied), "
                    + "\(result.copiedRows) of \(result.writtenRows) index and dashboard rows (copied, not rendered)\n")
        }
    }
}
