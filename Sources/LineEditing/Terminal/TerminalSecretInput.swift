import TerminalText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a secret from a terminal with echo off.
enum TerminalSecretInput {
    /// Shows `prompt` on `output`, turns echo off on the terminal behind `input` (the line feed is
    /// still echoed), reads one line and restores the terminal. `nil` on Ctrl-C or at the end of input.
    static func read(from input: InterruptibleInput, output: Int32, prompt: String) -> String? {
        OutputWriter.write(TextSanitizer.singleLine(prompt), to: output)
        var original = termios()
        let isTerminal = tcgetattr(input.descriptor, &original) == 0
        if isTerminal {
            var quiet = original
            quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK)
            quiet.c_lflag |= tcflag_t(ECHONL | ICANON)
            tcsetattr(input.descriptor, TCSAFLUSH, &quiet)
        }
        defer {
            if isTerminal { tcsetattr(input.descriptor, TCSANOW, &original) }
        }
        input.begin()
        defer { input.end() }
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { input.readBytes(into: $0.baseAddress!, count: $0.count) }
            guard let count else {
                OutputWriter.write("\n", to: output)
                return nil
            }
            if count <= 0 {
                guard !collected.isEmpty else {
                    OutputWriter.write("\n", to: output)
                    return nil
                }
                return LineDecoding.string(collected)
            }
            collected += buffer[0..<count]
            if let newline = collected.firstIndex(of: UInt8(ascii: "\n")) {
                return LineDecoding.string(Array(collected[..<newline]))
            }
        }
    }
}
