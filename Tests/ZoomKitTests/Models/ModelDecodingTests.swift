import Foundation
import Testing

@testable import ZoomModels

struct ModelDecodingTests {
    /// A `GET /meetings/{meetingId}` answer shaped like the spec's example, with keys the spec
    /// does not have.
    static let meetingJSON = """
        {"assistant_id":"kFFvsJc-Q1OSxaJQLvaa_A","host_email":"jchill@example.com",
         "host_id":"30R7kT7bTIKSNUFEuH_Qlg",
         "id":97763643886,"uuid":"aDYlohsHRtCd4ii1uC2+hA==","agenda":"My Meeting","created_at":"2022-03-25T07:29:29Z",
         "duration":60,"encrypted_password":"8pEkRweVXPV3Ob2KJYgFTRlDtl1gSn.1","pstn_password":"123456",
         "h323_password":"123456","join_url":"https://example.com/j/11111",
         "chat_join_url":"https://example.com/launch/jc",
         "occurrences":[{"duration":60,"occurrence_id":"1648194360000","start_time":"2022-03-25T07:46:00Z",
           "status":"available","future_key":1}],
         "password":"123456","pmi":"97891943927","pre_schedule":false,
         "recurrence":{"end_date_time":"2022-04-02T15:59:00Z","end_times":7,"monthly_day":1,"monthly_week":1,
           "monthly_week_day":1,"repeat_interval":1,"type":1,"weekly_days":"1"},
         "settings":{"host_video":true,"audio":"telephony","brand_new":{"x":1}},
         "start_time":"2022-03-25T07:29:29Z","start_url":"https://example.com/s/11111","status":"waiting",
         "timezone":"America/Los_Angeles","topic":"My Meeting",
         "tracking_fields":[{"field":"field1","value":"value1","visible":true}],
         "type":2,"dynamic_host_key":"123456","creation_source":"open_api","never_heard_of":[1,2,3]}
        """

    @Test func decodesAMeetingAndKeepsTheRawJSON() throws {
        let meeting = try Meeting(data: Data(Self.meetingJSON.utf8))
        #expect(meeting.id == 97_763_643_886)
        #expect(meeting.uuid == "aDYlohsHRtCd4ii1uC2+hA==")
        #expect(meeting.hostID == "30R7kT7bTIKSNUFEuH_Qlg" && meeting.hostEmail == "jchill@example.com")
        #expect(meeting.topic == "My Meeting" && meeting.type == 2 && meeting.status == "waiting")
        #expect(meeting.startTime == "2022-03-25T07:29:29Z" && meeting.duration == 60)
        #expect(meeting.timezone == "America/Los_Angeles")
        #expect(meeting.joinURL == "https://example.com/j/11111" && meeting.startURL == "https://example.com/s/11111")
        #expect(meeting.password == "123456" && meeting.h323Password == "123456" && meeting.pstnPassword == "123456")
        #expect(meeting.encryptedPassword == "8pEkRweVXPV3Ob2KJYgFTRlDtl1gSn.1")
        #expect(meeting.pmi == "97891943927" && meeting.preSchedule == false && meeting.creationSource == "open_api")
        #expect(meeting.occurrences.map(\.occurrenceID) == ["1648194360000"])
        #expect(meeting.occurrences.first?.status == "available" && meeting.occurrences.first?.duration == 60)
        #expect(meeting.trackingFields == [MeetingTrackingField(field: "field1", value: "value1", visible: true)])
        #expect(meeting.settings?["audio"] == "telephony")
        #expect(meeting.recurrence?["end_times"] == 7)
        #expect(meeting.raw["never_heard_of"] == [1, 2, 3])
        #expect(meeting.startDate == Date(timeIntervalSince1970: 1_648_193_369))
        #expect(meeting.recurrenceRule?.frequency == .daily)
    }

    @Test func decodesThroughJSONDecoder() throws {
        let meeting = try JSONDecoder().decode(Meeting.self, from: Data(Self.meetingJSON.utf8))
        #expect(meeting.id == 97_763_643_886)
        #expect(meeting.raw["never_heard_of"] != nil)
    }

    @Test func missingOptionalsAndOddTypesAreFine() throws {
        let meeting = try Meeting(json: ["id": "85746065", "type": "2", "duration": "sixty", "pmi": 123])
        #expect(meeting.id == 85_746_065 && meeting.type == 2 && meeting.duration == nil && meeting.pmi == "123")
        #expect(meeting.topic == nil && meeting.occurrences.isEmpty && meeting.settings == nil)
        #expect(throws: ZoomModelError.self) { try Meeting(json: ["topic": "no id"]) }
        #expect(throws: ZoomModelError.self) { try Meeting(json: [1, 2]) }
    }

    @Test func decodesAListPage() throws {
        let page = try MeetingListPage(
            json: [
                "next_page_token": "tok", "page_count": 3, "page_number": 1, "page_size": 2, "total_records": 5,
                "meetings": [
                    [
                        "id": 1, "uuid": "u1", "topic": "A", "type": 8, "start_time": "2026-01-01T10:00:00Z",
                        "extra": true,
                    ],
                    ["id": 2, "host_id": "h", "agenda": "B", "join_url": "https://j/2", "pmi": "99"],
                ],
            ])
        #expect(page.nextPageToken == "tok" && page.pageCount == 3 && page.pageSize == 2 && page.totalRecords == 5)
        #expect(page.items.map(\.id) == [1, 2])
        #expect(
            page.items.first?.topic == "A" && page.items[1].pmi == "99" && page.items[1].joinURL == "https://j/2")
        #expect(try MeetingListPage(json: ["next_page_token": "", "meetings": []]).nextPageToken == nil)
        #expect(try MeetingListPage(json: [:]).items.isEmpty)
    }

    @Test func decodesAUser() throws {
        let user = try User(
            json: [
                "id": "zJKyaiAyTNC-MWjiWC18KQ", "email": "jchill@example.com", "first_name": "Jill",
                "last_name": "Chill",
                "display_name": "", "type": 2, "status": "active", "timezone": "Asia/Shanghai", "pmi": 3_542_471_135,
                "use_pmi": false, "account_id": "q6gBJVO5TzexKYTb_I2rpg", "account_number": 10_009_239,
                "role_name": "Owner", "language": "en-US", "cluster": "us04", "custom_attributes": [["key": "k"]],
            ])
        #expect(user.id == "zJKyaiAyTNC-MWjiWC18KQ" && user.email == "jchill@example.com")
        #expect(user.type == 2 && user.status == "active" && user.timezone == "Asia/Shanghai")
        #expect(
            user.pmi == 3_542_471_135 && user.accountID == "q6gBJVO5TzexKYTb_I2rpg" && user.accountNumber == 10_009_239)
        #expect(user.name == "Jill Chill")
        #expect(try User(json: ["id": "x", "email": "e@x"]).name == "e@x")
        #expect(throws: ZoomModelError.self) { try User(json: ["email": "no-id@x"]) }
    }

    @Test func decodesAnInvitation() throws {
        let invitation = try MeetingInvitation(json: ["invitation": "Join\r\nhere", "sip_links": ["a@zoomcrc.com"]])
        #expect(invitation.invitation == "Join\r\nhere" && invitation.sipLinks == ["a@zoomcrc.com"])
    }
}
