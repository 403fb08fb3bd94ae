import ArgumentParser
import Foundation

/// What the completion scripts of `zoomsh --generate-completion-script` offer for the words
/// that are not flags: a script file or `sandbox` first; then the script's arguments (files),
/// or `serve` and its options after `sandbox`; profile names after `--profile`.
///
/// swift-argument-parser calls these through `zoomsh ---completion …` with the command line's
/// words (`words[0]` is the program), the index of the word being completed, and its prefix.
enum ShellCompletions {
    /// The root options that take a value (their value is not a positional word).
    static let valueOptions: Set<String> = ["--profile", "--api-url", "--oauth-url", "--output", "-c"]
    /// The options of `zoomsh sandbox serve`.
    static let serveOptions = ["--port", "--state", "--plan", "--help"]
    /// The plans of `sandbox serve --plan`.
    static let plans = ["free", "pro", "business"]

    /// For the script file and its arguments (both positional arguments of the root command).
    @Sendable static func positional(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        complete(words: words, index: index, prefix: prefix, files: FileCandidates.current())
    }

    /// For `--profile`: the profiles of the config file.
    @Sendable static func profiles(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let environment = ProcessInfo.processInfo.environment
        let path = ConfigPaths(environment: environment).configFile
        // Only the names are read: a file that is too open is refused when zoomsh runs, not here.
        guard let data = FileManager.default.contents(atPath: path),
            let file = try? ConfigFile.parse(String(decoding: data, as: UTF8.self), path: path)
        else { return [] }
        return file.profileNames.filter { $0.hasPrefix(prefix) }
    }

    /// The candidates for the positional word at `index` (a pure function but for `files`).
    static func complete(words: [String], index: Int, prefix: String, files: FileCandidates) -> [String] {
        let before = positionals(words, before: index)
        if before.first == "sandbox", !words.prefix(index).contains("-c") {
            return sandbox(
                Array(before.dropFirst()), previous: index > 0 ? words[index - 1] : "", prefix: prefix, files)
        }
        let sandbox = before.isEmpty && !words.prefix(index).contains("-c") && "sandbox".hasPrefix(prefix)
        return (sandbox ? ["sandbox"] : []) + files.matching(prefix)
    }

    /// The positional words before `index` (skipping the program, flags, options and their values).
    static func positionals(_ words: [String], before index: Int) -> [String] {
        var result: [String] = []
        var position = 1
        var optionsEnded = false
        while position < min(index, words.count) {
            let word = words[position]
            position += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" || !result.isEmpty {
                result.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else if valueOptions.contains(word) {
                position += 1
            }
        }
        return result
    }

    static func sandbox(_ rest: [String], previous: String, prefix: String, _ files: FileCandidates) -> [String] {
        guard let subcommand = rest.first else { return ["serve"].filter { $0.hasPrefix(prefix) } }
        guard subcommand == "serve" else { return [] }
        switch previous {
        case "--plan": return plans.filter { $0.hasPrefix(prefix) }
        case "--state": return files.matching(prefix)
        case "--port": return []
        default: return prefix.hasPrefix("-") ? serveOptions.filter { $0.hasPrefix(prefix) } : []
        }
    }
}

/// File names that complete a typed prefix, as a shell would offer them.
struct FileCandidates: Sendable {
    /// Where relative prefixes are read from.
    var workingDirectory: String
    /// What `~/` stands for.
    var home: String?
    /// Whether directories get a `/` (bash adds its own under `-o filenames`).
    var marksDirectories: Bool

    /// For the running process and the shell asking.
    static func current() -> FileCandidates {
        let environment = ProcessInfo.processInfo.environment
        return FileCandidates(
            workingDirectory: FileManager.default.currentDirectoryPath, home: environment["HOME"],
            marksDirectories: CompletionShell.requesting != .bash)
    }

    /// The paths starting with `prefix` (hidden ones only when the name typed starts with `.`).
    func matching(_ prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let typedDirectory = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        var directory = typedDirectory
        if directory.hasPrefix("~/"), let home { directory = home + directory.dropFirst(1) }
        if !directory.hasPrefix("/") { directory = (workingDirectory as NSString).appendingPathComponent(directory) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.sorted().filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }
            .map { name in
                var isDirectory: ObjCBool = false
                let path = (directory as NSString).appendingPathComponent(name)
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                return typedDirectory + name + (marksDirectories && isDirectory.boolValue ? "/" : "")
            }
    }
}
