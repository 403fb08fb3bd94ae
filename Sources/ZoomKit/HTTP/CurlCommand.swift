import Foundation

/// Renders a request as a `curl` command that a POSIX shell can run.
///
/// Every argument is single-quoted; a placeholder such as `$ZOOM_TOKEN` is left outside the
/// quotes (`'Authorization: Bearer '"$ZOOM_TOKEN"`) so the shell expands it.
public enum CurlCommand {
    /// The command for `request`.
    ///
    /// - Parameters:
    ///   - multiline: one option a line, joined by ` \` (else one line).
    ///   - variables: shell variables to expand where `$NAME` appears in a header, URL or body.
    public static func render(
        _ request: HTTPRequestData, multiline: Bool = true, variables: [String] = ["ZOOM_TOKEN"]
    ) -> String {
        var words: [[String]] = [["curl"]]
        if request.method != "GET" || request.body != nil {
            words[0].append(contentsOf: ["-X", quote(request.method, variables: [])])
        }
        words[0].append(quote(request.url, variables: variables))
        for header in request.headers {
            words.append(["-H", quote("\(header.name): \(header.value)", variables: variables)])
        }
        if let body = request.body {
            words.append(["--data-raw", quote(String(decoding: body, as: UTF8.self), variables: [])])
        }
        let lines = words.map { $0.joined(separator: " ") }
        return lines.joined(separator: multiline ? " \\\n  " : " ")
    }

    /// `text` as one shell word: single-quoted, with `$NAME` of `variables` left for the shell.
    public static func quote(_ text: String, variables: [String] = []) -> String {
        var pieces: [String] = []
        var rest = Substring(text)
        while let (range, name) = firstVariable(in: rest, variables: variables) {
            if range.lowerBound > rest.startIndex { pieces.append(singleQuoted(rest[..<range.lowerBound])) }
            pieces.append("\"$\(name)\"")
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append(singleQuoted(rest)) }
        return pieces.joined()
    }

    private static func singleQuoted(_ text: Substring) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func firstVariable(in text: Substring, variables: [String]) -> (Range<Substring.Index>, String)? {
        var best: (Range<Substring.Index>, String)?
        for name in variables {
            var searchStart = text.startIndex
            while let range = text.range(of: "$\(name)", range: searchStart..<text.endIndex) {
                let next = range.upperBound < text.endIndex ? text[range.upperBound] : " "
                if next.isLetter || next.isNumber || next == "_" {
                    searchStart = range.upperBound
                    continue
                }
                if best == nil || range.lowerBound < best!.0.lowerBound { best = (range, name) }
                break
            }
        }
        return best
    }
}
