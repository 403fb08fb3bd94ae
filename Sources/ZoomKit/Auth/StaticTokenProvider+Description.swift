extension StaticTokenProvider: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `access token (N characters)`: never the token.
    public var description: String { summary }

    public var debugDescription: String { description }

    /// The summary only, so that `dump` cannot show the token.
    public var customMirror: Mirror {
        Mirror(self, children: ["summary": summary], displayStyle: .class)
    }
}
