import Foundation
import Synchronization
import ZoomKit
import ZoomModels

#if canImport(Glibc)
    import Glibc
    private let streamSocket = Int32(SOCK_STREAM.rawValue)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let streamSocket = SOCK_STREAM
    private let systemWrite = Darwin.write
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for live transport tests.
///
/// Each request is answered as the handler says: a response (keep-alive), a TCP reset after
/// the request was read, a close without an answer, silence until the client gives up, or the
/// head and the start of a body followed by silence.
/// Built on raw sockets because resets and silence cannot be made with a regular server.
final class LoopbackServer: Sendable {
    enum Action: Sendable {
        case respond(HTTPResponseData)
        case reset
        case close
        case stall
        /// Sends the head (with the whole body's `Content-Length`) and the first `bytes` of
        /// the body, then stays silent.
        case stallAfter(HTTPResponseData, bytes: Int)
    }

    struct Request: Sendable {
        var method: String
        var target: String
        var headers: [HTTPHeader]
        var body: Data
    }

    typealias Handler = @Sendable (Request) -> Action

    let port: Int
    private let listener: Int32
    private let handler: Handler
    private let state = Mutex(State())

    private struct State {
        var requests: [Request] = []
        var stopped = false
        var connections = 0
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var requests: [Request] { state.withLock { $0.requests } }
    /// How many TCP connections were accepted.
    var connectionCount: Int { state.withLock { $0.connections } }

    init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw ServerError(message: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError(message: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    func stop() {
        let wasStopped = state.withLock { state in
            defer { state.stopped = true }
            return state.stopped
        }
        if !wasStopped { shutdown(listener, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            guard waitReadable(listener, milliseconds: 50) else { continue }
            let connection = accept(listener, nil, nil)
            if connection < 0 { continue }
            state.withLock { $0.connections += 1 }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    /// Waits until `fd` is readable (true) or the time passes (false).
    private func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }

    private func serve(_ fd: Int32) {
        var buffer = [UInt8]()
        while !isStopped {
            guard let request = readRequest(fd, buffer: &buffer) else { break }
            state.withLock { $0.requests.append(request) }
            switch handler(request) {
            case .respond(let response):
                if !write(fd, response: response) { break }
                continue
            case .reset:
                var option = linger(l_onoff: 1, l_linger: 0)
                setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
            case .close:
                break
            case .stall:
                waitForClose(fd)
            case .stallAfter(let response, let bytes):
                if write(fd, response: response, bodyBytes: bytes) { waitForClose(fd) }
            }
            break
        }
        close(fd)
    }

    /// Reads one request (head and `Content-Length` body); nil when the peer closed or the server stopped.
    private func readRequest(_ fd: Int32, buffer: inout [UInt8]) -> Request? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var chunk = [UInt8](repeating: 0, count: 16384)
        func fill() -> Bool {
            while !isStopped {
                guard waitReadable(fd, milliseconds: 50) else { continue }
                let count = read(fd, &chunk, chunk.count)
                if count <= 0 { return false }
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
            return false
        }
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.firstRange(of: separator)?.lowerBound
            if headEnd == nil, !fill() { return nil }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap { line -> HTTPHeader? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return HTTPHeader(
                String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers["Content-Length"].flatMap { Int($0) } ?? 0
        let bodyStart = headEnd! + separator.count
        while buffer.count < bodyStart + length {
            if !fill() { return nil }
        }
        let body = Data(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
    }

    /// Reads and drops whatever comes until the peer closes or the server stops.
    private func waitForClose(_ fd: Int32) {
        var scratch = [UInt8](repeating: 0, count: 1024)
        while !isStopped {
            if waitReadable(fd, milliseconds: 50), read(fd, &scratch, scratch.count) <= 0 { break }
        }
    }

    /// Writes the head and the first `bodyBytes` of the body (all of it when nil).
    private func write(_ fd: Int32, response: HTTPResponseData, bodyBytes: Int? = nil) -> Bool {
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\n"
        for header in response.headers where header.name.lowercased() != "content-length" {
            head += "\(header.name): \(header.value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n\r\n"
        let bytes = Array(head.utf8) + Array(response.body.prefix(bodyBytes ?? response.body.count))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress!, $0.count) }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then closed).
    static func unusedPort() throws -> Int {
        let server = try LoopbackServer { _ in .close }
        let port = server.port
        server.stop()
        // Wait until the accept loop has closed the socket.
        for _ in 0..<100 {
            let fd = socket(AF_INET, streamSocket, 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(fd)
            if result != 0 { return port }
            usleep(20_000)
        }
        throw ServerError(message: "port \(port) stayed open")
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
