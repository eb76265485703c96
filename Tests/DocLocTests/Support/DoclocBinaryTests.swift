import Foundation
import Testing

/// The helper that runs executables for the end-to-end tests collects all of both outputs, however large.
@Suite struct DoclocBinaryTests {
    /// 300 KB on standard error, then 300 KB on standard output: with the pipes read one after the other, the child
    /// filled standard error's pipe (64 KB) while standard output was read to its end, and both waited for ever.
    @Test(.timeLimit(.minutes(1))) func largeOutputOnBothStreamsIsCollectedWhole() throws {
        let script = "head -c 300000 /dev/zero | tr '\\0' e >&2; head -c 300000 /dev/zero | tr '\\0' o; exit 3"
        let run = try DoclocBinary.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        #expect(run.status == 3)
        #expect(run.stderr.utf8.count == 300_000 && run.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
        #expect(run.stdout.utf8.count == 300_000 && run.stdout.utf8.allSatisfy { $0 == UInt8(ascii: "o") })
    }
}
