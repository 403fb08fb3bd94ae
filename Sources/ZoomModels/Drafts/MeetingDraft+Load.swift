import Foundation

/// A draft loaded from a meeting, with what was left out.
public struct MeetingDraftLoad: Sendable, Hashable {
    /// The draft: the meeting's create-body fields.
    public var draft: MeetingDraft
    /// What the meeting had that a create body cannot carry: read-only keys (`id`, `join_url`,
    /// `occurrences`, `settings.global_dial_in_numbers` …) and values a create body refuses
    /// (`type` 4, a PMI meeting), as paths; `tracking_fields[].visible` for keys inside items.
    public var dropped: [String]
}

extension MeetingDraft {
    /// A draft holding the create-body fields of a meeting as Zoom returns it
    /// (`GET /meetings/{meetingId}`), for `load ID`: read-only keys are dropped, `start_time`
    /// stays in Zoom's UTC `…Z` form next to the meeting's `timezone`.
    public static func load(from meeting: JSONValue, catalog: MeetingFieldCatalog = .standard) -> MeetingDraftLoad {
        guard case .object(let object) = meeting else {
            return MeetingDraftLoad(draft: MeetingDraft(catalog: catalog), dropped: [])
        }
        var dropped: [String] = []
        let body = Loader(catalog: catalog).keep(object, parent: "", dropped: &dropped)
        return MeetingDraftLoad(draft: MeetingDraft(body: body, catalog: catalog), dropped: dropped)
    }
}

private struct Loader {
    let catalog: MeetingFieldCatalog

    func keep(_ object: JSONObject, parent: String, dropped: inout [String]) -> JSONObject {
        var kept = JSONObject()
        for (key, value) in object {
            let path = parent.isEmpty ? key : "\(parent).\(key)"
            guard let field = catalog.field(exactPath: path), field.operations.allows(.create) else {
                dropped.append(path)
                continue
            }
            switch (field.kind, value) {
            case (.object, .object(let child)):
                let keptChild = keep(child, parent: path, dropped: &dropped)
                if !keptChild.isEmpty { kept[key] = .object(keptChild) }
            case (.objectArray, .array(let items)):
                let keptItems = items.map { keepItem($0, of: field, dropped: &dropped) }
                kept[key] = .array(keptItems)
            default:
                kept[key] = value
            }
            let issues = MeetingValidator(catalog: catalog).check(
                kept[key] ?? value, for: field, at: path, operation: .create)
            if kept[key] != nil, !issues.isEmpty {
                kept[key] = nil
                dropped.append(path)
            }
        }
        return kept
    }

    private func keepItem(_ item: JSONValue, of field: MeetingField, dropped: inout [String]) -> JSONValue {
        guard case .object(var object) = item else { return item }
        for key in object.keys {
            guard let itemField = field.itemField(key), itemField.operations.allows(.create) else {
                object[key] = nil
                let path = "\(field.path)[].\(key)"
                if !dropped.contains(path) { dropped.append(path) }
                continue
            }
        }
        return .object(object)
    }
}
