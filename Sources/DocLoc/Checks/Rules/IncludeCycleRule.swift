/// `include-cycle`: an `[!INCLUDE]` that leads, through the includes of the included files, back to the
/// article itself (`a.md` includes `b.md`, which includes `a.md`). The site renders each cycle once and
/// leaves the repeated include out, so part of the page is silently missing.
public struct IncludeCycleRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for include in subject.article.includes {
            guard let first = target(of: include, from: subject.document, in: context),
                let chain = chain(from: first, backTo: subject.path, in: context)
            else { continue }
            let names = ([subject.path] + chain).joined(separator: " → ")
            result.append(
                Diagnostic(
                    rule: RuleName.includeCycle, severity: .error, file: subject.path, at: include.location,
                    summary: "include '\(include.text)' leads back to this article: \(names)",
                    notes: ["the site leaves the repeated include out"],
                    solutions: ["remove one include of the cycle"]))
        }
        return result
    }

    /// The document an include names, when it is an article of the content set.
    private func target(of include: TextRun, from document: Document, in context: ValidationContext) -> Document? {
        let reference = LinkTarget(include.text.trimmingSpaces).path
        guard case .file(let path, _) = context.targets.resolve(reference, from: document),
            let target = context.content.document(at: path), target.isUsable
        else { return nil }
        return target
    }

    /// The include chain from `start` to the article at `path` (both ends included), found depth-first;
    /// each article is visited once, so a large include graph costs linear time.
    private func chain(from start: Document, backTo path: String, in context: ValidationContext) -> [String]? {
        var visited: Set<String> = [start.path]
        var stack: [(document: Document, chain: [String])] = [(start, [start.path])]
        while let (document, chain) = stack.popLast() {
            if document.path == path { return chain }
            for include in document.article.includes.reversed() {
                guard let next = target(of: include, from: document, in: context) else { continue }
                if next.path == path { return chain + [path] }
                if visited.insert(next.path).inserted { stack.append((next, chain + [next.path])) }
            }
        }
        return nil
    }
}
