/// Turns the URLs written in an article into the URLs a page links to. The sanitizer and the renderer call
/// it for every `href` and `src`; nil means the URL must not reach the page.
public protocol URLRewriting {
    /// The `href` for a link destination.
    mutating func link(_ destination: String) -> String?
    /// The `src` for an image source.
    mutating func image(_ source: String) -> String?
}
