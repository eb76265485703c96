/// What every pair comparison of one content set shares: the locales, the glossary, the language profiles
/// and the model's UI-path resolver.
struct DriftContext: Sendable {
    var sourceLocale: String
    var glossary: Glossary
    var resolver: (any UIPathResolving)?

    init(content: ContentSet) {
        sourceLocale = content.configuration.source
        glossary = content.lookups.glossary(content)
        resolver = content.uiPathResolver
    }

    init(sourceLocale: String = "en-US", glossary: Glossary = .builtIn, resolver: (any UIPathResolving)? = nil) {
        self.sourceLocale = sourceLocale
        self.glossary = glossary
        self.resolver = resolver
    }
}
