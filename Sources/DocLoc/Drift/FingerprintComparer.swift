/// `source-changed`: the translation records the fingerprint (`ms.openlocfilehash`) of the source it was
/// made from; a different fingerprint today means the source changed since. Translations without one are
/// compared by structure only.
struct FingerprintComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        guard let recorded = pair.translation.frontMatter.openLocFileHash?.lowercased(), let current = pair.sourceFingerprint,
            recorded != current
        else { return [] }
        let handoff = pair.translation.frontMatter.lastHandoff.map { ", handed off \($0)" } ?? ""
        return [DriftFinding(
            .sourceChanged,
            "the source changed since the translation: it was made from the version with fingerprint \(recorded)\(handoff); "
                + "the source's fingerprint is now \(current)",
            source: 1, translation: pair.translation.frontMatter.line(of: "ms.openlocfilehash"))]
    }
}
