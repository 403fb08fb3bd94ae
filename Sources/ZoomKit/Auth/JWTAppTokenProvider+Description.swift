extension JWTAppTokenProvider: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `legacy JWT app (API key K)`: never the API secret.
    public var description: String { summary }

    public var debugDescription: String { description }

    /// The API key and lifetime only, so that `dump` cannot show the secret.
    public var customMirror: Mirror {
        Mirror(self, children: ["apiKey": apiKey, "lifetime": lifetime], displayStyle: .struct)
    }
}
