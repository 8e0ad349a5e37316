import Foundation
import Testing

/// Reads the table a page carries and looks answers up in it, as the page's script does: a test
/// oracle written apart from the script, from the data format alone.
struct PageLookup {
  /// What the page shows for one student.
  struct Bilan {
    var verdict: String
    var steps: [String]
    var pending: String?
    var headline: String?
    var outcome: String?
    var trace: [String]
  }

  private let data: [String: Any]

  /// Parses the page's data block.
  init(html: String) throws {
    let block = try #require(
      html.firstMatch(of: /<script type="application\/json" id="pixready-data">([\s\S]*?)<\/script>/)?.1)
    data = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
  }

  private func array(_ key: String) -> [Any] { data[key] as? [Any] ?? [] }

  /// The first student's bilan for the lines typed at `ask` (numbers, « 1,3 », « - », « nsp », a
  /// name): each line answers the question the page's table asks next.
  func bilan(typed lines: [String]) throws -> Bilan {
    let facts = array("facts").compactMap { $0 as? [String: Any] }
    let questions = array("questions").compactMap { $0 as? [String: Any] }
    let results = array("results").compactMap { $0 as? [Any] }
    let states = array("states").compactMap { $0 as? [Any] }
    let perStudent = facts.contains { $0["school"] as? Bool == false }
    var state = try #require(data["root"] as? Int)
    var named = false
    var pending: String?
    var queue = lines[...]
    while let result = results[safe: (states[state][0] as? Int) ?? -1], let asks = result[1] as? Int, asks >= 0 {
      let fact = try #require(questions[asks]["fact"] as? Int)
      if perStudent, !named, facts[fact]["school"] as? Bool == false {
        named = true
        queue = queue.dropFirst()
        continue
      }
      let typed = queue.popFirst()
      let line = try #require(typed)
      let values = facts[fact]["values"] as? [String] ?? []
      let code: Int
      if line == "nsp" {
        code = facts[fact]["kind"] as? String == "set" ? 1 << values.count : values.count
      } else if facts[fact]["kind"] as? String == "set" {
        // « - » or the number after the values is « Aucune ».
        let numbers = line == "-" ? [] : line.split(separator: ",").compactMap { Int($0) }.filter { $0 <= values.count }
        code = numbers.reduce(0) { $0 | 1 << ($1 - 1) }
      } else {
        code = try #require(Int(line)) - 1
      }
      let next = try #require((states[state][2] as? [Int])?[code])
      if next < 0 {
        pending = facts[fact]["id"] as? String
        break
      }
      state = next
    }
    let result = try #require(results[safe: (states[state][0] as? Int) ?? -1])
    let steps = array("steps").compactMap { ($0 as? [String: Any])?["id"] as? String }
    let texts = array("texts").compactMap { $0 as? String }
    let trace = (states[state][1] as? [Int] ?? []).compactMap { question in
      (questions[question]["fact"] as? Int).flatMap { facts[$0]["id"] as? String }
    }
    let outcome = result[2] as? String ?? ""
    return Bilan(
      verdict: pending == nil ? (result[0] as? String ?? "unfinished") : "pending",
      steps: (result[4] as? [Int] ?? []).map { steps[$0] }, pending: pending,
      headline: texts[safe: result[3] as? Int ?? -1], outcome: outcome.isEmpty ? nil : outcome, trace: trace)
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
