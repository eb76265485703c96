/// Failures of the environment, not of the content: docloc stops and exits with status 2.
/// Content problems are never thrown; they are `Diagnostic` values.
public enum DocLocError: Error, Equatable, CustomStringConvertible {
    case contentNotFound(path: String)
    case fileNotFound(path: String)
    case configurationInvalid(file: String, line: Int, column: Int, message: String)
    /// The product model (`model/*.yml`) is not valid: unknown key, duplicate id, dangling fwlink, missing label.
    case modelInvalid(file: String, line: Int, column: Int, message: String)
    case outputNotWritable(path: String, reason: String)
    case outputInsideContent(path: String)
    case contentInsideOutput(path: String)
    case templateMissing(path: String)
    case templateInvalid(file: String, line: Int, message: String)
    case gitFailed(message: String)

    public var description: String {
        switch self {
        case .contentNotFound(let path): "content directory '\(path)' does not exist"
        case .fileNotFound(let path): "file '\(path)' does not exist"
        case .configurationInvalid(let file, let line, let column, let message): "\(file):\(line):\(column): error: \(message)"
        case .modelInvalid(let file, let line, let column, let message): "\(file):\(line):\(column): error: \(message)"
        case .outputNotWritable(let path, let reason): "cannot write output to '\(path)': \(reason)"
        case .outputInsideContent(let path): "output folder '\(path)' is inside the content tree; choose a folder outside it"
        case .contentInsideOutput(let path): "output folder '\(path)' contains the content tree; choose a folder beside it"
        case .templateMissing(let path): "template '\(path)' does not exist"
        case .templateInvalid(let file, let line, let message): "\(file):\(line): error: \(message)"
        case .gitFailed(let message): "git failed: \(message)"
        }
    }
}
