import Foundation
import Testing

@testable import ZoomshCLI

@Suite("ConfigFile: loading and the 0600 rule")
struct ConfigFileLoadTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoomsh-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ text: String, mode: Int) throws -> String {
        let path = directory.appendingPathComponent("config.toml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    static let secret = "[profiles.a]\nclient_secret = \"s3cr3t-value\"\n"

    @Test func missingFileIsNoConfig() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try ConfigFile.load(path: directory.appendingPathComponent("none.toml").path) == nil)
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o666, 0o620])
    func secretOpenToOthersIsRefused(mode: Int) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write(Self.secret, mode: mode)
        do {
            _ = try ConfigFile.load(path: path)
            Issue.record("mode \(String(mode, radix: 8)) was accepted")
        } catch {
            #expect(error.message.contains("chmod 600 \(path)"), "\(error)")
            #expect(error.message.contains(String(mode, radix: 8)), "the message shows the mode: \(error)")
            #expect(!error.message.contains("s3cr3t-value"))
        }
    }

    @Test(arguments: [0o600, 0o400])
    func secretPrivateToTheOwnerIsRead(mode: Int) throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write(Self.secret, mode: mode)
        #expect(try ConfigFile.load(path: path)?.profiles["a"]?.clientSecret == "s3cr3t-value")
    }

    @Test func noSecretMayBeReadable() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write("[profiles.a]\nclient_secret_env = \"A_SECRET\"\nhost = \"me\"\n", mode: 0o644)
        #expect(try ConfigFile.load(path: path)?.profiles["a"]?.host == "me")
    }

    @Test func directoryIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: directory.path) }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file: nothing to test"))
    func unreadableFileIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write("[profiles.a]\n", mode: 0o000)
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: path) }
    }
}
