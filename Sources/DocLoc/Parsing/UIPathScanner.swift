import Foundation

/// Finds UI paths in a run of inlines (see `UIPath`).
struct UIPathScanner {
    /// Words that, between a path and a bold label after it, make that label the path's last step.
    static let selectionVerbs: Set<String> = [
        "select", "choose", "click", "tap", "open", "selecteer", "kies", "klik", "tik", "open",
    ]
    /// At most this many words may stand around a `>` in a loose join.
    static let looseWordLimit = 5
    static let continuationWordLimit = 8

    private struct Element {
        var label: String
        var location: SourceLocation
        var isLink: Bool
        /// Plain text between the previous element and this one.
        var gap: String
    }

    static func paths(in inlines: [Inline], section: Int) -> [UIPath] {
        var elements: [Element] = []
        var gap = ""
        for inline in inlines {
            switch inline.kind {
            case .strong(let children), .link(_, _, let children):
                let label = children.plainText.trimmingSpaces
                if label.isEmpty {
                    gap += inline.plainText
                    continue
                }
                var isLink = false
                if case .link = inline.kind { isLink = true }
                elements.append(Element(label: label, location: inline.range.lowerBound, isLink: isLink, gap: gap))
                gap = ""
            default:
                gap += inline.plainText
            }
        }
        var paths: [UIPath] = []
        var current: [UIPath.Segment] = []
        func finish() {
            if current.count >= 2 { paths.append(UIPath(segments: current, section: section)) }
            current = []
        }
        for element in elements {
            let segment = { (join: UIPath.Segment.Join) in
                UIPath.Segment(label: element.label, location: element.location, isLink: element.isLink, join: join)
            }
            if current.isEmpty {
                current = [segment(.start)]
                continue
            }
            if let join = join(element.gap) {
                current.append(segment(join))
            } else if current.count >= 2, current.last?.join != .continuation, isContinuation(element.gap) {
                current.append(segment(.continuation))
                finish()
            } else {
                finish()
                current = [segment(.start)]
            }
        }
        finish()
        return paths
    }

    private static func join(_ gap: String) -> UIPath.Segment.Join? {
        let arrows = gap.filter { $0 == ">" }.count
        guard arrows == 1 else { return nil }
        let trimmed = gap.trimmingSpaces
        if trimmed == ">" { return .arrow }
        if trimmed.contains(where: { ".:;!?()".contains($0) }) { return nil }
        let words = words(trimmed.replacingOccurrences(of: ">", with: " "))
        return words.count <= looseWordLimit ? .loose : nil
    }

    private static func isContinuation(_ gap: String) -> Bool {
        guard !gap.contains(">"), !gap.contains(where: { ".:;!?".contains($0) }) else { return false }
        let words = words(gap.lowercased())
        return words.count <= continuationWordLimit && words.contains(where: selectionVerbs.contains)
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "-" }).map(String.init)
    }
}
