import Foundation
@testable import DocLoc

/// A careful scan of written HTML or XML for live markup: elements that run code or load content, event and
/// style attributes, and URLs with a scheme other than http, https and mailto. Pages are polyglot XML written
/// with every `<` in text escaped, so every `<` followed by a letter starts a tag. The URL check decodes
/// entities and strips whitespace and controls the way a browser does before it reads a scheme, and does not
/// rely on `URLPolicy`, the code under test.
enum LiveMarkupScan {
    /// The theme's own tags, the only ones of their kind a page may hold.
    static let themeScript = try! NSRegularExpression(pattern: #"^<script src="(\.\./)*assets/search\.js" defer="defer"></script>"#)
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "form", "button",
        "input", "textarea", "svg", "math", "template", "portal", "audio", "video", "source", "track",
    ]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"]

    static func problems(in page: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(page.unicodeScalars)
        for tag in HTMLTagScanner.startTags(in: page) {
            let rest = String(String.UnicodeScalarView(scalars[tag.offset...].prefix(120)))
            switch tag.name {
            case "script":
                let range = NSRange(rest.startIndex..., in: rest)
                if themeScript.firstMatch(in: rest, range: range) == nil { problems.append("script: \(rest.prefix(60))") }
            case "link":
                let rel = tag.attributes["rel"] ?? ""
                let href = tag.attributes["href"] ?? ""
                if !(rel == "alternate" || (rel == "stylesheet" && href.hasSuffix("assets/style.css"))) {
                    problems.append("link: \(rest.prefix(60))")
                }
            case "meta":
                if tag.attributes["http-equiv"] != nil { problems.append("meta http-equiv: \(rest.prefix(60))") }
            case "form" where tag.attributes["class"] == "search" && tag.attributes["action"] == "#",
                "input" where tag.attributes["id"] == "search-input" && tag.attributes["type"] == "search",
                "svg" where tag.attributes["class"] == "status-chart":
                break  // the theme's search box and the dashboard's chart
            case let name where forbiddenElements.contains(name):
                problems.append("<\(name)>: \(rest.prefix(60))")
            default:
                break
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") || name == "style" || name == "srcdoc" || name == "formaction" {
                    problems.append("attribute \(name) on <\(tag.name)>")
                }
                if urlAttributes.contains(name), let scheme = scheme(of: decoded(value)),
                    !["http", "https", "mailto"].contains(scheme)
                {
                    problems.append("\(name)=\"\(value)\" on <\(tag.name)>")
                }
            }
        }
        return problems
    }

    /// The scheme a browser would read: leading and embedded whitespace and controls removed, lowercased.
    static func scheme(of url: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let candidate = cleaned[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    /// Attribute value with the entities an XML writer uses, and numeric ones, decoded.
    static func decoded(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t", "NewLine": "\n"]
            if let text = named[String(entity)] {
                result += text
            } else if entity.hasPrefix("#"), let code = entity.dropFirst().hasPrefix("x") || entity.dropFirst().hasPrefix("X")
                ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
