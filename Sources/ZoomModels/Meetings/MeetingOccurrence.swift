import Foundation

/// One occurrence of a recurring meeting (`occurrences[]` of a meeting).
public struct MeetingOccurrence: ZoomModel, Hashable {
    /// The occurrence ID: its start in epoch milliseconds (`"1648194360000"`).
    public var occurrenceID: String
    /// The start, `yyyy-MM-ddTHH:mm:ssZ`.
    public var startTime: String
    /// The length in minutes.
    public var duration: Int?
    /// `available` or `deleted`.
    public var status: String?
    public var raw: JSONValue

    /// An occurrence from its parts.
    public init(occurrenceID: String, startTime: String, duration: Int? = nil, status: String? = "available") {
        self.occurrenceID = occurrenceID
        self.startTime = startTime
        self.duration = duration
        self.status = status
        var object = JSONObject()
        object["occurrence_id"] = .string(occurrenceID)
        object["start_time"] = .string(startTime)
        if let duration { object["duration"] = .int(Int64(duration)) }
        if let status { object["status"] = .string(status) }
        self.raw = .object(object)
    }

    /// The occurrence that starts at `start`, with Zoom's id for it.
    public init(start: Date, duration: Int? = nil, status: String? = "available") {
        let milliseconds = Int64((start.timeIntervalSince1970 * 1000).rounded())
        self.init(
            occurrenceID: String(milliseconds), startTime: ZoomDateTime.utcString(start), duration: duration,
            status: status)
    }

    public init(json: JSONValue) throws(ZoomModelError) {
        guard case .object = json else { throw ZoomModelError("an occurrence must be an object, not \(json.typeName)") }
        guard let id = json["occurrence_id"]?.lenientString else {
            throw ZoomModelError("an occurrence has no occurrence_id")
        }
        occurrenceID = id
        startTime = json["start_time"]?.stringValue ?? ""
        duration = json["duration"]?.lenientInt
        status = json["status"]?.stringValue
        raw = json
    }

    /// The start as an instant, if `startTime` is a date-time.
    public var startDate: Date? { ZoomDateTime.date(startTime, timeZone: ZoomDateTime.utc) }

    /// `{"occurrence_id":…,"start_time":…,"duration":…,"status":…}` as Zoom sends it.
    public var json: JSONValue { raw }
}
