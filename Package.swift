// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "docloc",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocLoc", targets: ["DocLoc"]),
        .executable(name: "docloc", targets: ["docloc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Linker-defined symbols only (no library): where the executable's .data and .bss lie.
        .systemLibrary(name: "CProgramImage"),
        .target(
            name: "DocLoc",
            dependencies: [
                "CCmarkGFM",
                "CLibXML2",
                "CProgramImage",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "docloc",
            dependencies: [
                "DocLoc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds are linked by lld: `make` links them with the Swift runtime and Foundation built in
            // (--static-swift-stdlib), and gold warns about Foundation's own use of mktemp. The README says why.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(
            name: "DocLocTests",
            dependencies: ["DocLoc"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
