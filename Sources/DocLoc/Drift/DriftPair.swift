/// A source article and its translation, with their sections aligned: what the comparers read.
struct DriftPair: Sendable {
    var source: Article
    var translation: Article
    /// The translation's locale: `nl-NL`.
    var locale: String
    /// The source's fingerprint (`ms.openlocfilehash` it should carry).
    var sourceFingerprint: String?
    var alignment: SectionAlignment
    var context: DriftContext

    init(source: Article, translation: Article, locale: String, sourceFingerprint: String?, context: DriftContext) {
        self.source = source
        self.translation = translation
        self.locale = locale
        self.sourceFingerprint = sourceFingerprint
        self.context = context
        alignment = SectionAligner().align(source: source.sections, translation: translation.sections)
    }

    var sourceLocale: String { context.sourceLocale }

    /// A heading line to point at: the section's heading, or its first block for a lead section.
    func sourceLine(ofSection index: Int) -> Int { source.sections[index].range.lowerBound.line }
    func translationLine(ofSection index: Int) -> Int { translation.sections[index].range.lowerBound.line }

    /// The line of a fact in a section, or the section's line when the parser placed it before the section
    /// (a position it could not know).
    func sourceLine(_ location: SourceLocation, inSection index: Int) -> Int {
        max(location.line, sourceLine(ofSection: index))
    }

    func translationLine(_ location: SourceLocation, inSection index: Int) -> Int {
        max(location.line, translationLine(ofSection: index))
    }

    /// How a finding names a source section: `'More info' (#more-info)`.
    func sourceName(ofSection index: Int) -> String { Self.name(source.sections[index]) }
    func translationName(ofSection index: Int) -> String { Self.name(translation.sections[index]) }

    static func name(_ section: Section) -> String {
        section.level == 0 ? "the text before the first heading" : "'\(section.title)'"
    }

    /// Groups per-section facts (links, images, …) by section index.
    static func bySection<T>(_ items: [T], _ section: (T) -> Int) -> [Int: [T]] {
        Dictionary(grouping: items, by: section)
    }
}
