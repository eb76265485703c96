/// `code-changed`: code blocks of an aligned section must be identical (line endings and trailing spaces
/// aside), and the inline code the source uses must appear in the translation and the other way round.
struct CodeComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourceInline = DriftPair.bySection(pair.source.inlineCode, \.section)
        let translatedInline = DriftPair.bySection(pair.translation.inlineCode, \.section)
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            let section = pair.sourceName(ofSection: match.source)
            let s = Self.codeBlocks(pair.source.sections[match.source].blocks)
            let t = Self.codeBlocks(pair.translation.sections[match.translation].blocks)
            if s.count == t.count {  // a different count is a structure finding
                for (a, b) in zip(s, t) where Self.normalized(a.code) != Self.normalized(b.code) {
                    let line = Self.firstDifferentLine(a.code, b.code)
                    findings.append(DriftFinding(
                        .codeChanged, "code block in section \(section) differs from the source (from its line \(line + 1) on)",
                        source: a.line + 1 + line, translation: b.line + 1 + line))
                }
            }
            let sourceCode = sourceInline[match.source] ?? []
            let translatedCode = translatedInline[match.translation] ?? []
            let sourceTexts = Set(sourceCode.map(\.text)), translatedTexts = Set(translatedCode.map(\.text))
            var seen = Set<String>()
            let lost = sourceCode.filter { !translatedTexts.contains($0.text) && seen.insert($0.text).inserted }
            seen = []
            let new = translatedCode.filter { !sourceTexts.contains($0.text) && seen.insert($0.text).inserted }
            // One lost and one new code span is a change; more are listed one by one.
            let changes: [(TextRun?, TextRun?)] = lost.count == 1 && new.count == 1
                ? [(lost[0], new[0])] : lost.map { ($0, nil) } + new.map { (nil, $0) }
            for (a, b) in changes {
                let message = switch (a, b) {
                case (let a?, let b?): "inline code `\(Self.visible(a.text))` in the source is `\(Self.visible(b.text))` in the translation (section \(section))"
                case (let a?, nil): "inline code `\(Self.visible(a.text))` in the source is missing from the translation of section \(section)"
                case (nil, let b?): "the translation has inline code `\(Self.visible(b.text))` that section \(section) of the source does not"
                case (nil, nil): ""
                }
                findings.append(DriftFinding(
                    .codeChanged, message, source: a?.location.line ?? pair.sourceLine(ofSection: match.source),
                    translation: b?.location.line ?? pair.translationLine(ofSection: match.translation)))
            }
        }
        return findings
    }

    /// Code as text with invisible characters spelled out (`3600\u{200E}`), so a finding shows the difference.
    static func visible(_ code: String) -> String {
        code.unicodeScalars.map { scalar in
            let invisible = scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .control
            return invisible ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }.joined()
    }

    static func codeBlocks(_ blocks: [Block]) -> [(code: String, line: Int)] {
        var result: [(String, Int)] = []
        for block in blocks {
            block.walk { b in
                if case .codeBlock(_, let code) = b.kind { result.append((code, b.range.lowerBound.line)) }
            }
        }
        return result
    }

    static func normalized(_ code: String) -> [String] {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var l = Substring(line)
            while let last = l.last, last == " " || last == "\t" || last == "\r" { l = l.dropLast() }
            return String(l)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    static func firstDifferentLine(_ a: String, _ b: String) -> Int {
        let x = normalized(a), y = normalized(b)
        return Array(zip(x, y)).firstIndex { $0 != $1 } ?? min(x.count, y.count)
    }
}
