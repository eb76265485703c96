import Foundation

/// The words of the site's own interface in one language. `SiteStrings.for(locale:)` picks a catalogue by
/// language (`nl-NL`, `nl-BE` → Dutch) and falls back to English for languages it has none for.
public struct SiteStrings: Hashable, Sendable {
    public var note, tip, important, caution, warning: String
    public var outdatedTitle: String
    /// Why the banner is there; `{language}` is the source language's name.
    public var outdatedText: String
    public var outdatedReasons: String
    public var machineTranslatedTitle: String
    public var machineTranslatedText: String
    public var missingTitle: String
    public var missingText: String
    /// Link to the source page; `{language}` is its language's name.
    public var readSource: String
    public var onThisPage: String
    public var search: String
    public var searchPlaceholder: String
    public var noResults: String
    public var language: String
    public var allArticles: String
    public var translationStatus: String
    public var appliesTo: String
    public var watchVideo: String
    public var imageDescription: String
    public var skipToContent: String
    public var breadcrumb: String
    public var handedOff: String
    /// Column heads of the dashboard.
    public var article, status, machineTranslation, findings: String
    public var articles: String
    /// Status names for the locale index and the dashboard.
    public var current, outdated, missing, orphaned: String
    /// Finding kinds (`section-added` …) as a reader understands them.
    public var findingKinds: [String: String]

    public static func `for`(locale: String) -> SiteStrings {
        switch LocaleTag.language(locale) {
        case "nl": .dutch
        default: .english
        }
    }

    public func alertLabel(_ kind: AlertKind) -> String {
        switch kind {
        case .note: note
        case .tip: tip
        case .important: important
        case .caution: caution
        case .warning: warning
        }
    }

    public func status(_ status: DriftStatus) -> String {
        switch status {
        case .current: current
        case .outdated: outdated
        case .missing: missing
        case .orphaned: orphaned
        }
    }

    /// The strings templates read as `{{strings.name}}`.
    public var templateValues: [String: String] {
        // Every page asks for its locale's: the built-in catalogues' are made once.
        if self == .english { return Self.englishTemplateValues }
        if self == .dutch { return Self.dutchTemplateValues }
        return madeTemplateValues
    }

    private static let englishTemplateValues = SiteStrings.english.madeTemplateValues
    private static let dutchTemplateValues = SiteStrings.dutch.madeTemplateValues

    private var madeTemplateValues: [String: String] {
        [
            "onThisPage": onThisPage, "search": search, "searchPlaceholder": searchPlaceholder, "noResults": noResults,
            "language": language, "allArticles": allArticles, "translationStatus": translationStatus,
            "skipToContent": skipToContent, "breadcrumb": breadcrumb, "handedOff": handedOff, "article": article,
            "status": status, "machineTranslation": machineTranslation, "findings": findings, "articles": articles,
        ].mapValues(HTMLWriter.xmlSafe)
    }

    public func findingKind(_ kind: String) -> String { findingKinds[kind] ?? kind }

    /// `template` with `{language}` replaced.
    public func fill(_ template: String, language: String) -> String {
        template.replacingOccurrences(of: "{language}", with: language)
    }

    /// The name of a language in its own words (`nl-NL` → "Nederlands"), for the language switcher.
    public static func autonym(of tag: String) -> String {
        let name = Locale(identifier: tag).localizedString(forLanguageCode: LocaleTag.language(tag)) ?? tag
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The name of a language in the language of `uiLocale` (`en-US` in Dutch → "Engels").
    public static func name(of tag: String, in uiLocale: String) -> String {
        let name = Locale(identifier: uiLocale).localizedString(forLanguageCode: LocaleTag.language(tag)) ?? tag
        return LocaleTag.language(uiLocale) == "nl" || LocaleTag.language(uiLocale) == "en"
            ? name.prefix(1).uppercased() + name.dropFirst() : name
    }
}
