import CLibXML2

/// The one file that talks to libxml2. Its HTML parser reads raw-HTML fragments from Markdown (for the
/// sanitizer); its XML parser checks that a written page is well-formed. Only Swift values cross this API.
public enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The nodes of an HTML fragment (what would stand inside `<body>`), comments and processing
    /// instructions dropped. libxml2 repairs what it can, as browsers do: unclosed elements are closed.
    /// Elements nested past `HTMLNesting.limit` are flattened first (their text kept): libxml2 drops what lies
    /// deeper than 255 elements.
    public static func parseHTMLFragment(_ html: String) -> [HTMLNode] {
        _ = initialized
        let wrapped = Array("<html><body>\(HTMLNesting.flattened(html))</body></html>".utf8)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document = wrapped.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var nodes: [HTMLNode] = []
        // Content libxml2 moved into <head> (a leading <meta>, <title>, <style>…) is dropped with it.
        var child = root.pointee.children
        while let current = child {
            if name(of: current) == "body" { nodes = convertChildren(of: current) }
            child = current.pointee.next
        }
        return nodes
    }

    /// The first error libxml2's XML parser reports for `bytes`, or nil when the document is well-formed.
    public static func xmlWellFormednessError(_ bytes: [UInt8]) -> WellFormednessError? {
        _ = initialized
        guard let context = xmlNewParserCtxt() else { return WellFormednessError(line: 0, message: "libxml2 has no memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        if let document { xmlFreeDoc(document) }
        if document != nil, context.pointee.wellFormed != 0 { return nil }
        let error = context.pointee.lastError
        let message = error.message.map { String(cString: $0) } ?? "not well-formed"
        return WellFormednessError(line: Int(error.line), message: message.trimmingCharacters(in: "\n "))
    }

    /// The first error libxml2's XML reader reports for the file at `path`, or nil when it is well-formed. The
    /// reader streams through the file, so a sitemap of 100,000 URLs is checked without building its tree.
    public static func xmlWellFormednessError(file path: String) -> WellFormednessError? {
        _ = initialized
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlResetLastError()
        guard let reader = xmlReaderForFile(path, "UTF-8", options) else {
            return WellFormednessError(line: 0, message: "cannot be read")
        }
        defer { xmlFreeTextReader(reader) }
        var status: Int32 = 1
        while status == 1 { status = xmlTextReaderRead(reader) }
        guard status != 0 else { return nil }
        let error = xmlGetLastError()
        let message = error?.pointee.message.map { String(cString: $0) } ?? "not well-formed"
        return WellFormednessError(line: Int(error?.pointee.line ?? 0), message: message.trimmingCharacters(in: "\n "))
    }

    // MARK: - Tree conversion

    private static func convertChildren(of node: xmlNodePtr) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            if let converted = convert(current) { result.append(converted) }
            child = current.pointee.next
        }
        return result
    }

    private static func convert(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return .text(node.pointee.content.map { String(cString: $0) } ?? "")
        case XML_ELEMENT_NODE:
            var attributes: [HTMLAttribute] = []
            var property = node.pointee.properties
            while let attribute = property {
                let attributeName = attribute.pointee.name.map { String(cString: $0) } ?? ""
                var value = ""
                var part = attribute.pointee.children
                while let text = part {
                    if let content = text.pointee.content { value += String(cString: content) }
                    part = text.pointee.next
                }
                attributes.append(HTMLAttribute(name: attributeName.lowercased(), value: value))
                property = attribute.pointee.next
            }
            return .element(name: name(of: node), attributes: attributes, children: convertChildren(of: node))
        default:
            return nil
        }
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
