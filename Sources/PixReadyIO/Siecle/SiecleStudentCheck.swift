import PixReadyCore

/// The checks on the students still at school: what pixready keeps with an empty cell, and what
/// Pix Orga skips silently or refuses the whole file for.
enum SiecleStudentCheck {
  /// Every problem of `students`, by line.
  static func findings(for students: [SiecleStudent], sourceName: String) -> [SiecleFinding] {
    var findings: [SiecleFinding] = []
    var firstLineByINE: [String: Int] = [:]
    for student in students {
      func add(_ problem: SiecleProblem) {
        findings.append(
          SiecleFinding(problem, at: SourceLocation(file: sourceName, line: student.line), student: student))
      }
      if !student.hasINEElement {
        add(.missingINE)
      } else if student.ine.isEmpty {
        add(.emptyINE)
      } else if let first = firstLineByINE[student.ine] {
        add(.duplicateINE(ine: student.ine, firstLine: first))
      } else {
        firstLineByINE[student.ine] = student.line
      }
      if let gap = student.divisionGap { add(.missingDivision(gap)) }
      if student.lastName.isEmpty { add(.missingLastName) }
      if student.firstName.isEmpty { add(.missingFirstName) }
      if student.birthdate.isEmpty {
        add(.missingBirthdate)
      } else if !SiecleDate.isSiecleFormat(student.birthdate) {
        add(.invalidBirthdate(student.birthdate))
      }
      if student.sexCode?.isEmpty == true { add(.missingSexCode) }
      if student.birthCountryCode == "100", student.birthCityCode.isEmpty { add(.missingBirthCityCode) }
    }
    return findings
  }
}
