/// The history file format of libedit (`H_SAVE` / `H_LOAD`): a `_HiStOrY_V2_` line, then one entry
/// per line encoded with vis(3), so that an entry may hold newlines, tabs and backslashes.
///
/// Entries are written with a backslash as `\\` and every control character as a three-digit octal
/// escape (`\012` for a newline); spaces and non-ASCII text stay readable. libedit's `H_LOAD` reads
/// such a file, and ``decode(_:)`` reads what libedit's `H_SAVE` writes (octal, `\M-`, `\^` and
/// C-style escapes).
enum HistoryFileFormat {
    /// The first line of a libedit history file.
    static let cookie = "_HiStOrY_V2_"

    /// `entry` as one line of the file, without the line feed.
    static func encode(_ entry: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entry.utf8.count)
        for byte in entry.utf8 {
            switch byte {
            case UInt8(ascii: "\\"):
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0..<0x20, 0x7F:
                bytes.append(UInt8(ascii: "\\"))
                bytes += [byte >> 6, (byte >> 3) & 7, byte & 7].map { UInt8(ascii: "0") + $0 }
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The whole file for `entries`, oldest first.
    static func file(_ entries: [String]) -> String {
        ([cookie] + entries.map(encode)).map { $0 + "\n" }.joined()
    }

    /// The entries of a file's bytes, oldest first, and whether it started with the libedit cookie.
    /// Without the cookie every line is taken literally. Invalid UTF-8 becomes U+FFFD.
    static func parse(_ data: [UInt8]) -> (entries: [String], hasCookie: Bool) {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        let hasCookie = lines.first.map { Array($0) == Array(cookie.utf8) } ?? false
        if hasCookie { lines.removeFirst() }
        let entries = lines.map { line -> String in
            let bytes = hasCookie ? decode(Array(line)) : Array(line)
            return String(decoding: bytes, as: UTF8.self)
        }
        return (entries, hasCookie)
    }

    /// Undoes vis(3) encoding (the subset libedit and libbsd produce); an unknown escape is kept as is.
    static func decode(_ line: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        var index = 0
        func byte(at offset: Int) -> UInt8? {
            index + offset < line.count ? line[index + offset] : nil
        }
        while index < line.count {
            let current = line[index]
            guard current == UInt8(ascii: "\\"), let next = byte(at: 1) else {
                result.append(current)
                index += 1
                continue
            }
            if let (value, length) = decodeEscape(next: next, byte: byte) {
                result.append(value)
                index += length
            } else {
                result.append(current)
                index += 1
            }
        }
        return result
    }

    /// The byte of the escape starting at the backslash and the escape's length, or `nil`.
    private static func decodeEscape(next: UInt8, byte: (Int) -> UInt8?) -> (UInt8, Int)? {
        switch next {
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = 0
            var length = 1
            while length <= 3, let digit = byte(length), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(digit) {
                value = value * 8 + Int(digit - UInt8(ascii: "0"))
                length += 1
            }
            return (UInt8(truncatingIfNeeded: value), length)
        case UInt8(ascii: "M"):
            // \M-c is c with the high bit set; \M^c the control character c with the high bit set.
            guard let kind = byte(2), let character = byte(3) else { return nil }
            if kind == UInt8(ascii: "-") { return (character | 0x80, 4) }
            if kind == UInt8(ascii: "^") { return (control(character) | 0x80, 4) }
            return nil
        case UInt8(ascii: "^"):
            guard let character = byte(2) else { return nil }
            return (control(character), 3)
        default:
            guard let value = simpleEscapes[next] else { return nil }
            return (value, 2)
        }
    }

    private static func control(_ character: UInt8) -> UInt8 {
        character == UInt8(ascii: "?") ? 0x7F : character & 0x1F
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
        UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "a"): 0x07, UInt8(ascii: "v"): 0x0B,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "s"): 0x20, UInt8(ascii: "E"): 0x1B,
    ]
}
