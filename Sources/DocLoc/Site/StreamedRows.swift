import Crypto
import Foundation
import Mustache

/// Writes a page made from template values whose long lists (`TemplateRows`: the dashboard's row per translation,
/// a locale index's entries) are rendered a row at a time straight into the file, so the page never exists as one
/// string. Mustache returns every section as a string and appends it to the one around it: a 23 MB dashboard was
/// built, and copied up through each enclosing section and the layout, at the build's peak memory.
///
/// How: each list (at the top of the values, or in a dictionary of a top-level list of dictionaries) is replaced by
/// a lambda, which Mustache calls with the section's template text and which leaves a marker in the page. The page
/// is rendered without its rows (the skeleton), and written piece by piece: the skeleton up to a marker, then that
/// section's text rendered for each row in turn, over the dictionaries Mustache would have looked names up in.
///
/// Whatever the template does, the result is checked before anything is written: the page rendered whole by
/// Mustache with every list cut to its first rows must equal the same page put together this way. A template whose
/// rows this does not reproduce (the sequence's `first()`/`index()`, a section pushing another object around the
/// rows, indented blocks, changed delimiters, a list rendered twice) gets `nil`: render it whole.
struct StreamedRows {
    let theme: Theme
    let template: String
    let values: [String: Any]

    /// How many rows of each list the check renders both ways (first, middle and last row).
    static let sampleRows = 3

    /// A list to stream: where it sits in the values, the dictionaries above it (outermost first), and its rows.
    private struct Slot {
        var key: String
        /// Index into the top-level list holding the dictionary that holds the rows; nil: the rows are top-level.
        var item: (key: String, index: Int)?
        var parents: [[String: Any]]
        var rows: TemplateRows
    }

    /// What the lambdas saw while the skeleton was rendered.
    private final class Sections {
        var texts: [Int: String] = [:]
        var calls = 0
    }

    /// What `write(to:rowKeys:previous:)` wrote: the SHA-256 of the page's bytes (as `StableHasher.digest` spells it)
    /// and where each row with a key stands in them.
    struct Written {
        var digest: String
        var index: BuildCache.RowIndex
        /// How many rows were written, and how many of them copied from the previous file.
        var rowCount = 0
        var copiedRows = 0
    }

    /// Writes the page to `path`; nil — having written nothing — when it must be rendered whole.
    ///
    /// `rowKeys` (a key over what the page's rows share, e.g. `PageInputs.siteKey`): each row whose output depends
    /// only on its own values, the values around its list and its template text gets a key over those, and a row
    /// whose key stands in `previous` is copied from that file instead of rendered — Mustache is most of what
    /// writing the dashboard costs, and an edit changes a row or two of it. A row's template that could see more
    /// (a partial, the list itself or the list holding it, `.`, changed delimiters) gives its rows no key.
    func write(to path: String, rowKeys context: String? = nil, previous: PreviousRows? = nil) throws(FileWriter.Failure) -> Written? {
        guard let plan = prepare() else { return nil }
        let stream = try StreamWriter(path: path)
        var hasher = SHA256()
        var failure: FileWriter.Failure?
        var offset = 0
        func put(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil else { return }
            hasher.update(bufferPointer: bytes)
            do throws(FileWriter.Failure) { try stream.append(bytes) } catch { failure = error }
            offset += bytes.count
        }
        func put(_ text: String) {
            var text = text
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
        let source = previous.flatMap { FileRangeReader(path: $0.path) }
        let lists = Set(plan.slots.flatMap { [$0.key] + ($0.item.map { [$0.key] } ?? []) })
        var index: [BuildCache.RowIndex.Row] = []
        var copied = 0
        for (position, piece) in plan.pieces.enumerated() {
            put(String(piece))
            guard position < plan.order.count, plan.rows[plan.order[position]] != nil else { continue }
            let number = plan.order[position]
            let slot = plan.slots[number]
            let keyOfSlot = context.flatMap {
                self.slotKey($0, slot: number, text: plan.sectionTexts[number] ?? "", parents: slot.parents, lists: lists)
            }
            // Rows found in the previous file one after another are copied with one read.
            var run: (range: Range<Int>, rows: [(key: Digest256, length: Int, row: Int)])?
            func flushRun() {
                guard let taken = run else { return }
                run = nil
                if let source, let bytes = source.read(taken.range) {
                    var start = offset
                    bytes.withUnsafeBytes { put($0) }
                    copied += taken.rows.count
                    for row in taken.rows {
                        index.append(.init(key: row.key, offset: start, length: row.length))
                        start += row.length
                    }
                } else {
                    for row in taken.rows { render(slot.rows.item(row.row), key: row.key) }
                }
            }
            func render(_ values: [String: Any], key: Digest256?) {
                let start = offset
                put(plan.render(number, TemplateStack(objects: slot.parents + [values])))
                if let key { index.append(.init(key: key, offset: start, length: offset - start)) }
            }
            for row in 0..<slot.rows.count {
                guard let keyOfSlot else {
                    render(slot.rows.item(row), key: nil)
                    continue
                }
                // The row's digest is usually taken already (the page's key); its values are made only to render it.
                let key = rowKey(keyOfSlot, digest: slot.rows.digest(row))
                if let range = previous?.range(of: key) {
                    if let open = run?.range, open.upperBound == range.lowerBound, open.count < Self.runLimit {
                        run?.range = open.lowerBound..<range.upperBound
                        run?.rows.append((key, range.count, row))
                    } else {
                        flushRun()
                        run = (range, [(key, range.count, row)])
                    }
                } else {
                    flushRun()
                    render(slot.rows.item(row), key: key)
                }
            }
            flushRun()
        }
        if let failure {
            try? stream.close()
            throw failure
        }
        try stream.close()
        return Written(
            digest: StableHasher.hex(hasher.finalize()), index: BuildCache.RowIndex(byteCount: offset, rows: index),
            rowCount: plan.slots.reduce(0) { $0 + $1.rows.count }, copiedRows: copied)
    }

    /// The most bytes of consecutive rows copied with one read.
    static let runLimit = 1 << 20

    /// The page put together from skeleton and rows, as one string (what `write(to:)` writes; for tests).
    func rendered() -> String? {
        guard let plan = prepare() else { return nil }
        var page = ""
        plan.emit(slots: plan.slots) { page += $0 }
        return page
    }

    private struct Plan {
        /// The skeleton between the markers, in page order: pieces[0], rows of order[0], pieces[1], …
        var pieces: [Substring]
        var order: [Int]
        /// Each slot's row template, with its program (nil where swift-mustache renders it).
        var rows: [Int: RowTemplateCache.Row]
        var slots: [Slot]
        let theme: Theme
        /// Each slot's row template text, as Mustache handed it to the lambda.
        var sectionTexts: [Int: String] = [:]

        /// A row of slot `number`, over the dictionaries Mustache would look its names up in.
        func render(_ number: Int, _ stack: TemplateStack) -> String {
            guard let row = rows[number] else { return "" }
            return theme.render(row.template, program: row.program, root: stack)
        }

        func emit(slots: [Slot], _ out: (String) -> Void) {
            for (position, piece) in pieces.enumerated() {
                out(String(piece))
                guard position < order.count, rows[order[position]] != nil else { continue }
                let slot = slots[order[position]]
                for row in slot.rows {
                    out(render(order[position], TemplateStack(objects: slot.parents + [row])))
                }
            }
        }
    }

    private func prepare() -> Plan? {
        let slots = findSlots()
        guard !slots.isEmpty else { return nil }
        let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        func marker(_ slot: Int) -> String { "\u{FFFE}docloc-rows-\(nonce)-\(slot)\u{FFFE}" }
        let sections = Sections()
        let skeletonValues = replacing(slots) { index, _ in
            MustacheLambda { text in
                sections.calls += 1
                sections.texts[index] = text
                return marker(index)
            }
        }
        let skeleton = theme.render(template, skeletonValues)
        guard sections.calls == slots.count, sections.texts.count == slots.count else { return nil }
        // The skeleton cut at the markers, each of which must stand in it once.
        var pieces: [Substring] = []
        var order: [Int] = []
        var seen = Set<Int>()
        var rest = skeleton[...]
        while let start = rest.range(of: "\u{FFFE}docloc-rows-\(nonce)-") {
            guard let end = rest[start.upperBound...].firstIndex(of: "\u{FFFE}"),
                let slot = Int(rest[start.upperBound..<end]), slots.indices.contains(slot), seen.insert(slot).inserted
            else { return nil }
            pieces.append(rest[..<start.lowerBound])
            order.append(slot)
            rest = rest[rest.index(after: end)...]
        }
        pieces.append(rest)
        guard order.count == slots.count else { return nil }
        var rows: [Int: RowTemplateCache.Row] = [:]
        for (index, text) in sections.texts {
            guard !text.isEmpty, let row = theme.row(text) else { return nil }
            rows[index] = row
        }
        var plan = Plan(pieces: pieces, order: order, rows: rows, slots: slots, theme: theme)
        plan.sectionTexts = sections.texts
        // The check: every list cut to its first rows, rendered whole by Mustache and put together here.
        let sample = slots.map { slot in
            var slot = slot
            slot.rows = TemplateRows(count: min(slot.rows.count, Self.sampleRows), item: slot.rows.item)
            return slot
        }
        let whole = theme.render(template, replacing(sample) { _, slot in slot.rows })
        var assembled = ""
        plan.emit(slots: sample) { assembled += $0 }
        return whole == assembled ? plan : nil
    }

    /// The lists to stream: non-empty `TemplateRows` at the top of the values or in the dictionaries of a top-level
    /// list of dictionaries. Empty ones stay as they are (`{{^rows}}` must see an empty list).
    private func findSlots() -> [Slot] {
        var slots: [Slot] = []
        for key in values.keys.sorted() {
            if let rows = values[key] as? TemplateRows, rows.count > 0 {
                slots.append(Slot(key: key, item: nil, parents: [values], rows: rows))
            } else if let items = values[key] as? [[String: Any]] {
                for (index, item) in items.enumerated() {
                    for inner in item.keys.sorted() {
                        guard let rows = item[inner] as? TemplateRows, rows.count > 0 else { continue }
                        slots.append(Slot(key: inner, item: (key, index), parents: [values, item], rows: rows))
                    }
                }
            }
        }
        return slots
    }

    /// The values with each slot's rows replaced by what `replacement` gives.
    private func replacing(_ slots: [Slot], _ replacement: (Int, Slot) -> Any) -> [String: Any] {
        var result = values
        var lists: [String: [[String: Any]]] = [:]
        for (index, slot) in slots.enumerated() {
            if let item = slot.item {
                // Taken out while changed: a copy per slot would be quadratic (a locale index has a list per folder).
                var items = lists.removeValue(forKey: item.key) ?? (values[item.key] as? [[String: Any]] ?? [])
                items[item.index][slot.key] = replacement(index, slot)
                lists[item.key] = items
            } else {
                result[slot.key] = replacement(index, slot)
            }
        }
        for (key, items) in lists { result[key] = items }
        return result
    }
}

/// The objects Mustache would have on its context stack while rendering a row (outermost first): a name is looked
/// up in the innermost object that has it, as Mustache looks it up along its stack.
struct TemplateStack: MustacheParent {
    let objects: [Any]

    func child(named name: String) -> Any? {
        for object in objects.reversed() {
            if let parent = object as? MustacheParent, let child = parent.child(named: name) { return child }
        }
        return nil
    }
}
