/// The allow-list for raw HTML in Markdown. libxml2 parses a fragment; only listed elements and attributes
/// are re-serialized through `HTMLWriter`; URLs go through `URLRewriting` (which refuses `javascript:` and
/// `data:`); `on…` event attributes and `style` never pass. Unknown elements are unwrapped (their text stays,
/// escaped); scripts, styles, frames and embedded objects are dropped with their content.
public enum HTMLSanitizer {
    /// Allowed elements and the attributes each may keep besides `globalAttributes`.
    static let allowedElements: [String: Set<String>] = [
        "a": ["href", "name"], "br": [], "sup": [], "sub": [], "kbd": [], "b": [], "i": [], "em": [], "strong": [],
        "code": [], "s": [], "u": [], "del": [], "ins": [], "small": [], "span": [], "div": [], "p": [], "pre": [],
        "ul": [], "ol": ["start"], "li": [], "dl": [], "dt": [], "dd": [], "blockquote": [], "hr": [],
        "table": [], "caption": [], "thead": [], "tbody": [], "tfoot": [], "tr": [], "colgroup": ["span"],
        "col": ["span"], "th": ["colspan", "rowspan", "scope"], "td": ["colspan", "rowspan"],
        "img": ["src", "alt", "width", "height"],
    ]
    static let globalAttributes: Set<String> = ["id", "title", "lang", "dir"]
    /// Dropped with everything inside them.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript",
        "noembed", "noframes", "textarea", "select", "option", "svg", "math", "head", "title", "xmp", "plaintext",
        "audio", "video", "canvas",
    ]
    static let numericAttributes: Set<String> = ["width", "height", "colspan", "rowspan", "start", "span"]

    /// What to do with one start tag.
    public enum Verdict: Equatable, Sendable {
        /// Write this element with these attributes.
        case keep(name: String, attributes: [(String, String)])
        /// Leave the tag out, keep what is inside.
        case unwrap
        /// Leave the tag and everything inside out.
        case drop

        public static func == (a: Verdict, b: Verdict) -> Bool {
            switch (a, b) {
            case (.unwrap, .unwrap), (.drop, .drop): true
            case (.keep(let n1, let a1), .keep(let n2, let a2)): n1 == n2 && a1.elementsEqual(a2, by: ==)
            default: false
            }
        }
    }

    /// Sanitizes a parsed fragment into `writer`.
    public static func write<R: URLRewriting>(
        _ nodes: [HTMLNode], into writer: inout HTMLWriter, ids: inout IDRegistry, urls: inout R
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                writer.text(text)
            case .element(let name, let attributes, let children):
                switch verdict(name: name, attributes: attributes, ids: &ids, urls: &urls) {
                case .drop:
                    continue
                case .unwrap:
                    write(children, into: &writer, ids: &ids, urls: &urls)
                case .keep(let kept, let keptAttributes):
                    if HTMLWriter.voidElements.contains(kept) {
                        writer.void(kept, keptAttributes)
                    } else {
                        writer.open(kept, keptAttributes)
                        write(children, into: &writer, ids: &ids, urls: &urls)
                        writer.close(kept)
                    }
                }
            }
        }
    }

    /// The verdict for one element; `name` on `a` becomes `id`, ids already used on the page are dropped.
    public static func verdict<R: URLRewriting>(
        name: String, attributes: [HTMLAttribute], ids: inout IDRegistry, urls: inout R
    ) -> Verdict {
        if droppedWithContent.contains(name) { return .drop }
        guard let allowed = allowedElements[name] else { return .unwrap }
        var kept: [(String, String)] = []
        var seen: Set<String> = []
        for attribute in attributes {
            var key = attribute.name
            var value = attribute.value
            guard allowed.contains(key) || globalAttributes.contains(key) else { continue }
            if key == "name" { key = "id" }
            guard !seen.contains(key) else { continue }
            if numericAttributes.contains(key), value.isEmpty || !value.allSatisfy(\.isASCII) || Int(value) == nil {
                continue
            }
            switch key {
            case "href":
                guard let rewritten = urls.link(value) else { continue }
                value = rewritten
            case "src":
                guard let rewritten = urls.image(value) else { return .drop }
                value = rewritten
            case "id":
                guard ids.claim(value) else { continue }
            default:
                break
            }
            seen.insert(key)
            kept.append((key, value))
        }
        if name == "img", !seen.contains("src") { return .drop }
        if name == "img", !seen.contains("alt") { kept.append(("alt", "")) }
        if name == "a", kept.isEmpty { return .unwrap }
        return .keep(name: name, attributes: kept)
    }
}
