/// Content-relative path arithmetic: resolving a relative reference against an article's folder without ever
/// leaving the content tree.
enum ContentPath {
    /// The folder of a content-relative file path: `nl-NL/admin/x.md` → `nl-NL/admin`.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// `reference` resolved against `folder`, `.` and `..` removed; nil when it climbs above the content root.
    static func resolve(_ reference: String, against folder: String) -> String? {
        if reference.isByteCharacters, folder.isByteCharacters { return resolveBytes(reference, against: folder) }
        var parts = folder.split(separator: "/").map(String.init)
        for part in reference.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `resolve` on the bytes of a reference and folder whose bytes are their characters.
    private static func resolveBytes(_ reference: String, against folder: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = folder.utf8.split(separator: slash)
        for part in reference.utf8.split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folder.utf8.count + reference.utf8.count + 1)
        for (i, part) in parts.enumerated() {
            if i > 0 { bytes.append(slash) }
            bytes.append(contentsOf: part)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same path in another locale folder: `nl-NL/media/a.png` → `en-US/media/a.png`.
    static func inLocale(_ path: String, from locale: String, to other: String) -> String? {
        guard path.hasPrefix(locale + "/") else { return nil }
        return other + path.dropFirst(locale.count)
    }
}
