import Foundation

/// Splits a stream of concatenated JSON documents (what `--json` writes: one per result,
/// pretty-printed or not) and parses each one strictly.
enum JSONDocuments {
    /// A stream that is not a sequence of whole JSON documents.
    struct NotJSON: Error, CustomStringConvertible {
        var description: String
    }

    /// The documents in `text`, in order. Anything between documents but whitespace is an error.
    static func parse(_ text: String) throws -> [Any] {
        var documents: [Any] = []
        let bytes = Array(text.utf8)
        var index = 0
        while true {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
            guard index < bytes.count else { return documents }
            let end = try documentEnd(bytes, from: index)
            let slice = Data(bytes[index..<end])
            do {
                documents.append(try JSONSerialization.jsonObject(with: slice, options: [.fragmentsAllowed]))
            } catch {
                throw NotJSON(description: "not JSON at byte \(index): \(String(decoding: slice, as: UTF8.self))")
            }
            index = end
        }
    }

    /// The index just past the document that starts at `start`.
    private static func documentEnd(_ bytes: [UInt8], from start: Int) throws -> Int {
        let first = bytes[start]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return try containerEnd(bytes, from: start) }
        if first == UInt8(ascii: "\"") { return try stringEnd(bytes, from: start) }
        // A bare scalar (number, true, false, null) runs to the next whitespace.
        var index = start
        while index < bytes.count, ![0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index
    }

    private static func containerEnd(_ bytes: [UInt8], from start: Int) throws -> Int {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = try stringEnd(bytes, from: index)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        throw NotJSON(description: "a JSON document starting at byte \(start) never ends")
    }

    private static func stringEnd(_ bytes: [UInt8], from start: Int) throws -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
            index += 1
        }
        throw NotJSON(description: "a JSON string starting at byte \(start) never ends")
    }
}
