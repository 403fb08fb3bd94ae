import Foundation
import Testing

@testable import ZoomKit
@testable import ZoomModels

/// The requests of the API operations, built without sending.
struct MeetingRequestTests {
    @Test func createGoesToTheUsersMeetings() throws {
        let request = try ZoomRequest.createMeeting(body: ["topic": "T"])
        #expect(request.method == "POST" && request.path == "/users/me/meetings" && request.query.isEmpty)
        #expect(request.body == ["topic": "T"])
        #expect(try ZoomRequest.createMeeting(userID: "a+b@x.com", body: [:]).path == "/users/a%2Bb@x.com/meetings")
        #expect(try ZoomRequest.createMeeting(userID: "x/../y", body: [:]).path == "/users/x%2F..%2Fy/meetings")
        #expect(throws: ZoomArgumentError.self) { try ZoomRequest.createMeeting(userID: " ", body: [:]) }
    }

    @Test func getUpdateDeleteAndTheirQueries() {
        let get = ZoomRequest.getMeeting(
            id: 85_746_065_123, occurrenceID: "1648194360000", showPreviousOccurrences: true)
        #expect(get.method == "GET" && get.path == "/meetings/85746065123")
        #expect(
            get.query == [QueryItem("occurrence_id", "1648194360000"), QueryItem("show_previous_occurrences", "true")])
        #expect(ZoomRequest.getMeeting(id: 1).query.isEmpty)
        let update = ZoomRequest.updateMeeting(id: 5, body: ["agenda": "x"], occurrenceID: "7")
        #expect(
            update.method == "PATCH" && update.path == "/meetings/5"
                && update.query == [QueryItem("occurrence_id", "7")])
        #expect(update.body == ["agenda": "x"])
        let delete = ZoomRequest.deleteMeeting(
            id: 5, occurrenceID: "7", scheduleForReminder: false, cancelMeetingReminder: true)
        #expect(delete.method == "DELETE" && delete.path == "/meetings/5" && delete.body == nil)
        #expect(
            delete.query == [
                QueryItem("occurrence_id", "7"), QueryItem("schedule_for_reminder", "false"),
                QueryItem("cancel_meeting_reminder", "true"),
            ])
        #expect(ZoomRequest.deleteMeeting(id: 5).query.isEmpty)
    }

    @Test func listTakesFiltersAndRefusesTooBigPages() throws {
        let query = MeetingListQuery(
            type: .upcomingMeetings, from: "2026-01-01", to: "2026-01-31", timezone: "Europe/Madrid", pageSize: 300)
        let request = try ZoomRequest.listMeetings(userID: "ana@example.com", query: query, pageToken: "tok")
        #expect(request.method == "GET" && request.path == "/users/ana@example.com/meetings")
        #expect(
            request.query == [
                QueryItem("type", "upcoming_meetings"), QueryItem("page_size", "300"), QueryItem("from", "2026-01-01"),
                QueryItem("to", "2026-01-31"), QueryItem("timezone", "Europe/Madrid"),
                QueryItem("next_page_token", "tok"),
            ])
        #expect(try ZoomRequest.listMeetings().query.isEmpty)
        func refusal(_ query: MeetingListQuery) -> String? {
            do {
                _ = try ZoomRequest.listMeetings(query: query)
                return nil
            } catch { return error.description }
        }
        #expect(refusal(MeetingListQuery(pageSize: 301)) == "page_size: 301 is out of range: 1 to 300")
        #expect(refusal(MeetingListQuery(pageSize: 0)) == "page_size: 0 is out of range: 1 to 300")
        #expect(refusal(MeetingListQuery(from: "2026-1-1")) == "from: '2026-1-1' is not a date: use yyyy-MM-dd")
        #expect(refusal(MeetingListQuery(to: "2026-02-30")) == "to: '2026-02-30' is not a date: use yyyy-MM-dd")
        #expect(
            refusal(MeetingListQuery(from: "2026-02-01", to: "2026-01-01"))
                == "to: 2026-01-01 is before from (2026-02-01)")
        #expect(MeetingListType(rawValue: "previous_meetings") == .previousMeetings)
        #expect(
            MeetingListType.allCases.map(\.rawValue) == [
                "scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings",
            ])
    }

    @Test func invitationStatusAndUsers() throws {
        #expect(ZoomRequest.meetingInvitation(id: 9).path == "/meetings/9/invitation")
        let end = ZoomRequest.updateMeetingStatus(id: 9, action: .end)
        #expect(end.method == "PUT" && end.path == "/meetings/9/status" && end.body == ["action": "end"])
        #expect(ZoomRequest.updateMeetingStatus(id: 9, action: .recover).body == ["action": "recover"])
        #expect(try ZoomRequest.getUser().path == "/users/me")
        #expect(try ZoomRequest.getUser("ana@example.com").path == "/users/ana@example.com")
    }

    @Test func rawRequestsAsPeopleTypeThem() throws {
        let request = try ZoomRequest.raw(method: "get", path: "users/me/meetings?type=live&page_size=5")
        #expect(request.method == "GET" && request.path == "/users/me/meetings")
        #expect(request.query == [QueryItem("type", "live"), QueryItem("page_size", "5")])
        #expect(try ZoomRequest.raw(method: "POST", path: "/x", body: ["a": 1]).body == ["a": 1])
        #expect(try ZoomRequest.raw(method: "GET", path: "/a b").path == "/a%20b")
        #expect(try ZoomRequest.raw(method: "GET", path: "/a%20b").path == "/a%20b")
        #expect(try ZoomRequest.raw(method: "GET", path: "/q?x=a%26b").query == [QueryItem("x", "a&b")])
        #expect(throws: ZoomArgumentError.self) { try ZoomRequest.raw(method: "G E T", path: "/x") }
        #expect(throws: ZoomArgumentError.self) { try ZoomRequest.raw(method: "GET", path: "  ") }
    }
}
