/// `content/docloc.yml`: which locale is the source, which are translations, where the model is, the site's
/// title and base URL, limits, and rule severities.
///
/// ```yaml
/// source: en-US
/// translations: [nl-NL]
/// model: model/consent.yml
/// site: { title: Help, baseURL: / }
/// limits: { maxFileSize: 4194304 }
/// rules: { link-locale-pinned: error, anchor-missing: off }
/// overrides:
///   - paths: ["nl-NL/archive/**"]
///     rules: { link-broken: off }
/// ```
public struct Configuration: Hashable, Sendable {
    public var source: String
    public var translations: [String]
    /// Path of the product model, relative to the content directory.
    public var model: String?
    public var siteTitle: String
    public var baseURL: String
    public var maximumFileSize: Int
    /// Severity settings in file order; later ones win.
    public var ruleSettings: [RuleSetting]
    /// True when there was no docloc.yml and the locales were found from the folders.
    public var isInferred: Bool

    public init(
        source: String = "en-US", translations: [String] = [], model: String? = nil, siteTitle: String = "Help",
        baseURL: String = "/", maximumFileSize: Int = ArticleParser.defaultMaximumFileSize,
        ruleSettings: [RuleSetting] = [], isInferred: Bool = false
    ) {
        self.source = source
        self.translations = translations
        self.model = model
        self.siteTitle = siteTitle
        self.baseURL = baseURL
        self.maximumFileSize = maximumFileSize
        self.ruleSettings = ruleSettings
        self.isInferred = isInferred
    }

    public var locales: [String] { [source] + translations }
}

/// One rule setting from docloc.yml: a rule's severity (or `off`), everywhere or for paths matching globs.
public struct RuleSetting: Hashable, Sendable {
    public var rule: String
    /// nil means the rule is off.
    public var severity: Severity?
    /// Globs on content-relative paths (`*` within a folder, `**` across folders); empty means everywhere.
    public var paths: [String]
    public var line: Int
}
