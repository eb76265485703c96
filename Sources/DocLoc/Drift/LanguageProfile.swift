/// A small built-in profile of a language: its most frequent function words (enough to tell whether a
/// paragraph is written in it) and how it writes numbers.
struct LanguageProfile: Hashable, Sendable {
    var language: String
    var stopWords: Set<String>
    var numbers: NumberFormat

    /// The language's English name, for messages.
    var name: String { Self.names[language] ?? language }

    static let names = [
        "en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    ]

    /// The profile for a BCP 47 tag (`nl-NL` → Dutch); nil for languages docloc has no profile of.
    static func forLocale(_ tag: String) -> LanguageProfile? {
        profiles[LocaleTag.language(tag)]
    }

    /// Small numbers written as words (`tien` = 10): a translation may spell out what the source writes in
    /// digits, and the other way round.
    var numberWords: [String: Int] { Self.numberWords[language] ?? [:] }

    static let numberWords: [String: [String: Int]] = [
        "en": words(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]),
        "nl": words(["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"])
            .merging(["een": 1, "eén": 1], uniquingKeysWith: { a, _ in a }),
        "de": words(["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"])
            .merging(["ein": 1, "eine": 1, "einen": 1], uniquingKeysWith: { a, _ in a }),
        "fr": words(["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"])
            .merging(["une": 1], uniquingKeysWith: { a, _ in a }),
        "es": words(["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"])
            .merging(["una": 1, "un": 1], uniquingKeysWith: { a, _ in a }),
        "pt": words(["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"])
            .merging(["uma": 1, "duas": 2], uniquingKeysWith: { a, _ in a }),
        "it": words(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"])
            .merging(["una": 1, "un": 1], uniquingKeysWith: { a, _ in a }),
    ]

    private static func words(_ list: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, $0) })
    }

    /// Lowercased words of a text (letters only, apostrophes kept inside words).
    static func words(_ text: String) -> [String] {
        text.lowercasedWords()
    }

    /// Function words of every profile: words that never name a product.
    static let anyStopWords: Set<String> = profiles.values.reduce(into: Set<String>()) { $0.formUnion($1.stopWords) }

    private static func profile(_ language: String, _ numbers: NumberFormat, _ words: String) -> (String, LanguageProfile) {
        (language, LanguageProfile(language: language, stopWords: Set(words.split(separator: " ").map(String.init)), numbers: numbers))
    }

    static let profiles: [String: LanguageProfile] = Dictionary(uniqueKeysWithValues: [
        profile("en", .point, """
            the a an and or of to in on for with is are was were be been this that these those it its you your \
            they their them can will would should must not from by as at if then when which who what how do does \
            have has more about into only also than there here all any each other such use using select
            """),
        profile("nl", .comma, """
            de het een en of van voor met is zijn was waren wordt worden dit dat deze die je u uw ze hun kunt \
            kan moet niet op in aan als bij naar om te door ook dan er hier alle elke andere meer over alleen \
            wilt hebt heeft selecteer gebruik
            """),
        profile("de", .comma, """
            der die das und oder von zu im in auf für mit ist sind war wird werden dies diese sie ihr ihre \
            können kann muss nicht als bei nach um auch dann hier alle jede andere mehr über nur wählen
            """),
        profile("fr", .comma, """
            le la les un une et ou de des du pour avec est sont était être ce cette ces il elle vous votre vos \
            ils leur peut peuvent doit ne pas sur dans par aussi alors ici tous chaque autre plus que qui
            """),
        profile("es", .comma, """
            el la los las un una y o de del para con es son era ser este esta estos estas usted su sus puede \
            pueden debe no en por también entonces aquí todos cada otro más que quien
            """),
        profile("pt", .comma, """
            o a os as um uma e ou de do da dos das para com é são era ser este esta você seu sua pode podem \
            deve não em por também então aqui todos cada outro mais que quem
            """),
        profile("it", .comma, """
            il lo la i gli le un una e o di del della per con è sono era essere questo questa voi vostro può \
            possono deve non in su da anche quindi qui tutti ogni altro più che chi
            """),
    ])
}
