import Foundation
import Testing
@testable import DocLoc

@Suite struct StamperTests {
    let stamper = Stamper(date: Date(timeIntervalSince1970: 1_763_856_000))  // 2025-11-23 UTC

    func stamp(_ text: String) -> String {
        String(decoding: stamper.stamp(Array(text.utf8), fingerprint: "abc123"), as: UTF8.self)
    }

    @Test func rewritesOnlyTheTwoValues() {
        let before = "---\ntitle: T\nms.openlocfilehash: 955ae9\nms.lasthandoff: 11/12/2020\nms.locfileid: \"1\"\n---\n# <a name=\"t\"></a>T  \n\ntrailing  \n"
        #expect(stamp(before) == before
            .replacingOccurrences(of: "955ae9", with: "abc123").replacingOccurrences(of: "11/12/2020", with: "11/23/2025"))
    }

    @Test func keepsCRLFQuotesAndByteOrderMark() {
        let before = "\u{FEFF}---\r\nms.openlocfilehash:   \"old\"\r\nms.lasthandoff: '01/01/2020'\r\n---\r\nBody\r\n"
        let after = "\u{FEFF}---\r\nms.openlocfilehash:   \"abc123\"\r\nms.lasthandoff: '11/23/2025'\r\n---\r\nBody\r\n"
        #expect(stamp(before) == after)
    }

    @Test func insertsMissingKeysBeforeTheClosingLine() {
        #expect(stamp("---\r\ntitle: T\r\n---\r\nx") == "---\r\ntitle: T\r\nms.openlocfilehash: abc123\r\nms.lasthandoff: 11/23/2025\r\n---\r\nx")
        #expect(stamp("# No front matter\n") == "---\nms.openlocfilehash: abc123\nms.lasthandoff: 11/23/2025\n---\n# No front matter\n")
    }

    @Test func keyInTheBodyIsNotTouched() {
        let before = "---\ntitle: T\n---\nms.lasthandoff: in the body\n"
        #expect(stamp(before) == "---\ntitle: T\nms.openlocfilehash: abc123\nms.lasthandoff: 11/23/2025\n---\nms.lasthandoff: in the body\n")
    }

    @Test func contentRootWithoutConfigurationIsBesideTheSourceLocale() throws {
        let content = try ScenarioContent(["en-US/a/x.md": "# X\n", "nl-NL/a/x.md": "# X\n", "notes/x.md": "x"], config: nil)
        #expect(Stamper.contentRoot(for: content.url("nl-NL/a/x.md"))?.standardizedFileURL.path == content.root.standardizedFileURL.path)
        #expect(Stamper.contentRoot(for: content.url("notes/x.md")) == nil)
    }

    @Test func stampedTranslationIsCurrentAgain() throws {
        let content = try ScenarioContent([
            "en-US/admin/consent.md": DriftScenario.source,
            "nl-NL/admin/consent.md": DriftScenario.translation(fingerprint: "0123"),
        ])
        let set = try content.load()
        #expect(DriftEngine().report(for: set).pairs.first?.status == .outdated)
        let results = try stamper.stamp(files: [content.url("nl-NL/admin/consent.md"), content.url("en-US/admin/consent.md")], in: set)
        #expect(results.first?.outcome == .stamped(fingerprint: DriftScenario.fingerprint))
        guard case .noSource = results.last?.outcome else { Issue.record("a source file was stamped"); return }
        let reloaded = try content.load()
        #expect(DriftEngine().report(for: reloaded).pairs.first?.status == .current)
        let again = try stamper.stamp(files: [content.url("nl-NL/admin/consent.md")], in: reloaded)
        #expect(again.first?.outcome == .unchanged(fingerprint: DriftScenario.fingerprint))
        #expect(Stamper.contentRoot(for: content.url("nl-NL/admin/consent.md"))?.standardizedFileURL.path
            == content.root.standardizedFileURL.path)
    }
}
