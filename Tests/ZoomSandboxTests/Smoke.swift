import Testing
@testable import ZoomSandbox

@Test func placeholder_ZoomSandbox() { #expect(Bool(true)) }
