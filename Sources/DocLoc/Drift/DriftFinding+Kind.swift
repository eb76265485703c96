extension DriftFinding {
    public init(_ kind: DriftKind, _ message: String, source: Int?, translation: Int?) {
        self.init(kind: kind.rawValue, message: message, sourceLine: source, translationLine: translation)
    }

    /// Most serious kind first, then by translation line, source line and message.
    public static func seriousness(_ a: DriftFinding, _ b: DriftFinding) -> Bool {
        let ra = DriftKind.rank(of: a.kind), rb = DriftKind.rank(of: b.kind)
        if ra != rb { return ra < rb }
        let ta = a.translationLine ?? 0, tb = b.translationLine ?? 0
        if ta != tb { return ta < tb }
        let sa = a.sourceLine ?? 0, sb = b.sourceLine ?? 0
        if sa != sb { return sa < sb }
        return a.message < b.message
    }
}
