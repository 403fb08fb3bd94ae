import Testing
@testable import ZoomShell

@Test func placeholder_ZoomShell() { #expect(Bool(true)) }
