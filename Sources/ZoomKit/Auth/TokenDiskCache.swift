import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The on-disk half of the token cache: one JSON file per profile, account, client and OAuth URL.
///
/// Reading never fails: a missing, unreadable, corrupt or too widely readable file is ignored.
/// Writing is best effort (a read-only home must not stop a command): temp file with mode
/// 0600 in the same directory, then `rename`.
struct TokenDiskCache: Sendable {
    let path: String
    let directory: String
    private let identity: Identity

    struct Identity: Codable, Hashable, Sendable {
        var accountID: String
        var clientID: String
        var oauthURL: String

        enum CodingKeys: String, CodingKey {
            case accountID = "account_id"
            case clientID = "client_id"
            case oauthURL = "oauth_url"
        }
    }

    private struct Entry: Codable {
        var identity: Identity
        var accessToken: String
        var expiresAt: Double?
        var scope: String?
        var apiURL: String?

        enum CodingKeys: String, CodingKey {
            case identity = "for"
            case accessToken = "access_token"
            case expiresAt = "expires_at"
            case scope
            case apiURL = "api_url"
        }
    }

    init(location: TokenCacheLocation, accountID: String, clientID: String, oauthURL: String) {
        identity = Identity(accountID: accountID, clientID: clientID, oauthURL: oauthURL)
        directory = location.directory
        let hash = fnv1a64("\(accountID)\n\(clientID)\n\(oauthURL)")
        path = "\(location.directory)/s2s-\(location.profile.fileNameSafe)-\(String(hash, radix: 16)).json"
    }

    /// The cached token, or nil when there is none that can be trusted.
    func load() -> AccessToken? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 == 0, info.st_size < 65536 else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
            let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.identity == identity, !entry.accessToken.isEmpty
        else { return nil }
        return AccessToken(
            value: entry.accessToken,
            expiresAt: entry.expiresAt.map { Date(timeIntervalSince1970: $0) },
            scope: entry.scope,
            apiURL: entry.apiURL)
    }

    /// Saves `token`, replacing the file atomically; errors are ignored.
    func store(_ token: AccessToken) {
        let entry = Entry(
            identity: identity, accessToken: token.value,
            expiresAt: token.expiresAt?.timeIntervalSince1970, scope: token.scope, apiURL: token.apiURL)
        guard let data = try? JSONEncoder().encode(entry), makeDirectory() else { return }
        let temporary = "\(directory)/.\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { return }
        var ok = fchmod(fd, 0o600) == 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while ok, offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { ok = false } else { offset += written }
            }
        }
        ok = ok && fsync(fd) == 0
        ok = close(fd) == 0 && ok
        if !ok || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// Deletes the file when it holds `value`.
    func remove(ifValue value: String) {
        if load()?.value == value { unlink(path) }
    }

    /// Creates the directory (mode 0700) and its parents; tightens an existing directory to 0700.
    private func makeDirectory() -> Bool {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { return false }
            if info.st_mode & 0o077 != 0, info.st_uid == getuid() { chmod(directory, 0o700) }
            return true
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory {
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else { return false }
        chmod(directory, 0o700)
        return true
    }
}

extension String {
    /// Letters, digits, `.`, `_` and `-` kept; anything else becomes `_`.
    var fileNameSafe: String {
        let safe = String(
            unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        return safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
    }
}

/// FNV-1a, 64 bits: a stable file-name hash (not a security measure).
func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
}
