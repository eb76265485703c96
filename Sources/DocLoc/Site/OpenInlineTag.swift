/// A raw-HTML element an inline tag opened: written (and to be closed), left out, or dropped with its content.
struct OpenInlineTag {
    enum Mode { case written, unwrapped, dropped }
    var name: String
    var mode: Mode
}
