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
    /// What the page shows, in order: verdict sentence (on the student's own steps), headline,
    /// open question, the school's steps (heading, each step's title, who acts and detail), the
    /// student's own steps likewise, « Pourquoi ? », each question in a few words → its answer.
    var texts: [String]
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
    var codes: [Int: Int] = [:]
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
      codes[fact] = code
      let next = try #require((states[state][2] as? [Int])?[code])
      if next < 0 {
        pending = facts[fact]["id"] as? String
        break
      }
      state = next
    }
    let result = try #require(results[safe: (states[state][0] as? Int) ?? -1])
    let stepObjects = array("steps").compactMap { $0 as? [String: Any] }
    let pool = array("texts").compactMap { $0 as? String }
    let traceQuestions = states[state][1] as? [Int] ?? []
    let trace = traceQuestions.compactMap { question in
      (questions[question]["fact"] as? Int).flatMap { facts[$0]["id"] as? String }
    }
    let outcome = result[2] as? String ?? ""
    let verdict = pending == nil ? (result[0] as? String ?? "unfinished") : "pending"
    let stepIndexes = result[4] as? [Int] ?? []
    let say = data["say"] as? [String: Any] ?? [:]
    // The school's steps: the walk with the school's answers alone, up to the first student question.
    var school: [Int] = []
    if perStudent {
      var index = try #require(data["root"] as? Int)
      while let result = results[safe: (states[index][0] as? Int) ?? -1] {
        school = result[4] as? [Int] ?? []
        guard let asks = result[1] as? Int, asks >= 0, let fact = questions[asks]["fact"] as? Int,
          facts[fact]["school"] as? Bool == true, let code = codes[fact],
          let next = (states[index][2] as? [Int])?[code], next >= 0
        else { break }
        index = next
      }
    }
    let own = stepIndexes.filter { !school.contains($0) }
    var ownVerdict = verdict
    if pending == nil, ["ready", "action", "support"].contains(verdict) {
      let escalates = own.contains { stepObjects[$0]["escalates"] as? Bool == true }
      ownVerdict = own.isEmpty ? "ready" : escalates ? "support" : "action"
    }
    let verdicts = (say["verdicts"] as? [String: [String]])?[ownVerdict] ?? []
    let schoolOnly = own.isEmpty && !school.isEmpty && ownVerdict != verdict
    var texts = [schoolOnly ? say["verdictSchoolOnly"] as? String ?? "" : verdicts[min(own.count, verdicts.count - 1)]]
    if let headline = pool[safe: result[3] as? Int ?? -1] { texts.append(headline) }
    if pending != nil, let asks = result[1] as? Int, let template = say["pendingQuestion"] as? String {
      texts.append(template.replacing("{name}", with: questions[asks]["text"] as? String ?? ""))
    }
    func stepTexts(_ index: Int) -> [String] {
      let step = stepObjects[index]
      let who = (say["who"] as? String ?? "") + (step["who"] as? [String] ?? []).joined(separator: ", ")
      return [step["title"] as? String ?? "", who, step["detail"] as? String ?? ""]
    }
    if !school.isEmpty {
      texts.append(say["schoolSteps"] as? String ?? "")
      texts += school.flatMap(stepTexts)
    }
    if !own.isEmpty {
      let key = (school.isEmpty ? "steps" : "ownSteps") + (pending == nil ? "" : "SoFar")
      texts.append(say[key] as? String ?? "")
      texts += own.flatMap(stepTexts)
    }
    texts.append(say["why"] as? String ?? "")
    for question in traceQuestions {
      let fact = questions[question]["fact"] as? Int ?? 0
      let answer = label(facts[fact], code: codes[fact] ?? -1, say: say)
      let room = max((say["whyRoom"] as? Int ?? 0) - answer.count, 24)
      let short = facts[fact]["short"] as? String ?? cut(questions[question]["text"] as? String ?? "", to: room)
      texts.append(short + " → " + answer)
    }
    return Bilan(
      verdict: verdict, steps: stepIndexes.compactMap { stepObjects[$0]["id"] as? String }, pending: pending,
      headline: pool[safe: result[3] as? Int ?? -1], outcome: outcome.isEmpty ? nil : outcome, trace: trace,
      texts: texts)
  }

  /// `question` cut after the last whole word that fits in `room` characters, with « … », as
  /// `ask` shortens a question in « Pourquoi ? ».
  private func cut(_ question: String, to room: Int) -> String {
    guard question.count > room else { return question }
    var words: [Substring] = []
    for word in question.split(separator: " ") {
      guard (words + [word]).joined(separator: " ").count + 1 <= room else { break }
      words.append(word)
    }
    var cut = words.joined(separator: " ")
    while let last = cut.last, ",;: ".contains(last) { cut.removeLast() }
    return cut + "…"
  }

  /// An answer's label, as the page writes it.
  private func label(_ fact: [String: Any], code: Int, say: [String: Any]) -> String {
    let values = fact["values"] as? [String] ?? []
    let isSet = fact["kind"] as? String == "set"
    if code == (isSet ? 1 << values.count : values.count) { return say["unknownAnswer"] as? String ?? "" }
    guard isSet else { return values[safe: code] ?? "" }
    if code == 0 { return fact["none"] as? String ?? "" }
    return values.indices.filter { code & (1 << $0) != 0 }.map { values[$0] }.joined(separator: ", ")
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
