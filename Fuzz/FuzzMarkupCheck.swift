import Foundation

/// What the fuzz target asserts about a rendered body: no element outside the renderer's and the
/// sanitizer's vocabulary, no event or style attribute, no URL with a scheme other than http, https, mailto.
enum FuzzMarkupCheck {
    static let elements: Set<String> = Set(HTMLSanitizer.allowedElements.keys).union([
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "details", "summary",
    ])

    static func firstProblem(in body: String) -> String? {
        for tag in HTMLTagScanner.startTags(in: body) {
            if !elements.contains(tag.name) { return "element <\(tag.name)>" }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") || name == "style" || name == "srcdoc" { return "attribute \(name) on <\(tag.name)>" }
                if name == "href" || name == "src", let scheme = URLPolicy.scheme(of: decoded(value)),
                    !URLPolicy.allowedSchemes.contains(scheme)
                {
                    return "\(name)=\"\(value)\" on <\(tag.name)>"
                }
            }
        }
        return nil
    }

    private static func decoded(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
