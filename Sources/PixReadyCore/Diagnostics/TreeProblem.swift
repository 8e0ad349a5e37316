/// Everything that can be wrong with a tree file, with the values a message needs.
///
/// Sentences are written in ``TreeMessages``, once per language.
public enum TreeProblem: Sendable, Equatable {
  /// The bytes are not UTF-8.
  case notUTF8
  /// The JSON is malformed.
  case syntax(expected: JSONSyntaxError.Expected, found: JSONSyntaxError.Found)
  /// The `format` member names a format this version does not read.
  case unsupportedFormat(found: String)
  /// A value has the wrong JSON type.
  case wrongType(expected: String, found: String)
  /// A required member is missing.
  case missingMember(key: String)
  /// A member is not part of the format.
  case unknownMember(key: String, suggestion: String?)
  /// A member appears twice in one object.
  case duplicateMember(key: String)
  /// A value is not one of the allowed words (`scope`, `type`).
  case notAllowed(value: String, allowed: [String], suggestion: String?)
  /// An id is empty or contains spaces.
  case invalidIdentifier(String)
  /// An id is declared twice.
  case duplicateIdentifier(kind: IdentifierKind, id: String, firstLine: Int?)
  /// A reference names an id that is not declared; for a node, `cutOff` lists the nodes that the
  /// broken link leaves unreached (the consequences, carried by their cause: one finding).
  case unknownReference(kind: IdentifierKind, id: String, suggestion: String?, cutOff: [String] = [])
  /// A text has no English translation.
  case missingTranslation
  /// A boolean fact declares values other than `yes` and `no`.
  case booleanValues(fact: String)
  /// A choice or set fact declares no value.
  case noValues(fact: String)
  /// A set fact declares more values than a proof can walk (2ⁿ answers).
  case tooManyValues(fact: String, count: Int, maximum: Int)
  /// Two values of a fact accept the same spelling.
  case ambiguousSpelling(fact: String, spelling: String, values: [String])
  /// Two facts read the same CSV column.
  case duplicateColumn(column: String, facts: [String])
  /// A question does not cover a value of its fact.
  case uncoveredValue(node: String, fact: String, value: String)
  /// A question's shape does not fit its fact (a `next` on a set-question answer, a missing `next`…).
  case questionShape(node: String, fact: String, kind: Fact.Kind, expected: QuestionShapeRule)
  /// A condition's operator does not fit the fact's type.
  case operatorMismatch(fact: String, kind: Fact.Kind, op: String)
  /// The graph has a cycle through these nodes.
  case cycle(path: [String])
  /// No combination of answers reaches the node.
  case unreachableNode(id: String)
  /// Nodes cut off from the start when no unknown node reference can carry them (a misspelt or
  /// missing `next`): one finding for all of them, the consequence of the errors reported first.
  case cutOffNodes(ids: [String])
  /// A fact is never asked or tested.
  case unusedFact(id: String)
  /// A step is never added.
  case unusedStep(id: String)
  /// An actor acts on no step.
  case unusedActor(id: String)
  /// Some answers reach a branch where no case holds and there is no `otherwise`.
  case notExhaustive(node: String, counterExample: [FactChoice], combinations: CombinationCount)
  /// A walk ended on a node with no way out.
  case deadEnd(node: String, counterExample: [FactChoice])
  /// A node can be reached on some path and its condition never holds there.
  case caseNeverHolds(node: String, caseIndex: Int)
  /// An outcome can be reached with the same step twice on the path.
  case repeatedStep(step: String, node: String)
}

/// What a question node needed, in ``TreeProblem/questionShape(node:fact:kind:expected:)``.
public enum QuestionShapeRule: String, Sendable, Equatable, CaseIterable {
  /// Every answer of a boolean or choice question has its own `next`.
  case answerNeedsNext
  /// A set question has one `next` on the node.
  case setNeedsNext
  /// A set question's answers have no `next` of their own.
  case setAnswerHasNoNext
  /// Only a set question has `whenEmpty` and a node-level `next`.
  case onlySetHasEmpty
  /// The `whenUnknown` edge of a boolean or choice question has its own `next`.
  case unknownNeedsNext
  /// The `whenUnknown` edge of a set question has no `next`: the walk goes on at the node's `next`.
  case setUnknownHasNoNext
}

/// One fact and its answer, in a counter-example.
public struct FactChoice: Sendable, Equatable, Hashable {
  /// The fact id.
  public var fact: String
  /// The answer, written as value ids (`{mail,identifiant}` for a set, `{}` for the empty set).
  public var answer: String

  /// Creates a choice.
  public init(fact: String, answer: String) {
    self.fact = fact
    self.answer = answer
  }
}

extension TreeProblem {
  /// The stable code, printed in brackets and used by tools.
  public var code: String {
    switch self {
    case .notUTF8: "not-utf8"
    case .syntax: "json-syntax"
    case .unsupportedFormat: "unsupported-format"
    case .wrongType: "wrong-type"
    case .missingMember: "missing-member"
    case .unknownMember: "unknown-member"
    case .duplicateMember: "duplicate-member"
    case .notAllowed: "not-allowed"
    case .invalidIdentifier: "invalid-id"
    case .duplicateIdentifier: "duplicate-id"
    case .unknownReference: "unknown-reference"
    case .missingTranslation: "missing-translation"
    case .booleanValues: "boolean-values"
    case .noValues: "no-values"
    case .tooManyValues: "too-many-values"
    case .ambiguousSpelling: "ambiguous-spelling"
    case .duplicateColumn: "duplicate-column"
    case .uncoveredValue: "uncovered-value"
    case .questionShape: "question-shape"
    case .operatorMismatch: "operator-mismatch"
    case .cycle: "cycle"
    case .unreachableNode: "unreachable-node"
    case .cutOffNodes: "cut-off-nodes"
    case .unusedFact: "unused-fact"
    case .unusedStep: "unused-step"
    case .unusedActor: "unused-actor"
    case .notExhaustive: "not-exhaustive"
    case .deadEnd: "dead-end"
    case .caseNeverHolds: "case-never-holds"
    case .repeatedStep: "repeated-step"
    }
  }
}
