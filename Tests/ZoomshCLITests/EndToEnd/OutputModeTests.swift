import Foundation
import Testing

/// What results look like on standard output: JSON documents for machines (`--json`, and the
/// default when stdout is not a terminal), a one-line headline for people (`--output table`).
@Suite("zoomsh: output modes")
struct OutputModeTests {
    @Test func jsonIsOneDocumentPerResultAndNothingElse() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([
            "--sandbox", "--json", "-c",
            "set topic \"JSON check\"; set duration 45m; create; get $last.id; echo done",
        ])
        run.expectExit(0)
        let documents = try run.jsonDocuments()
        try #require(documents.count == 3, "create, get and echo each print one document: \(run)")
        let created = try #require(documents[0] as? [String: Any])
        let fetched = try #require(documents[1] as? [String: Any])
        #expect(created["topic"] as? String == "JSON check")
        #expect(created["duration"] as? Int == 45)
        #expect((created["join_url"] as? String)?.hasPrefix("https://") == true)
        #expect(fetched["id"] as? Int == created["id"] as? Int)
        #expect(documents[2] as? String == "done")
        #expect(run.stderr.contains("sandbox"), "notes go to stderr, not stdout")
    }

    @Test func jsonIsTheDefaultWhenStdoutIsNotATerminal() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run(["--sandbox", "-c", "whoami"])
        run.expectExit(0)
        let documents = try run.jsonDocuments()
        let user = try #require(documents.first as? [String: Any], "\(run)")
        #expect(documents.count == 1)
        #expect((user["email"] as? String)?.hasSuffix("@sandbox.example.com") == true, "\(run)")
    }

    @Test func tableHeadlineCarriesJoinURLAndPasscode() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([
            "--sandbox", "--output", "table", "-c",
            "set topic \"Weekly sync\"; set start 2031-03-04 10:00; set tz Europe/Madrid; set passcode abc123; create",
        ])
        run.expectExit(0)
        let headline = try #require(run.stdoutLines.first, "\(run)")
        #expect(headline.contains("Weekly sync"), "\(headline)")
        #expect(headline.contains("https://zoom.us/j/"), "the join URL is in the first line: \(headline)")
        #expect(headline.contains("passcode abc123"), "the passcode is in the first line: \(headline)")
        #expect(headline.contains("2031-03-04 10:00"), "the start in the meeting's zone: \(headline)")
        #expect(throws: (any Error).self, "table output is not JSON") { try JSONDocuments.parse(run.stdout) }
    }

    @Test func plainOutputIsBareValues() async throws {
        let zoomsh = try BinaryRunner()
        defer { zoomsh.home.remove() }
        let run = try await zoomsh.run([
            "--sandbox", "--output", "plain", "-c", "set topic Plain; create; echo $last.topic",
        ])
        run.expectExit(0)
        #expect(run.stdoutLines.last == "Plain", "\(run)")
        #expect(run.stdout.contains("topic\tPlain"), "key/value rows are tab-separated: \(run)")
    }
}
