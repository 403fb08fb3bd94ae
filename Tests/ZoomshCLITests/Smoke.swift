import Testing
@testable import ZoomshCLI

@Test func placeholder_ZoomshCLI() { #expect(Bool(true)) }
