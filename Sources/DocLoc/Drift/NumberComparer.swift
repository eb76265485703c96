/// `number-changed`: numbers that must not change between an aligned source and translated section —
/// versions written exactly (`OAuth 2.0` ≠ `OAuth 2,0`), quantities by value (`90 days` ≠ `30 dagen`, while
/// `1,000` = `1.000` in Dutch). Numbers inside glossary terms (`Microsoft 365`) are the glossary's concern.
struct NumberComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourceFormat = LanguageProfile.forLocale(pair.sourceLocale)?.numbers ?? .point
        let translationFormats = [LanguageProfile.forLocale(pair.locale)?.numbers ?? sourceFormat, sourceFormat]
        var lost: [[NumberOccurrence]] = [], new: [[NumberOccurrence]] = []
        for match in pair.alignment.matches {
            let source = Self.numbers(in: pair.source.sections[match.source], formats: [sourceFormat], glossary: pair.context.glossary)
            let translated = Self.numbers(
                in: pair.translation.sections[match.translation], formats: translationFormats, glossary: pair.context.glossary)
            // `10 people` → `tien personen`: a number spelled out on the other side is the same number (the words
            // are only looked for when a number has no match).
            var translatedWords: Set<String>?, sourceWords: Set<String>?
            var seen = Set<String>()
            lost.append(source.filter { number in
                guard !translated.contains(where: number.matches) else { return false }
                let words = translatedWords ?? Self.spelledNumbers(in: pair.translation.sections[match.translation], locale: pair.locale)
                translatedWords = words
                return !number.values.contains(where: words.contains) && seen.insert(number.text).inserted
            })
            seen = []
            new.append(translated.filter { number in
                guard !source.contains(where: { $0.matches(number) }) else { return false }
                let words = sourceWords ?? Self.spelledNumbers(in: pair.source.sections[match.source], locale: pair.sourceLocale)
                sourceWords = words
                return !number.values.contains(where: words.contains) && seen.insert(number.text).inserted
            })
        }
        Self.dropMoves(&lost, &new)
        var findings: [DriftFinding] = []
        for (k, match) in pair.alignment.matches.enumerated() {
            let section = pair.sourceName(ofSection: match.source)
            // One lost and one new number is a change; more are listed one by one.
            if lost[k].count == 1, new[k].count == 1 {
                findings.append(DriftFinding(
                    .numberChanged,
                    "\(Self.describe(lost[k][0])) in the source is \(Self.describe(new[k][0])) in the translation (section \(section))",
                    source: lost[k][0].location.line, translation: new[k][0].location.line))
                continue
            }
            for number in lost[k] {
                findings.append(DriftFinding(
                    .numberChanged, "\(Self.describe(number)) in the source is missing from the translation of section \(section)",
                    source: number.location.line, translation: pair.translationLine(ofSection: match.translation)))
            }
            for number in new[k] {
                let hint = Self.localizedVersionHint(number, sourceFormat: sourceFormat)
                findings.append(DriftFinding(
                    .numberChanged, "the translation has \(Self.describe(number)), which section \(section) of the source does not have\(hint)",
                    source: pair.sourceLine(ofSection: match.source), translation: number.location.line))
            }
        }
        return findings
    }

    /// A number lost from one section and new in another moved with its text (a table, a paragraph): the
    /// structure findings tell that; it is not a changed number.
    static func dropMoves(_ lost: inout [[NumberOccurrence]], _ new: inout [[NumberOccurrence]]) {
        for k in lost.indices {
            lost[k].removeAll { number in
                for j in new.indices where j != k {
                    if let i = new[j].firstIndex(where: number.matches) {
                        new[j].remove(at: i)
                        return true
                    }
                }
                return false
            }
        }
    }

    /// `; a version keeps the source's '.' (OAuth 2.0)` for a version written with a localized separator.
    static func localizedVersionHint(_ n: NumberOccurrence, sourceFormat: NumberFormat) -> String {
        guard n.isVersion, n.text.contains(sourceFormat.grouping) else { return "" }
        let fixed = String(n.text.map { $0 == sourceFormat.grouping ? sourceFormat.decimal : $0 })
        return "; a version keeps its '\(sourceFormat.decimal)' ('\(n.word.map { "\($0) " } ?? "")\(fixed)')"
    }

    private static func describe(_ n: NumberOccurrence) -> String {
        n.isVersion ? "version '\(n.display)'" : "'\(n.text)'"
    }

    /// The numbers of a section's prose with the word before each, skipping those inside glossary terms.
    static func numbers(in section: Section, formats: [NumberFormat], glossary: Glossary) -> [NumberOccurrence] {
        var result: [NumberOccurrence] = []
        let numericTerms = glossary.numericTerms
        for piece in SectionText.pieces(of: section) {
            let text = piece.text
            let numbers = NumberScanner.numbers(in: text)
            if numbers.isEmpty { continue }
            // The scanner's offsets count Unicode scalars (as columns do), and so do these ranges: counted in
            // characters they disagree after a decomposed letter (`e` + U+0301).
            let scalars = text.unicodeScalars
            var protected: [Range<Int>] = []
            for term in numericTerms {
                for range in Glossary.occurrences(of: term, in: text) {
                    let lower = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
                    protected.append(lower..<(lower + scalars.distance(from: range.lowerBound, to: range.upperBound)))
                }
            }
            // Numbers come in text order: one index walks forward to each.
            var index = scalars.startIndex
            var indexOffset = 0
            for (offset, number) in numbers where !protected.contains(where: { $0.contains(offset) }) {
                index = scalars.index(index, offsetBy: offset - indexOffset)
                indexOffset = offset
                result.append(NumberOccurrence(
                    text: number, location: piece.location.advanced(by: offset), word: word(before: index, in: text),
                    separators: formats))
            }
        }
        return result
    }

    /// The values of small numbers written as words in a section (`tien` → "10").
    static func spelledNumbers(in section: Section, locale: String) -> Set<String> {
        guard let words = LanguageProfile.forLocale(locale)?.numberWords, !words.isEmpty else { return [] }
        var result = Set<String>()
        for piece in SectionText.pieces(of: section) {
            for word in LanguageProfile.words(piece.text) {
                if let n = words[word] { result.insert(String(n)) }
            }
        }
        return result
    }

    /// `OAuth` for the number in `OAuth 2.0`: the letters just before one space (`index`: where the number starts).
    static func word(before index: String.Index, in text: String) -> String? {
        let head = text[..<index]
        guard head.last == " " else { return nil }
        let end = head.index(before: head.endIndex)
        var start = end
        while start > head.startIndex {
            let previous = head.index(before: start)
            guard head[previous].isLetterQuick else { break }
            start = previous
        }
        return start < end ? String(head[start..<end]) : nil
    }
}
