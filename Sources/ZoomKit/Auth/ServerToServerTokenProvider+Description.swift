extension ServerToServerTokenProvider: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Server-to-Server OAuth (account A, client C)`: never the client secret or a token.
    public nonisolated var description: String { summary }

    public nonisolated var debugDescription: String { description }

    /// The account, client and token endpoint only, so that `dump` cannot show the client
    /// secret or the cached token.
    public nonisolated var customMirror: Mirror {
        Mirror(
            self, children: ["accountID": accountID, "clientID": clientID, "oauthURL": oauthURL],
            displayStyle: .class)
    }
}
