import PixReadyCore

/// `pixready ask --format json`: the session's diagnoses as one JSON document, for machines.
///
/// `{"tree": {id, version, contentHash}, "end": "finished", "students": [{"student": 1,
/// "name": …, "verdict": "ready|action|support|pending|unfinished", "pending": fact or null,
/// "outcome": node or null, "headline": …, "steps": [ids], "trace": [{"fact", "answer"}]}]}`.
/// Answers are value ids (a list of ids for a set fact), as in the batch reports.
public enum SessionJSON {
  /// The document for `results`.
  public static func document(
    _ results: [StudentResult], tree: ValidatedTree, end: PromptSession.End?, language: Language
  ) -> String {
    let identity = tree.identity
    let treeObject = JSONText.object([
      ("id", JSONText.string(identity.id)), ("version", JSONText.string(identity.version)),
      ("contentHash", JSONText.string(identity.contentHash)),
    ])
    let students = results.map { student($0, language: language) }.joined(separator: ",\n")
    return "{\"tree\":\(treeObject),\"end\":\(JSONText.optional(end?.rawValue)),\"students\":[\n"
      + students + (results.isEmpty ? "" : "\n") + "]}\n"
  }

  private static func student(_ result: StudentResult, language: Language) -> String {
    let diagnosis = result.diagnosis
    let trace = diagnosis.trace.map { entry in
      JSONText.object([("fact", JSONText.string(entry.fact)), ("answer", answer(entry.answer))])
    }
    return JSONText.object([
      ("student", String(result.number)), ("name", JSONText.optional(result.name)),
      ("verdict", JSONText.string(result.status.word)), ("pending", JSONText.optional(result.status.openFact)),
      ("outcome", JSONText.optional(diagnosis.conclusion?.node)),
      ("headline", JSONText.optional(diagnosis.conclusion?.headline?.text(in: language))),
      ("steps", JSONText.strings(diagnosis.steps.map(\.id))), ("trace", "[" + trace.joined(separator: ",") + "]"),
    ])
  }

  private static func answer(_ answer: Answer) -> String {
    switch answer {
    case .value(let value): JSONText.string(value)
    case .values(let values): JSONText.strings(values.sorted())
    case .unknown: "null"
    }
  }
}
