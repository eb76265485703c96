/// Pairs each translated article with its source: same relative path first, then equal `ms.assetid`.
struct TranslationPairer {
    var configuration: Configuration

    func pairs(_ documents: [Document]) -> [TranslationPair] {
        let source = configuration.source
        var sourceByPath: [String: Int] = [:]
        var sourceByAssetID: [String: Int] = [:]
        for (i, doc) in documents.enumerated() where doc.locale == source {
            sourceByPath[doc.relativePath] = i
            if let id = doc.assetID?.lowercased(), sourceByAssetID[id] == nil {
                sourceByAssetID[id] = i
            }
        }
        var pairs: [TranslationPair] = []
        for locale in configuration.translations {
            var paired: Set<Int> = []
            let translatedPaths = Set(documents.lazy.filter { $0.locale == locale }.map(\.relativePath))
            for (i, doc) in documents.enumerated() where doc.locale == locale {
                if let s = sourceByPath[doc.relativePath] {
                    pairs.append(TranslationPair(relativePath: doc.relativePath, locale: locale, source: s, translation: i, match: .path))
                    paired.insert(s)
                } else if let id = doc.assetID?.lowercased(), let s = sourceByAssetID[id],
                    !paired.contains(s), !translatedPaths.contains(documents[s].relativePath)
                {
                    pairs.append(TranslationPair(relativePath: documents[s].relativePath, locale: locale, source: s, translation: i, match: .assetID))
                    paired.insert(s)
                } else {
                    pairs.append(TranslationPair(relativePath: doc.relativePath, locale: locale, source: nil, translation: i, match: nil))
                }
            }
            for (path, s) in sourceByPath where !paired.contains(s) {
                pairs.append(TranslationPair(relativePath: path, locale: locale, source: s, translation: nil, match: nil))
            }
        }
        return pairs.sorted { ($0.locale, $0.relativePath) < ($1.locale, $1.relativePath) }
    }
}
