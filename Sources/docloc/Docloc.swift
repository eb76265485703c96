import ArgumentParser
import DocLoc
import Foundation

/// The root command: lists the subcommands and maps failures to the exit statuses of DESIGN.md
/// (0 clean, 1 findings, 2 usage or environment failure). Every command names itself (`commandName`): a name
/// derived from the type costs ArgumentParser a runtime type-name lookup per command on every start (~1.3 ms of an
/// incremental build's ~90).
@main
struct Docloc: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docloc",
        abstract: "Check, compare and publish documentation that ships in several languages.",
        version: "0.1.0",
        subcommands: [Check.self, Drift.self, Build.self, Inspect.self, Stamp.self]
    )

    static func main() {
        // Before any other thread: see WritableImage.
        WritableImage.populate()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as DocLocError {
            Terminal.error("docloc: \(error)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            Terminal.error(message)
            Foundation.exit(2)
        }
    }
}
