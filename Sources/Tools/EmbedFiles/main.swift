// EmbedFilesTool: writes the Swift source that embeds text files in the binary, so that an installed
// binary needs no resource bundle. Run at build time by the EmbedFiles plugin (never by hand):
//
//   EmbedFilesTool trees OUTPUT TREE.json...        enum EmbeddedTrees, the shipped trees (PixReadyCLI)
//   EmbedFilesTool page OUTPUT page.js page.css     enum PageAssets, the page's script and style (PixReadyIO)
//
// Each text becomes a string literal whose every backslash, quote and control character is escaped,
// so that no content can end the literal early or be changed by the compiler (line endings included).
import Foundation

/// A file that cannot be embedded, or a wrong command line.
struct EmbedError: Error, CustomStringConvertible {
  var description: String
}

/// The content of the file at `path`, without its final line break; it must be UTF-8.
func text(_ path: String) throws -> String {
  let data = try Data(contentsOf: URL(fileURLWithPath: path))
  guard var text = String(validating: data, as: UTF8.self) else {
    throw EmbedError(description: "\(path): not UTF-8 text, cannot be embedded")
  }
  if text.unicodeScalars.last == "\n" { text.unicodeScalars.removeLast() }
  return text
}

/// `text` as the body of a Swift string literal: line breaks kept as such in a multi-line literal.
func escaped(_ text: String, multiline: Bool) -> String {
  var body = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": body += "\\\\"
    case "\"": body += "\\\""
    case "\n": body += multiline ? "\n" : "\\n"
    case "\r": body += "\\r"
    case "\t": body += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      body += "\\u{" + String(scalar.value, radix: 16) + "}"
    default: body.unicodeScalars.append(scalar)
    }
  }
  return body
}

/// A multi-line string literal holding exactly `text`, its delimiters alone on their lines.
func literal(_ text: String) -> String {
  "\"\"\"\n" + escaped(text, multiline: true) + "\n\"\"\""
}

/// The file name at the end of `path`.
func fileName(_ path: String) -> String {
  path.split(separator: "/").last.map(String.init) ?? path
}

/// `enum EmbeddedTrees`: each tree's file name and content, in the order given.
func trees(_ paths: [String]) throws -> String {
  var source = """
    // Generated at build time by the EmbedFiles plugin from Trees/*.json: do not edit.

    /// The trees shipped in Trees/, embedded so that the binary works from any directory.
    enum EmbeddedTrees {
      /// Each file name with its content (without the final line break).
      static let files: [(name: String, json: String)] = [

    """
  for path in paths {
    source += "    (\n      name: \"\(escaped(fileName(path), multiline: false))\",\n"
    source += "      json: \(literal(try text(path)))\n    ),\n"
  }
  return source + "  ]\n}\n"
}

/// `enum PageAssets`: the page's script and stylesheet.
func page(script: String, style: String) throws -> String {
  """
  // Generated at build time by the EmbedFiles plugin from page.js and page.css: do not edit.

  /// The page's script and stylesheet, embedded so that the binary works from any directory.
  enum PageAssets {
    /// The content of page.js (without the final line break).
    static let script = \(literal(try text(script)))

    /// The content of page.css (without the final line break).
    static let style = \(literal(try text(style)))
  }

  """
}

/// Writes the source that the command line asks for.
func run(_ arguments: [String]) throws {
  guard arguments.count >= 3 else {
    throw EmbedError(description: "usage: EmbedFilesTool trees OUTPUT TREE.json... | page OUTPUT page.js page.css")
  }
  let (mode, output, inputs) = (arguments[1], arguments[2], Array(arguments.dropFirst(3)))
  let source: String
  switch (mode, inputs.count) {
  case ("trees", _): source = try trees(inputs)
  case ("page", 2): source = try page(script: inputs[0], style: inputs[1])
  default: throw EmbedError(description: "EmbedFilesTool: unknown mode or wrong number of files: \(arguments)")
  }
  try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
}

do {
  try run(CommandLine.arguments)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
