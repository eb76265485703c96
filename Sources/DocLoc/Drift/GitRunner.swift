import Foundation

/// Runs `git` in a directory and returns its standard output. A failing git is a thrown `DocLocError.gitFailed`.
struct GitRunner: Sendable {
    var directory: URL

    func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DocLocError.gitFailed(message: "cannot run git: \(error.localizedDescription)")
        }
        // git writes little to stderr, so reading stdout to its end first cannot block it.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingSpaces
            throw DocLocError.gitFailed(message: "git \(arguments.joined(separator: " ")): \(message)")
        }
        return data
    }

    func text(_ arguments: [String]) throws -> String {
        String(decoding: try run(arguments), as: UTF8.self)
    }
}
