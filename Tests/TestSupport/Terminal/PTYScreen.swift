/// A minimal model of a terminal screen, enough to read what a line editor displayed: printable
/// text, CR, LF, BS, TAB and the cursor-movement and erase sequences libedit emits (CSI A B C D G H
/// K J); colours and other sequences are ignored.
public struct PTYScreen: Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0
    private var pending: [Unicode.Scalar] = []  // an unfinished escape sequence

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's lines, trailing spaces removed.
    public var lines: [String] {
        cells.map { line in
            var text = String(line.filter { $0 != PTYScreen.wideFiller })
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The line the cursor is on.
    public var currentLine: String { lines[row] }

    /// The screen as one string, empty lines at the bottom removed.
    public var text: String {
        var lines = self.lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static let wideFiller: Character = "\u{0}"

    public mutating func feed(_ text: String) {
        for scalar in text.unicodeScalars { feed(scalar) }
    }

    private mutating func feed(_ scalar: Unicode.Scalar) {
        if !pending.isEmpty {
            pending.append(scalar)
            interpretPendingSequence()
            return
        }
        switch scalar.value {
        case 0x1B: pending = [scalar]
        case 0x0D: column = 0
        case 0x0A: lineFeed()
        case 0x08: column = max(0, column - 1)
        case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
        case 0..<0x20, 0x7F: break
        default: put(scalar)
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = PTYScreen.width(of: scalar)
        if width == 0 {
            // A combining mark joins the previous cell.
            let previous = max(0, column - 1)
            var combined = String(cells[row][previous])
            combined.unicodeScalars.append(scalar)
            cells[row][previous] = Character(combined)
            return
        }
        if column + width > columns {
            lineFeed()
            column = 0
        }
        cells[row][column] = Character(scalar)
        if width == 2, column + 1 < columns { cells[row][column + 1] = PTYScreen.wideFiller }
        column += width
        if column >= columns { column = columns - 1 }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            cells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }

    private mutating func interpretPendingSequence() {
        guard pending.count >= 2 else { return }
        let introducer = pending[1]
        if introducer == "[" {
            guard let final = pending.last, pending.count > 2, (0x40...0x7E).contains(final.value) else {
                if pending.count > 64 { pending = [] }
                return
            }
            let parameters = String(String.UnicodeScalarView(pending[2..<(pending.count - 1)]))
            pending = []
            controlSequence(final, parameters: parameters)
        } else if introducer == "]" {
            // An operating system command ends with BEL or ESC \.
            if pending.last == "\u{7}" || (pending.count >= 2 && pending.suffix(2).elementsEqual(["\u{1B}", "\\"])) {
                pending = []
            } else if pending.count > 512 {
                pending = []
            }
        } else {
            pending = []
        }
    }

    private mutating func controlSequence(_ final: Unicode.Scalar, parameters: String) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, default value: Int) -> Int {
            index < numbers.count ? (numbers[index] ?? value) : value
        }
        switch final {
        case "A": row = max(0, row - number(0, default: 1))
        case "B": row = min(rows - 1, row + number(0, default: 1))
        case "C": column = min(columns - 1, column + number(0, default: 1))
        case "D": column = max(0, column - number(0, default: 1))
        case "G": column = min(columns - 1, max(0, number(0, default: 1) - 1))
        case "H", "f":
            row = min(rows - 1, max(0, number(0, default: 1) - 1))
            column = min(columns - 1, max(0, number(1, default: 1) - 1))
        case "K":
            switch number(0, default: 0) {
            case 1: for index in 0...column { cells[row][index] = " " }
            case 2: cells[row] = Array(repeating: " ", count: columns)
            default: for index in column..<columns { cells[row][index] = " " }
            }
        case "J":
            switch number(0, default: 0) {
            case 2, 3: cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            default:
                for index in column..<columns { cells[row][index] = " " }
                for line in (row + 1)..<rows { cells[line] = Array(repeating: " ", count: columns) }
            }
        default: break
        }
    }

    /// Terminal columns of a scalar: 0 for combining marks, 2 for East Asian wide ones, else 1.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// `text` without escape sequences, carriage returns, backspaces and bells: the bytes a program
    /// wrote, roughly as a log would show them.
    public static func strippingControls(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let introducer = iterator.next() else { break }
                if introducer == "[" {
                    while let next = iterator.next(), !(0x40...0x7E).contains(next.value) {}
                } else if introducer == "]" {
                    var previous: Unicode.Scalar = " "
                    while let next = iterator.next(), next != "\u{7}", !(previous == "\u{1B}" && next == "\\") {
                        previous = next
                    }
                }
            case "\r", "\u{8}", "\u{7}", "\u{1}": break
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
