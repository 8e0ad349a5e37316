extension Evaluator {
  /// The steps due to school answers alone: the walk with only the school-scope answers of
  /// `answers`, up to the first student question. Given once for a class or a session, not
  /// under every student.
  public func schoolSteps(_ answers: Answers) -> [Step] {
    evaluate(answers.filter { tree.fact($0.key)?.scope == .school }).steps
  }
}
