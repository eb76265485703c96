/// `structure`: per aligned section, the block skeleton (paragraphs, steps, list items, tables, alerts, code
/// blocks, includes) must be the same. One finding per kind of element that differs, pointing at the first
/// element that has no counterpart.
struct StructureComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            let source = BlockSkeleton(pair.source.sections[match.source].blocks).elements
            let translated = BlockSkeleton(pair.translation.sections[match.translation].blocks).elements
            if source == translated { continue }
            // Unmatched elements, each with the line of the other side where it would be: just after the
            // last element both sides share.
            var unmatchedSource: [(element: BlockSkeleton.Element, other: Int)] = []
            var unmatchedTranslation: [(element: BlockSkeleton.Element, other: Int)] = []
            var lastSource = pair.sourceLine(ofSection: match.source)
            var lastTranslation = pair.translationLine(ofSection: match.translation)
            for op in SequenceDiff.diff(source, translated) {
                switch op {
                case .equal(let i, let j):
                    lastSource = source[i].line
                    lastTranslation = translated[j].line
                case .delete(let i): unmatchedSource.append((source[i], lastTranslation))
                case .insert(let j): unmatchedTranslation.append((translated[j], lastSource))
                }
            }
            let categories = Set((unmatchedSource + unmatchedTranslation).map(\.element.category)).sorted()
            let section = pair.sourceName(ofSection: match.source)
            for category in categories {
                let s = unmatchedSource.filter { $0.element.category == category }
                let t = unmatchedTranslation.filter { $0.element.category == category }
                let sourceCount = source.count { $0.category == category }
                let translationCount = translated.count { $0.category == category }
                let sourceLine = s.first?.element.line ?? t.first?.other ?? pair.sourceLine(ofSection: match.source)
                let translationLine = t.first?.element.line ?? s.first?.other ?? pair.translationLine(ofSection: match.translation)
                let message: String
                if sourceCount != translationCount {
                    message = "section \(section) has \(Self.count(sourceCount, category)) in the source, "
                        + "\(translationCount) in the translation"
                } else {
                    let detail = zip(s, t).map { "\($0.element.shape) → \($1.element.shape)" }.joined(separator: ", ")
                    message = "section \(section): \(Self.plural(category)) differ in shape (source → translation: \(detail))"
                }
                findings.append(DriftFinding(.structure, message, source: sourceLine, translation: translationLine))
            }
        }
        return findings
    }

    static func count(_ n: Int, _ category: String) -> String {
        "\(n) \(n == 1 ? category : plural(category))"
    }

    static func plural(_ category: String) -> String {
        category.hasSuffix("s") ? category : category + "s"
    }
}
