import PixReadyCore

/// What a prompt session found for one student.
public struct StudentResult: Sendable, Equatable {
  /// Where the student's diagnosis ended.
  public enum Status: Sendable, Equatable {
    /// The walk reached an outcome.
    case verdict(Verdict)
    /// The person answered « je ne sais pas » to this fact: to be asked later.
    case pending(fact: String)
    /// The session ended (`q`, end of input) while this fact was being asked.
    case unfinished(fact: String)

    /// `ready`, `action`, `support`, `pending` or `unfinished`, as written in JSON.
    public var word: String {
      switch self {
      case .verdict(let verdict): verdict.rawValue
      case .pending: "pending"
      case .unfinished: "unfinished"
      }
    }

    /// The fact still to answer, when the walk did not reach an outcome.
    public var openFact: String? {
      switch self {
      case .verdict: nil
      case .pending(let fact), .unfinished(let fact): fact
      }
    }
  }

  /// The 1-based number of the student in the session.
  public var number: Int
  /// The name typed at the prompt, if any.
  public var name: String?
  /// Where the diagnosis ended.
  public var status: Status
  /// The walk with every answer known for this student (school answers included): steps,
  /// notes and trace so far when the status is not a verdict.
  public var diagnosis: Diagnosis
  /// The steps of ``diagnosis`` due to the school's answers alone: shown once per session, not
  /// under every student.
  public var schoolSteps: [Step]

  /// Creates a result.
  public init(number: Int, name: String?, status: Status, diagnosis: Diagnosis, schoolSteps: [Step] = []) {
    self.number = number
    self.name = name
    self.status = status
    self.diagnosis = diagnosis
    self.schoolSteps = schoolSteps
  }

  /// The student's own steps: those of ``diagnosis`` that are not the school's.
  public var ownSteps: [Step] {
    let school = Set(schoolSteps.map(\.id))
    return diagnosis.steps.filter { !school.contains($0.id) }
  }

  /// The status as the person reads it: a verdict counts the student's own steps only
  /// (« tout va bien » for a student whose only steps are the school's).
  public var ownStatus: Status {
    guard case .verdict = status else { return status }
    let own = ownSteps
    if own.isEmpty { return .verdict(.ready) }
    return .verdict(own.contains { $0.escalates } ? .support : .action)
  }
}
