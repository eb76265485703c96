import Testing
@testable import DocLoc

/// The function words that tell a source paragraph from a translated one: made once per pair of built-in profiles,
/// as asked, and always what computing them for that pair gives.
@Suite struct UntranslatedComparerTests {
    typealias Distinct = UntranslatedComparer.DistinctStopWords

    @Test func everyBuiltInPairIsWhatItsSetsGive() throws {
        let profiles = LanguageProfile.profiles.values.sorted { $0.language < $1.language }
        #expect(profiles.count == 7)
        for source in profiles {
            for target in profiles {
                // Twice: made, then taken from the table.
                for _ in 0..<2 {
                    let distinct = try #require(Distinct.between(source: source, target: target))
                    #expect(distinct.sourceOnly == source.stopWords.subtracting(target.stopWords))
                    #expect(distinct.targetOnly == target.stopWords.subtracting(source.stopWords))
                }
            }
        }
        let english = try #require(LanguageProfile.forLocale("en-US"))
        let dutch = try #require(LanguageProfile.forLocale("nl-NL"))
        #expect(try #require(Distinct.between(source: english, target: dutch)).sourceOnly.contains("the"))
        #expect(try #require(Distinct.between(source: english, target: dutch)).targetOnly.contains("het"))
    }

    @Test func aProfileWithoutBuiltInLanguageIsComputedAndNoneGivesNone() throws {
        let english = try #require(LanguageProfile.forLocale("en-US"))
        let made = LanguageProfile(language: "xx", stopWords: ["the", "zork"], numbers: english.numbers)
        let distinct = try #require(Distinct.between(source: made, target: english))
        #expect(distinct.sourceOnly == ["zork"])
        #expect(distinct.targetOnly == english.stopWords.subtracting(["the"]))
        #expect(Distinct.between(source: nil, target: english) == nil)
        #expect(Distinct.between(source: english, target: nil) == nil)
    }
}
