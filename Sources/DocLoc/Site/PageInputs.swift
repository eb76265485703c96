import Foundation

/// The cache keys of `docloc build --incremental`: a page's key is the SHA-256 of everything its bytes
/// depend on, so equal keys mean equal pages.
///
/// What every page shares goes into one site key: the cache format, the docloc executable, the theme, the
/// configuration the pages show (locales, site title, base URL), every page of the plan with its kind and
/// group (language switchers, alternates, banner links), the dictionary links are resolved through, and the
/// list of content files (images and links to files). A page adds its output path, its article's path,
/// fingerprint and readability, its drift verdict (its `DriftInputs` key, else its status, findings and machine
/// translation), and for every include path the renderer looked up last time, what stands there now.
struct PageInputs: Sendable {
    let siteKey: String
    let content: ContentSet

    init(content: ContentSet, plan: SitePlan, theme: Theme, assetFiles: Set<String>, generator: String) {
        self.content = content
        var hasher = StableHasher()
        hasher.add("docloc build cache")
        hasher.add(BuildCache.format)
        hasher.add(generator)
        hasher.add(theme.fingerprint)
        let configuration = content.configuration
        hasher.add(configuration.source)
        hasher.add(configuration.locales.joined(separator: "\n"))
        hasher.add(configuration.siteTitle)
        hasher.add(configuration.baseURL)
        hasher.add(plan.pages.count)
        for page in plan.pages {
            hasher.add(page.outputPath)
            hasher.add(page.locale)
            hasher.add(page.relativePath)
            hasher.add(page.kind.rawValue)
            hasher.add(page.group)
        }
        for locale in plan.articlePages.locales {
            hasher.add(locale)
            let entries = plan.articlePages.entries(in: locale)
            hasher.add(entries.count)
            for entry in entries {
                hasher.add(entry.path)
                hasher.add(entry.output)
            }
        }
        hasher.add(assetFiles.count)
        for file in assetFiles.sorted() { hasher.add(file) }
        siteKey = hasher.finalize()
    }

    /// The key of `page`, given the include paths it looked up when it was last rendered.
    func key(for page: SitePage, includeLookups: [String]) -> String? {
        let document = content.documents[page.document]
        guard let fingerprint = document.fingerprint else { return nil }
        var hasher = StableHasher()
        hasher.add(siteKey)
        hasher.add(page.outputPath)
        hasher.add(document.path)
        hasher.add(fingerprint)
        hasher.add(document.isUsable)
        if let key = page.driftBox?.key {
            // Equal verdict keys, equal verdicts (`DriftBox`): the key stands for the findings.
            hasher.add("verdict")
            hasher.add(bytes: key.bytes)
        } else if let drift = page.drift {
            hasher.add(drift.status.rawValue)
            hasher.add(drift.isMachineTranslated)
            hasher.add(drift.findings.count)
            for finding in drift.findings {
                hasher.add(finding.kind)
                hasher.add(finding.message)
                hasher.add(finding.sourceLine ?? -1)
                hasher.add(finding.translationLine ?? -1)
            }
        } else {
            hasher.add("no drift")
        }
        hasher.add(includeLookups.count)
        for path in includeLookups {
            hasher.add(path)
            if let included = content.document(at: path), included.isUsable, let fingerprint = included.fingerprint {
                hasher.add(fingerprint)
            } else {
                hasher.add("-")
            }
        }
        return hasher.finalize()
    }
}
