/// The libFuzzer entry point (`make fuzz`). Compiled together with the sources of DocLoc (so their internals
/// are reachable and instrumented), never part of `swift build`.
///
/// Each input is parsed as an article file, then its body is rendered the way `docloc build` renders a page,
/// with an include provider that hands back the same article for every include (a cycle on every
/// `[!INCLUDE]`). Properties checked, besides "no crash, no hang, no sanitizer report":
/// the rendered body is well-formed XML, and no script, frame, style, event attribute or dangerous URL
/// scheme reaches it.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let parsed = ArticleParser(maximumFileSize: 1 << 20).parse(bytes: bytes, path: "en-US/fuzz.md")
    guard parsed.isUsable else { return 0 }
    let assets = SiteAssetLookup(files: ["en-US/media/a.png"], locales: ["en-US", "nl-NL"])
    var renderer = ArticleRenderer(
        strings: SiteStrings.for(locale: "nl-NL"),
        links: SiteLinkResolver(pages: ["en-US": ["fuzz.md": "en-US/fuzz.html"]], locales: ["en-US", "nl-NL"], assets: assets),
        assets: assets, includes: FuzzIncludes(article: parsed.article), sourceLocale: "en-US",
        pagePath: "nl-NL/fuzz.html", pageLocale: "nl-NL", documentPath: "en-US/fuzz.md")
    let body = renderer.render(parsed.article).body
    if let error = LibXML2.xmlWellFormednessError(Array("<div>".utf8) + body + Array("</div>".utf8)) {
        fatalError("rendered body is not well-formed XML: line \(error.line): \(error.message)")
    }
    if let problem = FuzzMarkupCheck.firstProblem(in: String(decoding: body, as: UTF8.self)) {
        fatalError("rendered body carries live markup: \(problem)")
    }
    return 0
}
