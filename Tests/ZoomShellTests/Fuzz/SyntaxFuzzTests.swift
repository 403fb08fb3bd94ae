import Foundation
import Testing
import ZoomModels

@testable import ZoomSandbox
@testable import ZoomShell

/// Random inputs for the lexer, the parser and the value readers.
struct FuzzInputs {
    var random: SeededRandom

    static let alphabet: [String] = [
        "$", "{", "}", "\"", "'", "\\", ";", "#", "\n", "\r\n", " ", "\t", "-", "--", "=", ".", ":", ",", "+", "a", "z",
        "_", "0", "9", "é", "😀", "\u{0}", "\u{301}", "$x", "${", "${a.b}", "$1", "$#", "--json", "let", "set",
        "api",
        "auth", "s2s", "sdk", "echo", "T", "Z", "am", "pm", "mon", "on", "every", "until", "times", "h", "m", "2026-",
    ]

    static let seeds = [
        "set topic \"Weekly sync\"\nset start tomorrow 10:00 # comment\ncreate --dry-run",
        "let m = $last; echo \"id: ${m.id} $m.occurrences.0.start_time\"\\\n  done",
        "api POST /users/me/meetings '{\"topic\": \"x\"}' --query a=1",
        "auth s2s $1 $2\nsdk signature 123 --role=host\nlist upcoming --from today --to +7d",
        "echo 'single $x' \"double \\\" \\$ \\n\" plain\\ word\nquit 3",
    ]

    static let values = [
        "2026-12-01 10:00", "tomorrow 9:30am", "next monday 10:00 Europe/Madrid", "2026-12-01T10:00:00+05:30",
        "in 1h30m", "weekly on mon,wed until 2027-01-31", "monthly last fri times 3", "1h30m", "500ms", "+7d",
    ]

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func bytes() -> String {
        let count = int(0..<200)
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func tokens() -> String {
        (0..<int(0..<60)).map { _ in Self.alphabet[int(0..<Self.alphabet.count)] }.joined()
    }

    mutating func mutation(of text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<int(1..<6) {
            let position = int(0..<(scalars.count + 1))
            switch int(0..<4) {
            case 0: scalars.insert(contentsOf: Self.alphabet[int(0..<Self.alphabet.count)].unicodeScalars, at: position)
            case 1: if position < scalars.count { scalars.remove(at: position) }
            case 2:
                if position < scalars.count {
                    scalars[position] = Self.alphabet[int(0..<Self.alphabet.count)].unicodeScalars.first!
                }
            default:
                let end = min(scalars.count, position + int(0..<20))
                scalars.insert(contentsOf: scalars[position..<end], at: position)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    mutating func nesting() -> String {
        let pieces = ["${", "\"", "'", "\\", "\"$", "'\"", "{", "$"]
        let piece = pieces[int(0..<pieces.count)]
        return "echo " + String(repeating: piece, count: int(1..<400))
    }

    mutating func longLine() -> String {
        let piece = Self.alphabet[int(0..<Self.alphabet.count)]
        return "set agenda " + String(repeating: piece + "x", count: int(1000..<20000))
    }

    mutating func next(_ iteration: Int) -> String {
        switch iteration % 10 {
        case 0, 1: bytes()
        case 2, 3: tokens()
        case 4, 5, 6: mutation(of: Self.seeds[int(0..<Self.seeds.count)])
        case 7: mutation(of: Self.values[int(0..<Self.values.count)])
        case 8: iteration % 500 == 8 ? longLine() : nesting()
        default: mutation(of: tokens())
        }
    }
}

@Suite("Fuzz: random input never crashes or hangs the syntax layer")
struct SyntaxFuzzTests {
    /// ZOOMSH_FUZZ_ITERATIONS=1000000 runs a long campaign; ZOOMSH_FUZZ_SEED picks the seed.
    static let iterations = ProcessInfo.processInfo.environment["ZOOMSH_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 20000
    static let seed = ProcessInfo.processInfo.environment["ZOOMSH_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED_2026

    static let parser = ScriptParser(commands: TestCommands.table)
    static var variables: ClosureVariableProvider {
        ClosureVariableProvider(names: ["x", "a", "last"]) { name in
            name == "last" ? ["id": 1, "occurrences": [["start_time": "t"]]] : (name.count < 3 ? "v" : .none)
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func randomScripts() throws {
        var inputs = FuzzInputs(random: SeededRandom(seed: Self.seed))
        let started = Date()
        var parsed = 0
        var problems: [String] = []
        for iteration in 0..<Self.iterations {
            let source = inputs.next(iteration)
            if check(source, problems: &problems) { parsed += 1 }
            if problems.count > 20 { break }
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            "fuzz: \(Self.iterations) scripts (seed \(Self.seed)) in \(String(format: "%.2f", seconds)) s, "
                + "\(Int(Double(Self.iterations) / max(seconds, 0.001))) scripts/s; \(parsed) parsed, "
                + "\(Self.iterations - parsed) rejected")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(parsed > 0 && parsed < Self.iterations)
    }

    /// Parses `source` and checks the invariants; returns whether it parsed without error.
    func check(_ source: String, problems: inout [String]) -> Bool {
        func require(_ condition: Bool, _ what: @autoclosure () -> String) {
            if !condition { problems.append("\(what()) in \(source.debugDescription.prefix(300))") }
        }
        let (script, error) = Self.parser.analyze(source, file: "fuzz")
        let bytes = Array(source.utf8)
        if let error {
            require(!error.diagnostics.isEmpty, "an error without diagnostics")
            require(error.diagnostics.count <= Self.parser.maximumDiagnostics, "too many diagnostics")
            for diagnostic in error.diagnostics {
                let location = diagnostic.location
                require(location.line >= 1 && location.column >= 1, "bad location \(location)")
                require(location.offset >= 0 && location.offset <= bytes.count, "offset out of range \(location)")
                // A line that may hold a secret is not echoed, so it has no caret either.
                require(diagnostic.rendered.contains("^") || !diagnostic.showsSourceLine, "no caret")
            }
            let ordered = zip(error.diagnostics, error.diagnostics.dropFirst()).allSatisfy {
                $0.location <= $1.location
            }
            require(ordered, "diagnostics out of order")
        }
        for command in script.commands {
            let topName = command.name.split(separator: " ").first.map(String.init) ?? ""
            require(
                Self.parser.spec(named: topName) != nil || Self.parser.commands.contains { $0.name == topName },
                "unknown command \(command.name) accepted")
            var previous = -1
            for word in command.words {
                guard word.location.offset > previous, word.endOffset <= bytes.count else {
                    require(false, "word offsets \(word.location.offset)..<\(word.endOffset)")
                    break
                }
                previous = word.location.offset
                let slice = String(decoding: bytes[word.location.offset..<word.endOffset], as: UTF8.self)
                require(slice == word.text, "word text \(word.text.debugDescription) is not its source slice")
                _ = try? word.expandedText(in: Self.variables)
                _ = try? word.expandedValue(in: Self.variables)
            }
            _ = command.sourceText(fromArgument: 0)
        }
        return error == nil
    }

    @Test(.timeLimit(.minutes(5)))
    func randomValues() {
        var inputs = FuzzInputs(random: SeededRandom(seed: Self.seed ^ 0xFFFF))
        let zones = [TimeZone(identifier: "Europe/Madrid")!, TimeZone(identifier: "Asia/Kolkata")!]
        let now = Date(timeIntervalSince1970: 1_796_040_000)
        var accepted = 0
        for iteration in 0..<(Self.iterations / 4) {
            let text = iteration % 3 == 0 ? inputs.tokens() : inputs.mutation(of: FuzzInputs.values[iteration % 10])
            let zone = zones[iteration % 2]
            if (try? MeetingTime.parse(text, timeZone: zone, now: now)) != nil { accepted += 1 }
            if (try? DurationParser.minutes(text)) != nil { accepted += 1 }
            if (try? DurationParser.interval(text)) != nil { accepted += 1 }
            if (try? CivilDate.parse(text, timeZone: zone, now: now)) != nil { accepted += 1 }
            if let rule = try? RecurrenceRule.parse(text, timeZone: zone, now: now) {
                accepted += 1
                _ = rule.json(timeZone: zone)
            }
            if iteration % 16 == 0 { _ = try? TimeZoneNames.resolve(text) }
        }
        #expect(accepted > 0)
    }
}
