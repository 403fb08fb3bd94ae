extension String {
    /// The string without leading and trailing whitespace (`Character.isWhitespace`), for the
    /// field names and values of ZoomModels and the headers and variables ZoomKit reads.
    package func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
