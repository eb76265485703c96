/// How a locale writes numbers: decimal and grouping separators.
struct NumberFormat: Hashable, Sendable {
    var decimal: Character
    var grouping: Character

    static let point = NumberFormat(decimal: ".", grouping: ",")
    static let comma = NumberFormat(decimal: ",", grouping: ".")
}
