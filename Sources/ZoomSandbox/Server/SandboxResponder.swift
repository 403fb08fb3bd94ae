import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ZoomModels

/// Hummingbird's side of the sandbox: turns requests into `SandboxRequest`s for the engine and
/// its answers into responses; waits out injected latency; drops the connection when a fault
/// says so.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext

    /// The largest request body read.
    static let maximumBodySize = 4 << 20

    let engine: SandboxEngine
    let sleep: @Sendable (Duration) async throws -> Void

    func respond(to request: Request, context: Context) async throws -> Response {
        let latency = await engine.latency
        if latency > .zero { try await sleep(latency) }
        let headers = request.headers.map { HTTPHeader($0.name.rawName, $0.value) }
        var incoming = SandboxRequest(method: request.method.rawValue, target: request.uri.string, headers: headers)
        let answer: SandboxResponse
        do {
            incoming.body = Data(try await request.body.collect(upTo: Self.maximumBodySize).readableBytesView)
            answer = await engine.handle(incoming)
        } catch {
            var response = Self.bodyError(error).response(json: incoming.acceptsJSON)
            response.headers.append(SandboxEngine.trackingHeader())
            answer = response
        }
        if answer.dropConnection {
            try? await context.channel.close()
            throw DroppedConnection()
        }
        var fields = HTTPFields()
        for header in answer.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// The answer to a request whose body could not be read: 413 when it is larger than
    /// `maximumBodySize`, 400 for any other failure, both in Zoom's error shape.
    static func bodyError(_ error: any Error) -> APIError {
        if error is NIOTooManyBytesError {
            return APIError(
                status: 413, code: 300, message: "Request Body is too large: at most \(maximumBodySize) bytes.")
        }
        return APIError(status: 400, code: 300, message: "Request Body could not be read.")
    }
}

/// Thrown after a fault closed the connection, so that nothing is answered.
struct DroppedConnection: Error {}
