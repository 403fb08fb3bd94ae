#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes the C library's character handling (`LC_CTYPE`) UTF-8, which libedit needs to edit
/// non-ASCII text: the user's locale when it is UTF-8, else `C.UTF-8` when available.
enum LocaleSetup {
    /// Whether the character handling is UTF-8 after the setup (done once per process).
    static let isUTF8: Bool = {
        setlocale(LC_CTYPE, "")
        if codesetIsUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if codesetIsUTF8 { return true }
        }
        return false
    }()

    private static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
