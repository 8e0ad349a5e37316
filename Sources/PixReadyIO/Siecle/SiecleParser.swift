import PixReadyCore

/// Reads the XML of a SIECLE export with the ``XMLReader`` into a ``SiecleExport`` with every
/// problem found.
enum SiecleParser {
  /// Parses `bytes`, a whole XML document; `sourceName` names it in messages.
  ///
  /// A problem with the encoding, a document type declaration or too long a prolog makes the
  /// file unusable; other malformations are reported with their line after the students read
  /// before them, as a streaming parser would.
  static func parse(_ bytes: [UInt8], sourceName: String) -> SiecleExport {
    var reader = XMLReader(bytes: bytes)
    var handler = SiecleXMLHandler()
    var failure: XMLError?
    do {
      while let event = try reader.next() {
        handler.handle(event)
        if handler.foreignRoot != nil { break }
      }
    } catch {
      failure = error
    }
    if let root = handler.foreignRoot {
      return .unusable(.notSiecleExport(root: root), sourceName: sourceName, line: nil)
    }
    if let failure, let problem = fileProblem(failure.kind) {
      return .unusable(problem, sourceName: sourceName, line: failure.line)
    }
    var export = SiecleExport(sourceName: sourceName, uai: handler.uai, encoding: reader.encoding.rawValue)
    export.schoolYear = handler.schoolYear
    var findings: [SiecleFinding] = []
    if let failure {
      let location = SourceLocation(file: sourceName, line: failure.line, column: failure.column)
      findings.append(SiecleFinding(.malformedXML(failure.kind), at: location))
    }
    let students = handler.students.map { student(from: $0, structures: handler.structures) }
    export.students = students.filter { !$0.hasLeft }
    export.leftStudents = students.filter(\.hasLeft)
    if failure == nil, students.isEmpty {
      findings.append(SiecleFinding(.noStudents, at: SourceLocation(file: sourceName)))
    }
    if handler.uai == nil, !students.isEmpty {
      findings.append(SiecleFinding(.missingUAI, at: SourceLocation(file: sourceName)))
    }
    // After an error, the divisions (STRUCTURES, at the end of the file) were not read: saying
    // that students have none would be false.
    findings += SiecleStudentCheck.findings(for: export.students, sourceName: sourceName).filter {
      guard failure != nil, case .missingDivision = $0.problem else { return true }
      return false
    }
    export.findings = findings
    return export
  }

  /// The problem that makes the whole file unusable, for the XML errors that have their own.
  private static func fileProblem(_ kind: XMLError.Kind) -> SiecleProblem? {
    switch kind {
    case .unsupportedEncoding(let name): .unsupportedEncoding(name)
    case .encodingConflict(let declared): .encodingConflict(declared: declared)
    case .documentTypeDeclaration: .documentTypeDeclaration
    case .prologTooLong: .prologTooLong
    case .invalidBytes, .forbiddenCharacter, .processingInstruction, .invalidDeclaration, .unexpectedEndOfFile,
      .noRootElement, .expectedName, .expected, .lessThanInAttributeValue, .duplicateAttribute, .undeclaredEntity,
      .invalidCharacterReference, .mismatchedEndTag, .unexpectedEndTag, .textOutsideRoot, .contentAfterRoot, .tooDeep:
      nil
    }
  }

  private static func student(
    from raw: SiecleXMLHandler.RawStudent, structures: [String: SiecleXMLHandler.Structures]
  ) -> SiecleStudent {
    let fields = raw.fields
    var student = SiecleStudent(
      id: raw.id, ine: fields["ID_NATIONAL"] ?? "", hasINEElement: fields["ID_NATIONAL"] != nil,
      lastName: fields["NOM_DE_FAMILLE"] ?? "", usualLastName: fields["NOM_USAGE"] ?? "",
      firstName: fields["PRENOM"] ?? "",
      otherFirstNames: [fields["PRENOM2"], fields["PRENOM3"]].compactMap { $0 }.filter { !$0.isEmpty },
      birthdate: fields["DATE_NAISS"] ?? "", leavingDate: fields["DATE_SORTIE"] ?? "", sexCode: fields["CODE_SEXE"],
      birthCountryCode: fields["CODE_PAYS"] ?? "", birthCityCode: fields["CODE_COMMUNE_INSEE_NAISS"] ?? "",
      line: raw.line)
    let found = structures[raw.id]
    student.division = found?.division ?? ""
    if student.division.isEmpty {
      student.divisionGap =
        found?.sawInactive == true ? .inactive : found?.sawGroup == true ? .groupsOnly : .noStructure
    }
    return student
  }
}
