import Foundation
import PixReadyCore

/// Problems for machines: the one JSON printer, with the fields of ``ProblemPrinter``'s line.
///
/// An object holds `severity`, `code` and `message`, and for a located problem `file`, then `line`,
/// `column` and `jsonPath` when known. Keys are sorted, so the text is stable.
public enum ProblemJSON {
  /// The JSON object of `problem`, for `JSONSerialization`, to print alone or inside a larger object.
  public static func object(_ problem: some Problem, language: Language) -> [String: Any] {
    var object: [String: Any] = [
      "severity": problem.severity.rawValue, "code": problem.code, "message": problem.message(in: language),
    ]
    if let location = problem.sourceLocation {
      object["file"] = location.file
      object["line"] = location.line
      object["column"] = location.column
      object["jsonPath"] = location.jsonPath
    }
    return object
  }

  /// `problems` as a pretty-printed JSON array with sorted keys, without a final line break.
  public static func text(_ problems: [any Problem], language: Language) -> String {
    let array = problems.map { object($0, language: language) }
    let data = (try? JSONSerialization.data(withJSONObject: array, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
