import Foundation

/// The random and derived strings of a meeting: UUIDs, passcodes and join links.
enum MeetingSecrets {
    private static let alphanumerics = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    private static let urlSafe = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// A meeting UUID: the base64 of 16 random bytes, like `aDYlohsHRtCd4ii1uC2+hA==`.
    static func uuid() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
    }

    /// A generated passcode: 6 letters and digits (with at least one of each).
    static func password() -> String {
        while true {
            let candidate = String((0..<6).map { _ in alphanumerics.randomElement()! })
            if candidate.contains(where: \.isLetter), candidate.contains(where: \.isNumber) { return candidate }
        }
    }

    /// `count` random URL-safe characters.
    static func token(_ count: Int) -> String {
        String((0..<count).map { _ in urlSafe.randomElement()! })
    }

    /// The passcode as it travels in join links: 32 random URL-safe characters and `.1`.
    static func encryptedPassword() -> String { token(32) + ".1" }

    /// The numeric passcode for phones and room systems: the passcode itself when it is all
    /// digits, else 6 digits derived from it (the same passcode always gives the same digits).
    static func numericPassword(_ password: String) -> String {
        if !password.isEmpty, password.allSatisfy({ $0.isASCII && $0.isNumber }) { return password }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in password.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digits = String(hash % 1_000_000)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The meeting ID grouped as Zoom prints it: `855 4444 3210`.
    static func spacedID(_ id: Int64) -> String {
        let text = String(id)
        let groups: [Int]
        switch text.count {
        case 11: groups = [3, 4, 4]
        case 10: groups = [3, 3, 4]
        case 9: groups = [3, 3, 3]
        default: return text
        }
        var parts: [String] = []
        var index = text.startIndex
        for size in groups {
            let end = text.index(index, offsetBy: size)
            parts.append(String(text[index..<end]))
            index = end
        }
        return parts.joined(separator: " ")
    }
}
