extension JSONValue {
  /// Parses a whole JSON document, remembering the line and column of every value.
  ///
  /// Used for small JSON inputs other than trees (`pixready ask --answers FILE.json`), so that
  /// their errors can name a line and column too.
  ///
  /// - Parameter text: The document.
  /// - Returns: The top-level value.
  /// - Throws: ``JSONSyntaxError`` at the first syntax error.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(text: text)
    return try parser.parseDocument()
  }
}
