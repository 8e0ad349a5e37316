/// A small JSON parser that records the line and column of every value.
///
/// Foundation's `JSONSerialization` gives no positions and silently keeps one of two duplicate
/// keys; tree authors need both, so the loader uses this parser instead.
struct JSONParser {

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1
  private let maximumDepth = 256

  init(text: String) {
    scalars = Array(text.unicodeScalars)
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    if index == 0, peek == "\u{FEFF}" {
      advance()
      skipWhitespace()
    }
    let value = try parseValue(depth: 0)
    skipWhitespace()
    if let extra = peek {
      throw JSONSyntaxError(position: here, expected: .endOfDocument, found: describe(extra))
    }
    return value
  }

  private var here: TextPosition { TextPosition(line: line, column: column) }
  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func advance() {
    guard let scalar = peek else { return }
    index += 1
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
      advance()
    }
  }

  private func describe(_ scalar: Unicode.Scalar?) -> JSONSyntaxError.Found {
    guard let scalar else { return .endOfFile }
    return .text(String(Character(scalar)))
  }

  private mutating func expect(_ scalar: Unicode.Scalar, _ what: JSONSyntaxError.Expected) throws(JSONSyntaxError) {
    guard peek == scalar else {
      throw JSONSyntaxError(position: here, expected: what, found: describe(peek))
    }
    advance()
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    let start = here
    guard depth < maximumDepth else {
      throw JSONSyntaxError(position: start, expected: .lessNesting, found: .tooDeep)
    }
    switch peek {
    case "{": return JSONValue(kind: .object(try parseObject(depth: depth)), position: start)
    case "[": return JSONValue(kind: .array(try parseArray(depth: depth)), position: start)
    case "\"": return JSONValue(kind: .string(try parseString()), position: start)
    case "t":
      try parseWord("true")
      return JSONValue(kind: .bool(true), position: start)
    case "f":
      try parseWord("false")
      return JSONValue(kind: .bool(false), position: start)
    case "n":
      try parseWord("null")
      return JSONValue(kind: .null, position: start)
    case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
      return JSONValue(kind: .number(parseNumber()), position: start)
    default:
      throw JSONSyntaxError(position: start, expected: .value, found: describe(peek))
    }
  }

  private mutating func parseWord(_ word: String) throws(JSONSyntaxError) {
    for scalar in word.unicodeScalars {
      try expect(scalar, .literal(word))
    }
  }

  private mutating func parseNumber() -> String {
    var text = ""
    while let scalar = peek, "+-0123456789.eE".unicodeScalars.contains(scalar) {
      text.unicodeScalars.append(scalar)
      advance()
    }
    return text
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONValue.Member] {
    advance()
    var members: [JSONValue.Member] = []
    skipWhitespace()
    if peek == "}" {
      advance()
      return members
    }
    while true {
      skipWhitespace()
      let keyPosition = here
      guard peek == "\"" else {
        throw JSONSyntaxError(position: here, expected: .quotedKey, found: describe(peek))
      }
      let key = try parseString()
      skipWhitespace()
      try expect(":", .literal(":"))
      skipWhitespace()
      let value = try parseValue(depth: depth + 1)
      members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: value))
      skipWhitespace()
      if peek == "," {
        try skipComma(before: "}", expected: .quotedKey)
        continue
      }
      try expect("}", .commaOrClose("}"))
      return members
    }
  }

  /// Skips a comma between members or elements; a comma right before `close` is a trailing comma,
  /// reported at the comma itself.
  private mutating func skipComma(before close: Unicode.Scalar, expected: JSONSyntaxError.Expected)
    throws(JSONSyntaxError)
  {
    let comma = here
    advance()
    skipWhitespace()
    if peek == close {
      throw JSONSyntaxError(position: comma, expected: expected, found: .trailingComma(String(close)))
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
    advance()
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek == "]" {
      advance()
      return elements
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      if peek == "," {
        try skipComma(before: "]", expected: .value)
        continue
      }
      try expect("]", .commaOrClose("]"))
      return elements
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    advance()
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = peek else {
        throw JSONSyntaxError(position: here, expected: .closingQuote, found: .endOfFile)
      }
      if scalar == "\"" {
        advance()
        return String(text)
      }
      if scalar == "\n" || scalar.value < 0x20 {
        throw JSONSyntaxError(position: here, expected: .closingQuote, found: .lineBreak)
      }
      advance()
      if scalar == "\\" {
        text.append(try parseEscape())
      } else {
        text.append(scalar)
      }
    }
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let position = here
    guard let scalar = peek else {
      throw JSONSyntaxError(position: position, expected: .escape, found: .endOfFile)
    }
    advance()
    switch scalar {
    case "\"": return "\""
    case "\\": return "\\"
    case "/": return "/"
    case "b": return "\u{08}"
    case "f": return "\u{0C}"
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "u": return try parseUnicodeEscape(at: position)
    default:
      throw JSONSyntaxError(position: position, expected: .escape, found: .text("\\\(Character(scalar))"))
    }
  }

  private mutating func parseHex4(at position: TextPosition) throws(JSONSyntaxError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let scalar = peek, let digit = Character(scalar).hexDigitValue else {
        throw JSONSyntaxError(position: position, expected: .hexDigits, found: describe(peek))
      }
      code = code * 16 + UInt32(digit)
      advance()
    }
    return code
  }

  private mutating func parseUnicodeEscape(at position: TextPosition) throws(JSONSyntaxError) -> Unicode.Scalar {
    var code = try parseHex4(at: position)
    if (0xD800...0xDBFF).contains(code), peek == "\\" {
      advance()
      try expect("u", .lowSurrogate)
      let low = try parseHex4(at: position)
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(code) else {
      throw JSONSyntaxError(position: position, expected: .validScalar, found: .text("\\u\(code)"))
    }
    return scalar
  }
}
