/// ZoomModels: what zoomsh's client (ZoomKit) and its sandbox (ZoomSandbox) both speak, with
/// nothing but Foundation under it.
///
/// JSON values that keep key order and integers (`JSON/`), civil dates, weekdays and Zoom's
/// date-time strings (`Time/`), meetings, their recurrence and occurrences, list pages and past
/// meetings (`Meetings/`), the meeting draft with its field catalog and offline validation
/// (`Drafts/`), users (`Users/`) and the header and query-item values of requests (`Wire/`).
public enum ZoomModels {}
