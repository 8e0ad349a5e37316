extension ValidatedTree {
  /// The number people see for the question asking `fact` (« Question 4 »): the place of the fact,
  /// 1-based, among the facts that question nodes ask, in the tree's fact declaration order.
  ///
  /// Every node asking the same fact shares its number (`q5` and `q5-ent` are both question 5). A
  /// fact no question asks has no number.
  public func questionNumber(of fact: String) -> Int? {
    index.questionNumbers[fact]
  }

  /// The question of `fact` as a tree writes it, without number: the wording of `node` when that
  /// question node has its own, else the fact's.
  public func questionWording(of fact: String, node: String? = nil) -> LocalizedText? {
    if let node, let wording = question(at: node)?.question { return wording }
    return self.fact(fact)?.question
  }

  /// The question of `fact` as people read it, numbered by the tool: « Question 4 : Comment se
  /// connecte… ? » (French typeset), "Question 4: How does…?". Every place that shows a whole question
  /// uses it.
  ///
  /// - Parameters:
  ///   - fact: the fact asked.
  ///   - node: the question node asking it, whose own wording wins when it has one.
  ///   - language: the language of the text.
  /// - Returns: the numbered question; the fact id when the tree does not know the fact.
  public func questionText(of fact: String, node: String? = nil, in language: Language) -> String {
    let wording = questionWording(of: fact, node: node)?.text(in: language) ?? fact
    guard let number = questionNumber(of: fact) else { return wording }
    switch language {
    case .fr: return "Question \(number)\(FrenchTypography.noBreakSpace): \(wording)"
    case .en: return "Question \(number): \(wording)"
    }
  }
}
