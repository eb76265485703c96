import Testing

@testable import DocLoc

@Suite struct WritableImageTests {
    @Test func wholePagesAroundTheRange() {
        #expect(WritableImage.pages(from: 0x9a10, to: 0xc001, page: 0x1000) == 0x9000..<0xd000)
        #expect(WritableImage.pages(from: 0x9000, to: 0xc000, page: 0x1000) == 0x9000..<0xc000)
    }

    @Test func emptyReversedOrAbsurdRangesAreNil() {
        #expect(WritableImage.pages(from: 0x9000, to: 0x9000, page: 0x1000) == nil)
        #expect(WritableImage.pages(from: 0xa000, to: 0x9000, page: 0x1000) == nil)
        #expect(WritableImage.pages(from: 0, to: 0x9000, page: 0x1000) == nil)
        #expect(WritableImage.pages(from: 0x1000, to: 0x1000 + (512 << 20), page: 0x1000) == nil)
        #expect(WritableImage.pages(from: UInt.max - 10, to: UInt.max, page: 0x1000) == nil)
    }

    @Test func populatesThisProcessAndCanBeRepeated() {
        #if os(Linux)
            // The test runner is an executable too: glibc's start file and the linker give it the same symbols.
            let first = WritableImage.populate()
            #expect(first > 0)
            #expect(first % 4096 == 0)
            #expect(WritableImage.populate() == first)
        #endif
    }
}
