// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zoomsh",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zoomsh", targets: ["zoomsh"]),
        .library(name: "ZoomModels", targets: ["ZoomModels"]),
        .library(name: "ZoomKit", targets: ["ZoomKit"]),
        .library(name: "ZoomShell", targets: ["ZoomShell"]),
        .library(name: "ZoomSandbox", targets: ["ZoomSandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "ZoomModels"),
        .target(
            name: "ZoomKit",
            dependencies: [
                "ZoomModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(name: "TerminalText"),
        .target(name: "ZoomShell", dependencies: ["ZoomKit", "ZoomModels", "TerminalText"]),
        .target(name: "LineEditing", dependencies: ["CEditLine", "TerminalText"]),
        .target(
            name: "ZoomSandbox",
            dependencies: [
                "ZoomModels",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ZoomshCLI",
            dependencies: [
                "ZoomShell", "ZoomKit", "LineEditing", "ZoomSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(name: "zoomsh", dependencies: ["ZoomshCLI"]),
        // What the test targets share: the pty harness, the sandbox fixture, temporary
        // directories, and the checker of JSON against Zoom's OpenAPI specs.
        .target(name: "TestSupport", dependencies: ["ZoomModels", "ZoomSandbox"], path: "Tests/TestSupport"),
        .testTarget(
            name: "ZoomKitTests",
            dependencies: [
                "ZoomKit", "ZoomModels", "TestSupport",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "ZoomSandboxTests",
            dependencies: [
                "ZoomSandbox", "ZoomKit", "ZoomModels", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ZoomShellTests",
            dependencies: ["ZoomShell", "ZoomKit", "ZoomModels", "ZoomSandbox", "TestSupport"],
            resources: [.copy("Scripts")]
        ),
        .testTarget(
            name: "LineEditingTests", dependencies: ["LineEditing", "CEditLine", "TerminalText", "TestSupport"]),
        .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
        .testTarget(
            name: "ZoomshCLITests",
            dependencies: [
                "ZoomshCLI", "ZoomShell", "ZoomKit", "ZoomSandbox", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
