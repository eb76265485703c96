/// A light scan of raw HTML for the start tags and attributes docloc needs to know about before rendering
/// (anchors, link and image targets). Not a parser: the renderer re-parses raw HTML with libxml2.
struct HTMLTagScanner {
    struct Tag {
        var name: String
        var attributes: [String: String]
        /// Character offset of `<` in the scanned text.
        var offset: Int
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    static func startTags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        let chars = Array(html.unicodeScalars)
        var i = 0
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count, isLetter(chars[i + 1]) else {
                i += 1
                continue
            }
            let start = i
            i += 1
            var name = ""
            while i < chars.count, isLetter(chars[i]) || ("0"..."9").contains(chars[i]) {
                name.unicodeScalars.append(chars[i])
                i += 1
            }
            var attributes: [String: String] = [:]
            while i < chars.count, chars[i] != ">" {
                if chars[i] == " " || chars[i] == "\n" || chars[i] == "\t" || chars[i] == "/" {
                    i += 1
                    continue
                }
                var key = ""
                while i < chars.count, !" \n\t=>/".unicodeScalars.contains(chars[i]) {
                    key.unicodeScalars.append(chars[i])
                    i += 1
                }
                var value = ""
                if i < chars.count, chars[i] == "=" {
                    i += 1
                    if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count, chars[i] != quote {
                            value.unicodeScalars.append(chars[i])
                            i += 1
                        }
                        i += 1
                    } else {
                        while i < chars.count, !" \n\t>".unicodeScalars.contains(chars[i]) {
                            value.unicodeScalars.append(chars[i])
                            i += 1
                        }
                    }
                }
                if key.isEmpty {
                    i += 1
                } else if attributes[key.lowercased()] == nil {
                    attributes[key.lowercased()] = value
                }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes, offset: start))
            i += 1
        }
        return tags
    }
}
