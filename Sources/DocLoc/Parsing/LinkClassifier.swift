/// Sorts link destinations into the kinds of `Link.Kind`.
enum LinkClassifier {
    static func classify(_ destination: String) -> (Link.Kind, Int?) {
        let lower = destination.lowercased()
        if lower.hasPrefix("#") { return (.fragment, nil) }
        if let id = fwlinkID(lower) { return (.fwlink, id) }
        if lower.hasPrefix("//") || hasScheme(lower) { return (.external, nil) }
        if lower.hasPrefix("/") { return (.siteAbsolute, nil) }
        return (.relativeFile, nil)
    }

    /// `https://go.microsoft.com/fwlink/?linkid=2053743` (also `/fwlink/p/`, `LinkId=`) → 2053743.
    static func fwlinkID(_ lower: String) -> Int? {
        guard lower.quickRange(of: "go.microsoft.com/fwlink") != nil, let q = lower.firstIndex(of: "?") else { return nil }
        for pair in lower[lower.index(after: q)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == "linkid" {
                return Int(parts[1].prefix(while: { $0.isNumber }))
            }
        }
        return nil
    }

    private static func hasScheme(_ lower: String) -> Bool {
        if lower.isByteCharacters {
            guard let colon = lower.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
            let scheme = lower.utf8[..<colon]
            guard let first = scheme.first, first.isASCIILetter else { return false }
            return scheme.allSatisfy { $0.isASCIILetter || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        }
        guard let colon = lower.firstIndex(of: ":") else { return false }
        let scheme = lower[..<colon]
        guard let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
