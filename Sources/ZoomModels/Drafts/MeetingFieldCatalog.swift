import Foundation

/// Every field of Zoom's meeting create and update bodies, by dotted path, with friendly aliases.
///
/// Written from Zoom's Meetings OpenAPI spec (`POST /users/{userId}/meetings`,
/// `PATCH /meetings/{meetingId}`); a test cross-checks it against the spec. Arrays of objects
/// are one field each (their items are described by `MeetingField.itemFields`).
public struct MeetingFieldCatalog: Sendable {
    /// The fields in catalog order: top level, recurrence, settings.
    public let fields: [MeetingField]
    private let byPath: [String: Int]
    private let aliasTargets: [String: String]

    /// The catalog of Zoom's meeting bodies.
    public static let standard = MeetingFieldCatalog(
        fields: topLevelFields + recurrenceFields + settingsScalarFields + settingsObjectFields)

    /// A catalog of `fields` (paths must be unique; parents must come with their children).
    public init(fields: [MeetingField]) {
        self.fields = fields
        var byPath: [String: Int] = [:]
        var aliasTargets: [String: String] = [:]
        for (index, field) in fields.enumerated() {
            byPath[field.path.lowercased()] = index
            for alias in field.aliases { aliasTargets[alias.lowercased()] = field.path }
        }
        self.byPath = byPath
        self.aliasTargets = aliasTargets
    }

    /// The field at a dotted path or alias (`start` → `start_time`), case-insensitively.
    public func field(_ pathOrAlias: String) -> MeetingField? {
        index(of: pathOrAlias).map { fields[$0] }
    }

    /// The field whose path is exactly `path` (no alias, same case), as a body key must be.
    public func field(exactPath path: String) -> MeetingField? {
        guard let index = byPath[path.lowercased()], fields[index].path == path else { return nil }
        return fields[index]
    }

    /// The canonical path of a path or alias, or nil when there is no such field.
    public func canonicalPath(_ pathOrAlias: String) -> String? {
        index(of: pathOrAlias).map { fields[$0].path }
    }

    /// The index of the field named by a path or alias. Names as usually typed (lower case, no
    /// blanks) are found without any string work: `set` asks for every command it runs.
    private func index(of pathOrAlias: String) -> Int? {
        if let index = byPath[pathOrAlias] { return index }
        if let target = aliasTargets[pathOrAlias] { return byPath[target.lowercased()] }
        let key = pathOrAlias.trimmingWhitespace().lowercased()
        guard key != pathOrAlias else { return nil }
        if let index = byPath[key] { return index }
        return aliasTargets[key].flatMap { byPath[$0.lowercased()] }
    }

    /// The aliases and the paths they stand for (`start` → `start_time`).
    public var aliases: [String: String] { aliasTargets }

    /// All field paths, in catalog order.
    public var allPaths: [String] { fields.map(\.path) }

    /// The paths of the fields that `operation`'s body accepts.
    public func paths(for operation: MeetingOperation) -> [String] {
        fields.filter { $0.operations.allows(operation) }.map(\.path)
    }

    /// The fields directly inside the object at `parent` (`""` = the top level, `settings`,
    /// `settings.breakout_room`), in catalog order.
    public func children(of parent: String) -> [MeetingField] {
        let parent = parent.hasSuffix(".") ? String(parent.dropLast()) : parent
        let resolved = parent.isEmpty ? "" : (canonicalPath(parent) ?? parent)
        return fields.filter { $0.parentPath == resolved }
    }

    /// Tab completion: the paths and aliases that begin with `prefix` and go at most one level
    /// deeper than it (`settings.wa` → `settings.waiting_room`, `settings.waiting_room_options`,
    /// `settings.watermark`); sorted.
    public func completions(for prefix: String) -> [String] {
        let lowered = prefix.lowercased()
        let depth = lowered.filter { $0 == "." }.count
        var result = fields.map(\.path).filter { path in
            path.lowercased().hasPrefix(lowered) && path.filter { $0 == "." }.count == depth
        }
        if depth == 0 { result += aliasTargets.keys.filter { $0.hasPrefix(lowered) } }
        return result.sorted()
    }

    /// The names that `set` accepts for the values of an enum field (friendly names first),
    /// or `on`/`off`… for a boolean; empty for other fields or unknown paths.
    public func valueNames(for pathOrAlias: String) -> [String] {
        guard let field = field(pathOrAlias) else { return [] }
        switch field.kind {
        case .boolean: return BooleanWords.all
        case .stringEnum, .integerEnum: return field.enumNames
        default: return []
        }
    }

    /// Known paths close to `text` (same key, or a small edit away), for "did you mean" hints.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let wanted = text.lowercased()
        let lastKey = wanted.split(separator: ".").last.map(String.init) ?? wanted
        let scored = fields.compactMap { field -> (String, Int)? in
            let distance = Self.editDistance(field.path.lowercased(), wanted)
            let keyDistance = Self.editDistance(field.key.lowercased(), lastKey)
            let score = min(distance, keyDistance + 1)
            return score <= max(2, wanted.count / 4) ? (field.path, score) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        for (i, leftChar) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightChar) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (leftChar == rightChar ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }
}
