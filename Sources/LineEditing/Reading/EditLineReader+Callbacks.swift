import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libedit's prompt function: the reader's current prompt.
let editLinePromptCallback: zoomsh_prompt_fn = { editor in
    EditLineReader.reader(of: editor)?.currentPrompt
}

/// libedit's character reader (`EL_GETCFN`).
let editLineReadCallback: zoomsh_getc_fn = { editor, character in
    guard let character else { return -1 }
    guard let reader = EditLineReader.reader(of: editor) else {
        character.pointee = 0
        return -1
    }
    return reader.readCharacter(into: character)
}

/// The `zoomsh-complete` editor command, bound to Tab.
let editLineCompleteCallback: zoomsh_command_fn = { editor, _ in
    guard let reader = EditLineReader.reader(of: editor) else { return UInt8(CC_ERROR) }
    return reader.complete()
}

extension EditLineReader {
    /// Reads one character for libedit: 1 when read, 0 at the end of the input, -1 on an error or
    /// an interrupt (`errno` `EINTR`, which makes `el_gets` discard the line and return `NULL`).
    ///
    /// Bytes are decoded with the C library's multibyte decoder (UTF-8 after ``LocaleSetup``);
    /// an invalid byte is skipped, as libedit's own reader does.
    func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        character.pointee = 0
        var pending: [CChar] = []
        while true {
            var byte: UInt8 = 0
            guard let count = input.readBytes(into: &byte, count: 1) else {
                lastReadWasInterrupted = true
                errno = EINTR
                return -1
            }
            if count == 0 { return 0 }
            if count < 0 { return -1 }
            pending.append(CChar(bitPattern: byte))
            while !pending.isEmpty {
                var state = mbstate_t()
                let result = mbrtowc(character, pending, pending.count, &state)
                if result == -2 {  // incomplete
                    if pending.count >= 8 { pending.removeAll() }
                    break
                }
                if result < 0 {  // invalid
                    // Drop the invalid sequence; its last byte may start a valid one.
                    pending = pending.count > 1 ? [pending[pending.count - 1]] : []
                    continue
                }
                return 1
            }
        }
    }
}
