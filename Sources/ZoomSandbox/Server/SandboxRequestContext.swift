import Hummingbird
import NIOCore

/// The request context of the sandbox's server: Hummingbird's core context plus the
/// connection, so that a fault can drop it.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
