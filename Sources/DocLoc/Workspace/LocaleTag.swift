/// BCP 47 language tags as folder names: `en-US`, `nl-NL`, `pt-BR`, `zh-Hans-CN`, `de`.
public enum LocaleTag {
    public static func isLocaleTag(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The language part: `nl-NL` → `nl`.
    public static func language(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }
}
