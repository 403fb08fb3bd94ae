import Testing
@testable import LineEditing

@Test func placeholder_LineEditing() { #expect(Bool(true)) }
