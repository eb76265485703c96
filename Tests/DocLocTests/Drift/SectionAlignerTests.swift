import Testing
@testable import DocLoc

@Suite struct SectionAlignerTests {
    func align(_ source: String, _ translation: String) -> SectionAlignment {
        SectionAligner().align(source: parse(source).article.sections, translation: parse(translation).article.sections)
    }

    @Test func anchorsAlignEvenWhenReordered() {
        let a = align(
            "# T\n\n## One\n\nx\n\n## Two\n\ny\n",
            "# <a name=\"t\"></a>T\n\n## <a name=\"two\"></a>Twee\n\ny\n\n## <a name=\"one\"></a>Een\n\nx\n")
        #expect(a.matches.map { [$0.source, $0.translation] } == [[0, 0], [2, 1], [1, 2]])
        #expect(a.matches.allSatisfy { $0.renamedFrom == nil })
        #expect(a.unmatchedSource.isEmpty && a.unmatchedTranslation.isEmpty)
    }

    @Test func unknownAnchorInTheGapIsARename() {
        let a = align("# T\n\n## New name\n\nx\n\n## End\n\nz\n", "# <a name=\"t\"></a>T\n\n## <a name=\"old-name\"></a>Oud\n\nx\n\n## <a name=\"end\"></a>Eind\n\nz\n")
        #expect(a.matches.first { $0.source == 1 }?.renamedFrom == "old-name")
    }

    @Test func leftoversAreAddedAndRemoved() {
        let a = align("# T\n\n## A\n\nx\n\n### Deep\n\ny\n", "# <a name=\"t\"></a>T\n\n## <a name=\"a\"></a>A\n\nx\n\n## <a name=\"gone\"></a>Weg\n\nq\n")
        #expect(a.unmatchedSource == [2])
        #expect(a.unmatchedTranslation == [2])
    }

    @Test func repeatedHeadingsMatchTheirNumberedSlugs() {
        let a = align("# T\n\n## Info\n\nx\n\n## Info\n\ny\n", "# <a name=\"t\"></a>T\n\n## <a name=\"info\"></a>Info\n\nx\n\n## <a name=\"info\"></a>Info\n\ny\n")
        #expect(a.matches.map(\.source) == [0, 1, 2])
        #expect(a.matches.allSatisfy { $0.renamedFrom == nil })
    }

    @Test func alikeSectionWinsWhenCountsDiffer() {
        // The translation lacks the first of two new sections; the one with a table pairs with the table.
        let a = align(
            "# T\n\n## A\n\np\n\n## B\n\n| x | y |\n|---|---|\n| 1 | 2 |\n",
            "# <a name=\"t\"></a>T\n\n## <a name=\"b-old\"></a>B\n\n| x | y |\n|---|---|\n| 1 | 2 |\n")
        #expect(a.matches.first { $0.translation == 1 }?.source == 2)
        #expect(a.unmatchedSource == [1])
    }
}
