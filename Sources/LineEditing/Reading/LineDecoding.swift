/// Turns the bytes of a line into a string.
enum LineDecoding {
    /// `bytes` without a trailing carriage return, as UTF-8 (invalid bytes become U+FFFD).
    static func string(_ bytes: [UInt8]) -> String {
        var bytes = bytes[...]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
