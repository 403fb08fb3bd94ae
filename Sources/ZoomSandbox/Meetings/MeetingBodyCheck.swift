import Foundation
import ZoomModels

/// Reads a create or update body the way Zoom does: it must be a JSON object; keys Zoom does
/// not know (or does not take in this request) are ignored; known keys must pass ZoomKit's
/// `MeetingValidator` or the request gets 400 / code 300 "Validation Failed.".
enum MeetingBodyCheck {
    /// The body's object without ignored keys, or the error Zoom answers.
    static func accept(_ data: Data, for operation: MeetingOperation) throws(APIError) -> JSONObject {
        guard let value = try? JSONValue(parsing: data), case .object(let object) = value else {
            throw APIError.invalidBody
        }
        let catalog = MeetingFieldCatalog.standard
        let known = strip(object, parent: "", catalog: catalog, operation: operation)
        let errors = MeetingValidator(catalog: catalog).validate(.object(known), for: operation).errors
        guard errors.isEmpty else {
            throw APIError.validation(errors.map { APIError.FieldError(field: $0.path, message: $0.message) })
        }
        return known
    }

    /// Refuses an update body's `recurrence` unless the meeting is of type 8 once the update is
    /// applied, as create refuses it (the validator sees only the body's own `type`).
    static func checkRecurrence(of body: JSONObject, currentType: Int64) throws(APIError) {
        let type = body["type"]?.intValue ?? currentType
        guard body["recurrence"] != nil, type != 8 else { return }
        throw APIError.validation(
            field: "recurrence", "is only used by recurring meetings with a fixed time (type 8); type is \(type)")
    }

    /// `object` without the keys that no field of `operation`'s body has.
    static func strip(_ object: JSONObject, parent: String, catalog: MeetingFieldCatalog, operation: MeetingOperation)
        -> JSONObject
    {
        var kept = JSONObject()
        for (key, value) in object {
            let path = parent.isEmpty ? key : "\(parent).\(key)"
            guard let field = catalog.field(exactPath: path), field.operations.allows(operation) else { continue }
            switch (field.kind, value) {
            case (.object, .object(let child)):
                kept[key] = .object(strip(child, parent: path, catalog: catalog, operation: operation))
            case (.objectArray, .array(let items)):
                kept[key] = .array(items.map { item in stripItem(item, of: field, operation: operation) })
            default:
                kept[key] = value
            }
        }
        return kept
    }

    private static func stripItem(_ item: JSONValue, of field: MeetingField, operation: MeetingOperation) -> JSONValue {
        guard case .object(let object) = item else { return item }
        var kept = JSONObject()
        for (key, value) in object {
            guard let itemField = field.itemField(key), itemField.operations.allows(operation) else { continue }
            kept[key] = value
        }
        return .object(kept)
    }
}
