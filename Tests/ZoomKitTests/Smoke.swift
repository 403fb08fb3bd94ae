import Testing

@testable import ZoomKit

@Test func placeholder_ZoomKit() { #expect(Bool(true)) }
