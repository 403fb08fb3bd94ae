import ZoomModels

extension CommandChecker {
    /// The names `set` takes besides the catalog's paths and aliases (matched as written).
    static let setSpecialFields: Set<String> = [
        "host", "start", "start_time", "recurrence", "timezone", "tz", "duration", "recurrence.end_date_time", "until",
    ]

    /// The names a "did you mean" for `set` chooses among: what `set` itself suggests.
    static let setFieldNames: [String] = {
        let catalog = MeetingFieldCatalog.standard
        return catalog.allPaths + catalog.aliases.keys.sorted() + ["host", "recurrence"]
    }()

    /// Checks the FIELD of `set FIELD VALUE…` when it is written out, and the value when the
    /// field is an enum or a boolean and the value is written out, as `set` would when run.
    mutating func checkSetField(_ arguments: [Word]) {
        guard let first = arguments.first, let name = first.literalText else { return }
        if Self.setSpecialFields.contains(name) { return }
        guard let field = MeetingFieldCatalog.standard.field(name) else {
            let hint = DidYouMean.hint(for: name, among: Self.setFieldNames)
            report(
                "unknown field '\(Self.shown(name))'\(hint) ('help fields' lists the fields, "
                    + "\"set settings.<TAB>\" the settings)", at: first.location)
            return
        }
        guard [.boolean, .stringEnum, .integerEnum].contains(field.kind), arguments.count > 1 else { return }
        var texts: [String] = []
        for word in arguments.dropFirst() {
            guard let text = word.literalText else { return }
            texts.append(text)
        }
        do {
            _ = try field.parseValue(texts.joined(separator: " "))
        } catch {
            report(error.message, at: arguments[1].location)
        }
    }

    /// Checks each written-out FIELD of `unset FIELD…`.
    mutating func checkUnsetFields(_ arguments: [Word]) {
        let catalog = MeetingFieldCatalog.standard
        for word in arguments {
            guard let name = word.literalText, name != "host", catalog.field(name) == nil else { continue }
            let hint = DidYouMean.hint(for: name, among: catalog.allPaths + catalog.aliases.keys.sorted() + ["host"])
            report("unknown field '\(Self.shown(name))'\(hint)", at: word.location)
        }
    }
}
