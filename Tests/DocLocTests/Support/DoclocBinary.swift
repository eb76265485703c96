import Foundation
import Testing
import DocLoc

/// Runs the built `docloc` executable, as a user or a pipeline would.
enum DoclocBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable `swift build` put beside the test bundle (or under .build/debug).
    static var url: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            beside.appendingPathComponent("docloc"),
            beside.deletingLastPathComponent().appendingPathComponent("docloc"),
            TestPaths.package.appendingPathComponent(".build/debug/docloc"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(url, "build docloc first: swift build --build-tests")
        return try run(binary, arguments, in: directory, environment: environment)
    }

    /// Runs `binary` (any executable) with `arguments`, its output collected.
    static func run(_ binary: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestPaths.package
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes read at once, and before waiting: a child that fills one pipe (64 KB) while the other is read to
        // its end blocks for ever — a sanitizer's report on standard error hung `make test-sanitize` that way.
        let errHandle = err.fileHandleForReading
        let errRead = BackgroundWork { errHandle.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errRead.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
