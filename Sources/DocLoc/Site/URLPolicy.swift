/// Which URLs may reach a page: relative references and the `http`, `https` and `mailto` schemes. Everything
/// else (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused, however it is spelled: browsers ignore
/// tabs, newlines and case in a scheme, so the check does too.
public enum URLPolicy {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    /// Schemes an image may load from (no `mailto`, no `data`).
    public static let allowedImageSchemes: Set<String> = ["http", "https"]

    /// The scheme of a URL as a browser reads it (lowercased, whitespace and controls removed), or nil for a
    /// relative reference.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar == "/" || scalar == "?" || scalar == "#" { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    public static func isSafeLink(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        return allowedSchemes.contains(scheme)
    }

    public static func isSafeImage(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        return allowedImageSchemes.contains(scheme)
    }

    /// True for `https://…`, `//host/…`, `mailto:…`: a URL that leaves the site.
    public static func isExternal(_ url: String) -> Bool {
        scheme(of: url) != nil || url.hasPrefix("//")
    }
}
