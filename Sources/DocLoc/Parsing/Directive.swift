/// The text forms of DocFX's Markdown extensions.
enum Directive {
    /// `[!NOTE]` → (.note, length of the marker).
    static func alert(_ text: String) -> (AlertKind, Int)? {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close].uppercased()
        guard let kind = AlertKind(rawValue: name) else { return nil }
        return (kind, text.distance(from: text.startIndex, to: close) + 1)
    }

    /// `[!VIDEO https://…]` → the URL.
    static func video(_ text: String) -> String? {
        guard text.hasPrefix("[!"), text.prefix(7).uppercased() == "[!VIDEO", text.hasSuffix("]") else { return nil }
        let inner = text.dropFirst(7).dropLast()
        let url = String(inner).trimmingSpaces
        return url.isEmpty || url.contains(" ") ? nil : url
    }

    /// The plain text of a one-line paragraph, for directive lines.
    static func lineText(_ block: Block) -> String? {
        guard case .paragraph(let inlines) = block.kind else { return nil }
        let text = inlines.plainText.trimmingSpaces
        return text.hasPrefix(":::") ? text : nil
    }

    /// `::: moniker range="o365-worldwide"` → `o365-worldwide`.
    static func monikerRange(_ line: String) -> String? {
        let body = line.dropFirst(3).drop(while: { $0 == " " })
        guard body.hasPrefix("moniker"), !body.hasPrefix("moniker-end") else { return nil }
        return attributes(String(body))["range"] ?? ""
    }

    static func isMonikerEnd(_ line: String) -> Bool {
        line.dropFirst(3).drop(while: { $0 == " " }).hasPrefix("moniker-end")
    }

    /// `key="value"` pairs of a directive line (double or single quotes, or bare values).
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var scanner = Substring(text)
        while let eq = scanner.firstIndex(of: "=") {
            let keyPart = scanner[..<eq]
            let key = keyPart.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\t" }).last.map(String.init) ?? ""
            var rest = scanner[scanner.index(after: eq)...]
            let value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                let end = rest.firstIndex(of: quote) ?? rest.endIndex
                value = rest[..<end]
                scanner = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            } else {
                let end = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
                value = rest[..<end]
                scanner = rest[end...]
            }
            if !key.isEmpty, result[key] == nil { result[key] = String(value) }
        }
        return result
    }
}
