/// One query item of a request URL (or of a form body), unencoded.
public struct QueryItem: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The value, unencoded.
    public var value: String

    /// A query item.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
