/// One wrong label of a UI path, worded for the diagnostic.
struct UIPathProblem {
    var location: SourceLocation
    var phrase: String
    var fix: String?

    init?(_ step: UIPathTrace.Step) {
        let label = step.segment.label
        location = step.segment.location
        switch step.match {
        case .current, .beyondModel:
            return nil
        case .formerly(let today):
            phrase = "uses the old label '\(label)', now '\(today)'"
            fix = "replace '\(label)' with '\(today)'"
        case .otherLocale(let locale, let today):
            phrase = "uses the \(locale) label '\(label)', which is '\(today)' here"
            fix = "replace '\(label)' with '\(today)'"
        case .unknown(let parent, let suggestion):
            phrase = "has no child '\(label)' under '\(parent)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            fix = suggestion.map { "replace '\(label)' with '\($0)'" }
        case .skipsLevel(let parent, let skipped):
            let between = skipped.joined(separator: " > ")
            phrase = "skips a level: '\(label)' is not directly under '\(parent)' but under '\(parent) > \(between)'"
            fix = "insert '\(between)' before '\(label)'"
        }
    }
}
