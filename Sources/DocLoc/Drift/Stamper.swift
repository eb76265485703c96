import Foundation

/// `docloc stamp`: records in a translation the fingerprint of its source as it is today
/// (`ms.openlocfilehash`) and today's date (`ms.lasthandoff`), changing no other byte.
public struct Stamper: Sendable {
    public enum Outcome: Hashable, Sendable {
        case stamped(fingerprint: String)
        /// The file already records today's fingerprint; it is left alone.
        case unchanged(fingerprint: String)
        /// The file is not a translation with a source in its content set.
        case noSource(reason: String)
    }

    public struct Result: Hashable, Sendable {
        public var path: String
        public var outcome: Outcome
    }

    /// The hand-off date written, `MM/dd/yyyy` as Microsoft's pipeline writes it.
    public var handoffDate: String

    public init(date: Date = Date()) {
        handoffDate = Self.format(date)
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d/%02d/%04d", c.month ?? 1, c.day ?? 1, c.year ?? 1970)
    }

    /// The bytes of a translation with the two values set.
    public func stamp(_ bytes: [UInt8], fingerprint: String) -> [UInt8] {
        FrontMatterStamp(values: [("ms.openlocfilehash", fingerprint), ("ms.lasthandoff", handoffDate)]).apply(to: bytes)
    }

    /// Stamps translation files of a content set, given by path (absolute or relative to the working folder).
    public func stamp(files: [URL], in content: ContentSet) throws -> [Result] {
        let root = content.root.resolvingSymlinksInPath().path
        var results: [Result] = []
        for file in files {
            let real = file.standardizedFileURL.resolvingSymlinksInPath().path
            guard real.hasPrefix(root + "/") else {
                results.append(Result(path: file.path, outcome: .noSource(reason: "it is not inside the content folder \(content.root.path)")))
                continue
            }
            let path = String(real.dropFirst(root.count + 1))
            guard let pair = content.pairs.first(where: { $0.translation.map { content.documents[$0].path } == path }) else {
                results.append(Result(path: path, outcome: .noSource(reason: "it is not a translation (not in a translation locale folder)")))
                continue
            }
            guard let s = pair.source, let fingerprint = content.documents[s].fingerprint else {
                results.append(Result(path: path, outcome: .noSource(reason: "it has no source article in \(content.configuration.source)")))
                continue
            }
            guard let data = FileManager.default.contents(atPath: real) else { throw DocLocError.fileNotFound(path: path) }
            let bytes = [UInt8](data)
            if content.document(at: path)?.article.frontMatter.openLocFileHash?.lowercased() == fingerprint {
                results.append(Result(path: path, outcome: .unchanged(fingerprint: fingerprint)))
                continue
            }
            let stamped = stamp(bytes, fingerprint: fingerprint)
            do {
                try Data(stamped).write(to: URL(fileURLWithPath: real), options: .atomic)
            } catch {
                throw DocLocError.outputNotWritable(path: path, reason: error.localizedDescription)
            }
            results.append(Result(path: path, outcome: .stamped(fingerprint: fingerprint)))
        }
        return results
    }

    /// The content folder a file belongs to: the nearest folder above it with a docloc.yml, or one that holds
    /// the file's locale folder beside another locale folder (`content/nl-NL/…` next to `content/en-US`; both
    /// language-region tags, so `/tmp` beside `/usr` is not taken for one).
    public static func contentRoot(for file: URL) -> URL? {
        let files = FileManager.default
        var folder = file.standardizedFileURL.deletingLastPathComponent()
        while folder.pathComponents.count > 1 {
            if files.fileExists(atPath: folder.appendingPathComponent("docloc.yml").path) { return folder }
            let parent = folder.deletingLastPathComponent()
            if isRegionalTag(folder.lastPathComponent) {
                let siblings = (try? files.contentsOfDirectory(atPath: parent.path)) ?? []
                if siblings.contains(where: { $0 != folder.lastPathComponent && isRegionalTag($0) }) { return parent }
            }
            folder = parent
        }
        return nil
    }

    /// `nl-NL`, `zh-Hans-CN`: a locale tag with a region, as locale folders are named.
    private static func isRegionalTag(_ name: String) -> Bool {
        guard LocaleTag.isLocaleTag(name), let region = name.split(separator: "-").last, name.contains("-") else { return false }
        return region.count == 2 && region.allSatisfy(\.isUppercase)
    }
}
