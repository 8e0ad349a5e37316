import PixReadyCore

/// What a SIECLE « Élèves sans adresse » export holds: the school's UAI, its students, and every
/// problem found, all of them at once.
public struct SiecleExport: Sendable, Equatable {
  /// The file name used in messages (`ElevesSansAdresses.zip/ElevesSansAdresses.xml`).
  public var sourceName: String
  /// `PARAMETRES/UAJ`, the school's UAI, or `nil` when absent.
  public var uai: String?
  /// `PARAMETRES/ANNEE_SCOLAIRE`, the first year of the school year (`2024` for 2024-2025), or `nil`.
  public var schoolYear: String?
  /// The encoding declared by the XML (`ISO-8859-15`), `UTF-8` when none is declared.
  public var encoding: String
  /// The students still at school (no `DATE_SORTIE`), in file order.
  public var students: [SiecleStudent]
  /// The students who have left (`DATE_SORTIE` set), in file order.
  public var leftStudents: [SiecleStudent]
  /// Every problem, errors first, then by line.
  public var findings: [SiecleFinding]

  /// Creates an export.
  public init(
    sourceName: String, uai: String? = nil, encoding: String = "UTF-8", students: [SiecleStudent] = [],
    leftStudents: [SiecleStudent] = [], findings: [SiecleFinding] = []
  ) {
    self.sourceName = sourceName
    self.uai = uai
    self.encoding = encoding
    self.students = students
    self.leftStudents = leftStudents
    self.findings = findings
  }

  /// Whether the file could be read: no finding is an error.
  public var isUsable: Bool { !findings.contains { $0.severity == .error } }

  /// The number of students who have left.
  public var leftCount: Int { leftStudents.count }

  /// The divisions of the students still at school, in natural order (2NDE2 before 2NDE10).
  public var divisions: [String] {
    Self.sortedDivisions(students.map(\.division))
  }

  /// `divisions` without empty ones and duplicates, in natural order (2NDE2 before 2NDE10).
  public static func sortedDivisions(_ divisions: some Sequence<String>) -> [String] {
    Set(divisions.filter { !$0.isEmpty }).sorted(by: NaturalOrder.less)
  }

  /// The students still at school, and those who left when `includingLeft`.
  public func students(includingLeft: Bool) -> [SiecleStudent] {
    includingLeft ? students + leftStudents : students
  }

  /// The export of a file that could not be read.
  static func unusable(_ problem: SiecleProblem, sourceName: String, line: Int? = nil) -> SiecleExport {
    SiecleExport(
      sourceName: sourceName, findings: [SiecleFinding(problem, at: SourceLocation(file: sourceName, line: line))])
  }
}
