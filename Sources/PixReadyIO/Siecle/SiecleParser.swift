import Foundation
import PixReadyCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses the XML of a SIECLE export from a stream, after checking its prolog, into a
/// ``SiecleExport`` with every problem found.
enum SiecleParser {
  /// Parses `stream`, whose first bytes are `head`.
  ///
  /// - Parameters:
  ///   - head: The start of the file (up to ``XMLProlog/maximumLength`` bytes), for the prolog check.
  ///   - complete: Whether `head` is the whole file.
  ///   - stream: The whole file, from its first byte.
  ///   - sourceName: The name used in messages.
  static func parse(head: [UInt8], complete: Bool, stream: InputStream, sourceName: String) -> SiecleExport {
    let prolog: XMLProlog
    do {
      prolog = try XMLProlog(head: head, complete: complete)
    } catch {
      return .unusable(error, sourceName: sourceName)
    }
    let handler = SiecleXMLHandler()
    let parser = XMLParser(stream: stream)
    parser.shouldResolveExternalEntities = false
    parser.externalEntityResolvingPolicy = .never
    parser.delegate = handler
    let succeeded = parser.parse()
    if let root = handler.foreignRoot {
      return .unusable(.notSiecleExport(root: root), sourceName: sourceName, line: nil)
    }
    var export = SiecleExport(sourceName: sourceName, uai: handler.uai, encoding: prolog.encoding)
    var findings: [SiecleFinding] = []
    if let error = handler.error {
      let location = SourceLocation(file: sourceName, line: error.line, column: error.column)
      findings.append(SiecleFinding(.malformedXML(code: error.code), at: location))
    } else if !succeeded {
      findings.append(SiecleFinding(.malformedXML(code: 0), at: SourceLocation(file: sourceName)))
    }
    let students = handler.students.map { student(from: $0, structures: handler.structures) }
    export.students = students.filter { !$0.hasLeft }
    export.leftStudents = students.filter(\.hasLeft)
    if handler.error == nil, students.isEmpty {
      findings.append(SiecleFinding(.noStudents, at: SourceLocation(file: sourceName)))
    }
    if handler.uai == nil, !students.isEmpty {
      findings.append(SiecleFinding(.missingUAI, at: SourceLocation(file: sourceName)))
    }
    findings += SiecleStudentCheck.findings(for: export.students, sourceName: sourceName)
    export.findings = findings
    return export
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
