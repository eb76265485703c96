/// The cache keys of drift verdicts in `docloc build --incremental`: a pair's key is the SHA-256 of everything
/// its verdict depends on, so equal keys mean equal verdicts.
///
/// What every pair shares goes into one key: the cache format, the docloc executable, the configuration, the
/// glossary and the product model's bytes. A pair adds its locale and path, how it was matched, and the path
/// and fingerprint of each side. A pair with a side that has no fingerprint (unreadable) has no key.
struct DriftInputs: Sendable {
    let sharedKey: String
    let content: ContentSet

    init(content: ContentSet, generator: String) {
        self.content = content
        var hasher = StableHasher()
        hasher.add("docloc drift verdict")
        hasher.add(BuildCache.format)
        hasher.add(generator)
        Self.add(content.configuration, to: &hasher)
        let glossary = content.lookups.glossary(content)
        hasher.add(glossary.terms.count)
        for term in glossary.terms { hasher.add(term) }
        hasher.add(content.modelFingerprint ?? "no model")
        hasher.add(content.uiPathResolver == nil)
        sharedKey = hasher.finalize()
    }

    /// Every field of the configuration, each length-prefixed. `String(describing:)` of it walked the value by
    /// reflection: 2.4 ms of an incremental build of the real corpus, for a few dozen bytes.
    static func add(_ configuration: Configuration, to hasher: inout StableHasher) {
        hasher.add(configuration.source)
        hasher.add(configuration.translations.count)
        for locale in configuration.translations { hasher.add(locale) }
        hasher.add(configuration.model ?? "-")
        hasher.add(configuration.model != nil)
        hasher.add(configuration.siteTitle)
        hasher.add(configuration.baseURL)
        hasher.add(configuration.maximumFileSize)
        hasher.add(configuration.isInferred)
        hasher.add(configuration.ruleSettings.count)
        for setting in configuration.ruleSettings {
            hasher.add(setting.rule)
            hasher.add(setting.severity?.rawValue ?? "off")
            hasher.add(setting.line)
            hasher.add(setting.paths.count)
            for path in setting.paths { hasher.add(path) }
        }
    }

    /// The key of `pair`.
    func key(for pair: TranslationPair) -> String? {
        digest(for: pair)?.hex
    }

    /// The key of `pair`, as its 32 bytes.
    func digest(for pair: TranslationPair) -> Digest256? {
        var hasher = StableHasher()
        hasher.add(sharedKey)
        hasher.add(pair.locale)
        hasher.add(pair.relativePath)
        hasher.add(pair.match?.rawValue ?? "-")
        for side in [pair.source, pair.translation] {
            guard let side else {
                hasher.add("-")
                continue
            }
            let document = content.documents[side]
            guard document.isUsable, let fingerprint = document.fingerprint else { return nil }
            hasher.add(document.path)
            hasher.add(fingerprint)
        }
        return hasher.finalizeDigest()
    }
}
