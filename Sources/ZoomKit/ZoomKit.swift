/// ZoomKit: the shared JWT + HTTP core that talks to Zoom's REST API v2.
///
/// It knows Zoom and nothing of shells: authentication (`Auth/`), transport and the
/// retrying client (`HTTP/`) and typed operations (`API/`). The values it sends and
/// decodes (JSON, meetings, the meeting draft and its validation) are ZoomModels'.
public enum ZoomKit {
    /// The version of zoomsh and its libraries.
    public static let version = "0.1.0"
    /// The default base URL of Zoom's REST API.
    public static let defaultAPIURL = "https://api.zoom.us/v2"
    /// The default token endpoint of Zoom's OAuth server.
    public static let defaultOAuthURL = "https://zoom.us/oauth/token"
}
