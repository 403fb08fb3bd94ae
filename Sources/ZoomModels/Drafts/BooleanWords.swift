/// The words that mean true and false wherever zoomsh reads a switch or a boolean field:
/// `on`/`off`, `true`/`false`, `yes`/`no` (any case).
public enum BooleanWords {
    /// Every word, the true one of each pair first.
    public static let all = ["on", "off", "true", "false", "yes", "no"]

    /// true or false for one of the words (any case), nil for anything else.
    public static func value(of text: String) -> Bool? {
        switch text.lowercased() {
        case "on", "true", "yes": true
        case "off", "false", "no": false
        default: nil
        }
    }
}
