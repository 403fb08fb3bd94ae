import CEditLine

extension EditLineReader {
    /// Handles Tab: asks the completion provider, then inserts, lists or beeps.
    func complete() -> UInt8 {
        guard let completion, let info = el_line(editor)?.pointee, let buffer = info.buffer else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, info.lastchar - buffer))
        let cursor = min(max(0, info.cursor - buffer), bytes.count)
        let before = String(decoding: bytes[..<cursor], as: UTF8.self)
        let after = String(decoding: bytes[cursor...], as: UTF8.self)
        let result = completion(before + after, before.count)
        switch CompletionPlanner.step(before: before, after: after, completion: result) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .unchanged:
            return UInt8(CC_REFRESH)
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editor, Int32(deleting)) }
            return el_insertstr(editor, inserting) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let candidates):
            if CompletionListing.needsConfirmation(candidates.count) {
                writeOutput("\r\n" + CompletionListing.confirmationQuestion(candidates.count))
                guard confirmListing() else {
                    writeOutput("\r\n")
                    return UInt8(CC_REDISPLAY)
                }
            }
            let width = Int(zoomsh_el_get_numeric_capability(editor, "co", 80))
            let lines = CompletionListing.lines(for: candidates, width: width)
            writeOutput("\r\n" + lines.joined(separator: "\r\n") + "\r\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Reads keys until one answers the "Display all N possibilities?" question (see
    /// `CompletionListing.answer(to:)`); the end of the input or an interrupt is a no.
    private func confirmListing() -> Bool {
        while true {
            var byte: UInt8 = 0
            guard let count = input.readBytes(into: &byte, count: 1), count == 1 else { return false }
            if let answer = CompletionListing.answer(to: byte) { return answer }
            writeOutput("\u{7}")
        }
    }
}
