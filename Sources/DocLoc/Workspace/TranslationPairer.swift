/// Pairs each translated article with its source: same relative path first, then equal `ms.assetid`.
struct TranslationPairer {
    var configuration: Configuration

    func pairs(_ documents: [Document]) -> [TranslationPair] {
        let source = configuration.source
        // Each document's locale and path made once: a document makes them from its packed path on every use
        // (~1 ms of an incremental build of the real corpus, on its main thread, when asked for in every loop).
        let locales = documents.map(\.locale)
        let paths = documents.map(\.relativePath)
        var sourceByPath: [String: Int] = [:]
        var sourceByAssetID: [String: Int] = [:]
        for (i, doc) in documents.enumerated() where locales[i] == source {
            sourceByPath[paths[i]] = i
            if let id = doc.assetID?.lowercased(), sourceByAssetID[id] == nil {
                sourceByAssetID[id] = i
            }
        }
        var pairs: [TranslationPair] = []
        for locale in configuration.translations {
            var paired: Set<Int> = []
            let translated = documents.indices.filter { locales[$0] == locale }
            let translatedPaths = Set(translated.lazy.map { paths[$0] })
            for i in translated {
                if let s = sourceByPath[paths[i]] {
                    pairs.append(TranslationPair(relativePath: paths[i], locale: locale, source: s, translation: i, match: .path))
                    paired.insert(s)
                } else if let id = documents[i].assetID?.lowercased(), let s = sourceByAssetID[id],
                    !paired.contains(s), !translatedPaths.contains(paths[s])
                {
                    pairs.append(TranslationPair(relativePath: paths[s], locale: locale, source: s, translation: i, match: .assetID))
                    paired.insert(s)
                } else {
                    pairs.append(TranslationPair(relativePath: paths[i], locale: locale, source: nil, translation: i, match: nil))
                }
            }
            for (path, s) in sourceByPath where !paired.contains(s) {
                pairs.append(TranslationPair(relativePath: path, locale: locale, source: s, translation: nil, match: nil))
            }
        }
        return pairs.sorted { ($0.locale, $0.relativePath) < ($1.locale, $1.relativePath) }
    }
}
