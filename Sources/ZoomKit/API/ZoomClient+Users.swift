import Foundation
import ZoomModels

// User operations.
extension ZoomClient {
    /// The user the token acts for (`GET /users/me`).
    public func currentUser() async throws -> User {
        try await user("me")
    }

    /// A user by ID or email address (`GET /users/{userId}`).
    public func user(_ userID: String) async throws -> User {
        try decode(User.self, from: await send(.getUser(userID)))
    }
}
