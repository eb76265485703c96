/// Link and image targets as drift compares them: locale segments (`/en-us/`, `/nl-nl/`) removed, scheme and
/// host lowercased, `docs.microsoft.com` and `learn.microsoft.com` taken as the site itself (as `/path`),
/// `http` as `https`, a trailing slash dropped.
enum TargetNormalizer {
    static func normalize(_ destination: String) -> String {
        var target = destination.trimmingSpaces
        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
        var prefix = ""
        if let schemeEnd = target.quickRange(of: "://") {
            let afterScheme = target[schemeEnd.upperBound...]
            let hostEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
            var host = afterScheme[..<hostEnd].lowercased()
            if host == "docs.microsoft.com" { host = "learn.microsoft.com" }
            var scheme = target[..<schemeEnd.lowerBound].lowercased()
            if scheme == "http" { scheme = "https" }
            // A link to the docs site written in full is the same as the site-absolute path.
            prefix = host == "learn.microsoft.com" ? "" : "\(scheme)://\(host)"
            target = String(afterScheme[hostEnd...])
        }
        let split = LinkTarget(target)
        var path = split.path.isByteCharacters
            ? withoutLocaleSegments(split.path)
            : split.path.split(separator: "/", omittingEmptySubsequences: false)
                .filter { !isLocaleSegment($0) }
                .joined(separator: "/")
        if path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        var result = prefix + path
        if let query = split.query { result += "?" + query }
        if let fragment = split.fragment { result += "#" + fragment }
        return result
    }

    /// `en-us`, `nl-NL`, `zh-hans-cn`: a language-region path segment.
    static func isLocaleSegment(_ segment: Substring) -> Bool {
        let parts = segment.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 2, parts.last?.count == 2 else { return false }
        if parts.count == 3, parts[1].count != 4 { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    /// The path without its locale segments, on the bytes of a path whose bytes are its characters: the same as
    /// splitting at `/`, dropping the segments `isLocaleSegment` accepts and joining with `/`.
    static func withoutLocaleSegments(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        var first = true
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
            let segment = bytes[start..<end]
            if !isLocaleSegment(bytes: segment) {
                if !first { out.append(UInt8(ascii: "/")) }
                out.append(contentsOf: segment)
                first = false
            }
            start = end + 1
        }
        return out.count == bytes.count ? path : String(decoding: out, as: UTF8.self)
    }

    /// `isLocaleSegment` on ASCII bytes: two letters, a hyphen, two letters; or two, four and two letters.
    static func isLocaleSegment(bytes segment: ArraySlice<UInt8>) -> Bool {
        guard segment.count == 5 || segment.count == 10 else { return false }
        var parts: [Int] = []
        var length = 0
        for byte in segment {
            if byte == UInt8(ascii: "-") {
                parts.append(length)
                length = 0
            } else if byte.isASCIILetter {
                length += 1
            } else {
                return false
            }
        }
        parts.append(length)
        return parts == [2, 2] || parts == [2, 4, 2]
    }
}
