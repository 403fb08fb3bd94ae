import Foundation
import TestSupport
import Testing

@testable import ZoomshCLI

@Suite("ConfigFile: loading and the 0600 rule")
struct ConfigFileLoadTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "zoomsh-config")
    }

    func write(_ text: String, mode: Int) throws -> String {
        try directory.write("config.toml", text, mode: mode)
    }

    static let secret = "[profiles.a]\nclient_secret = \"s3cr3t-value\"\n"

    @Test func missingFileIsNoConfig() throws {
        defer { directory.remove() }
        #expect(try ConfigFile.load(path: directory.file("none.toml")) == nil)
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660, 0o666, 0o620])
    func secretOpenToOthersIsRefused(mode: Int) throws {
        defer { directory.remove() }
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
        defer { directory.remove() }
        let path = try write(Self.secret, mode: mode)
        #expect(try ConfigFile.load(path: path)?.profiles["a"]?.clientSecret == "s3cr3t-value")
    }

    @Test func noSecretMayBeReadable() throws {
        defer { directory.remove() }
        let path = try write("[profiles.a]\nclient_secret_env = \"A_SECRET\"\nhost = \"me\"\n", mode: 0o644)
        #expect(try ConfigFile.load(path: path)?.profiles["a"]?.host == "me")
    }

    @Test func directoryIsRefused() throws {
        defer { directory.remove() }
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: directory.path) }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file: nothing to test"))
    func unreadableFileIsRefused() throws {
        defer { directory.remove() }
        let path = try write("[profiles.a]\n", mode: 0o000)
        #expect(throws: ConfigError.self) { try ConfigFile.load(path: path) }
    }
}
