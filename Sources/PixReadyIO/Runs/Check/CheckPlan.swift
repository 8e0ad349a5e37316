import PixReadyCore

/// Everything `pixready check` was asked to do, decided before any file is opened: the plan a
/// ``CheckRun`` carries out.
public struct CheckPlan: Sendable {
  /// The class file (`-` for standard input).
  public var input: String
  /// The report file; `nil` writes the report on standard output.
  public var output: String?
  /// The report's format.
  public var format: ReportFormat
  /// The CSV encoding forced by the user; detected when `nil`.
  public var encoding: CSVEncoding?
  /// The delimiter of a CSV report.
  public var delimiter: Character
  /// The result that makes the run end with findings (`support`, or `action` which counts support too).
  public var failOn: Verdict?
  /// The key of pseudonyms when identities are replaced (`--anonymize`); `nil` keeps them.
  public var pseudonymKey: [UInt8]?
  /// The SIECLE export to cross-check the roster with, and which of its students must be in it.
  public var siecle: Siecle?
  /// The validated tree.
  public var tree: ValidatedTree
  /// Answers given for the whole class (`--fact`); they win over the columns.
  public var commonAnswers: Answers
  /// The language of reports and messages.
  public var language: Language
  /// When the report is made, in ISO 8601 with its offset (the injected clock).
  public var generatedAt: String
  /// The current school year's calendar year, for the SIECLE cross-check (students who left).
  public var currentYear: Int
  /// The threads that diagnose rows (the machine's cores, given by the caller); 1 reads row by row.
  public var workers: Int
  /// Whether every row is decoded, none decided from its bytes: the reference the byte path (and its
  /// compact rows for the documents and the SIECLE cross-check) is tested against.
  public var decodesEveryRow: Bool

  /// A plan; every option not given takes the default of `pixready check`.
  public init(
    input: String, output: String? = nil, format: ReportFormat = .csv, encoding: CSVEncoding? = nil,
    delimiter: Character = ";", failOn: Verdict? = nil, pseudonymKey: [UInt8]? = nil,
    siecle: Siecle? = nil, tree: ValidatedTree, commonAnswers: Answers = [:],
    language: Language = .fr, generatedAt: String, currentYear: Int, workers: Int = 1, decodesEveryRow: Bool = false
  ) {
    self.input = input
    self.output = output
    self.format = format
    self.encoding = encoding
    self.delimiter = delimiter
    self.failOn = failOn
    self.pseudonymKey = pseudonymKey
    self.siecle = siecle
    self.tree = tree
    self.commonAnswers = commonAnswers
    self.language = language
    self.generatedAt = generatedAt
    self.currentYear = currentYear
    self.workers = workers
    self.decodesEveryRow = decodesEveryRow
  }

  /// The SIECLE export of `--siecle` and which of its students must be in the roster.
  public struct Siecle: Sendable {
    /// The export (`ElevesSansAdresses.zip` or its XML).
    public var path: String
    /// Which SIECLE students the roster must hold.
    public var scope: RosterCrossCheck.Scope

    /// Creates the cross-check's part of a plan.
    public init(path: String, scope: RosterCrossCheck.Scope) {
      self.path = path
      self.scope = scope
    }
  }
}
