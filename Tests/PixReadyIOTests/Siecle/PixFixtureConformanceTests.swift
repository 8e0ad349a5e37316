import Foundation
import PixReadyIO
import Testing

/// Conformance with the Pix platform's own SIECLE test files (AGPL, in `../shared/pix-fixtures/siecle`,
/// never copied into this repository). Skipped when that folder is absent.
///
/// For each file: the codes pixready reports, which say what Pix Orga does with it (imports it,
/// skips students silently, refuses the file).
struct PixFixtureConformanceTests {
  static let folder = IOTestSupport.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/pix-fixtures/siecle")
  static let available = FileManager.default.fileExists(atPath: folder.path)

  /// File, then the codes expected, in order.
  static let expectations: [(String, [String])] = [
    ("siecle-with-two-valid-students.xml", []),
    ("siecle-with-two-valid-students-and-school-year.xml", []),
    ("legacy/siecle-with-one-valid-student.xml", []),
    ("siecle-with-bom.xml", []),
    ("siecle-with-wrong-uai.xml", []),
    ("siecle-with-no-uai.xml", ["missing-uai"]),
    ("siecle-with-no-national-student-id.xml", ["empty-ine"]),
    ("siecle-with-duplicate-national-student-id.xml", ["duplicate-ine"]),
    ("siecle-with-duplicate-national-student-id-and-unclosed-tag.xml", ["malformed-xml", "duplicate-ine"]),
    ("siecle-student-with-no-sex.xml", ["missing-sex-code"]),
    ("siecle-student-with-no-birthdate.xml", ["missing-birthdate"]),
    ("siecle-student-with-invalid-birthdate-format.xml", ["invalid-birthdate"]),
    (
      "siecle-student-with-no-sex-no-birthdate.xml",
      ["missing-birthdate", "missing-sex-code", "missing-birth-city-code"]
    ),
    ("siecle-french-student-with-no-birth-city-code.xml", ["missing-birth-city-code"]),
    ("siecle-student-with-no-first-name.xml", ["missing-first-name"]),
    ("siecle-student-with-no-last-name.xml", ["missing-last-name"]),
    ("siecle-broken.xml", ["malformed-xml"]),
    ("siecle-broken-after-uai.xml", ["malformed-xml"]),
    ("siecle-with-unknown-encoding.xml", ["unsupported-encoding"]),
    (
      "siecle-with-registrations-no-longer-in-school.xml",
      ["missing-division", "missing-division", "missing-ine", "missing-division"]
    ),
    (
      "siecle-with-only-ignored-student.xml",
      ["missing-division", "missing-division", "missing-ine", "missing-division"]
    ),
  ]

  private func read(_ name: String) -> SiecleExport {
    SiecleReader.read(path: Self.folder.appendingPathComponent(name).path)
  }

  @Test(.enabled(if: available), arguments: expectations)
  func reportsWhatPixOrgaWouldObject(file: String, codes: [String]) {
    let export = read(file)
    #expect(export.findings.map(\.code) == codes, "\(export.findings.map { $0.formatted(in: .en) })")
  }

  @Test(.enabled(if: available))
  func everyPixFixtureHasAnExpectation() throws {
    let enumerator = FileManager.default.enumerator(atPath: Self.folder.path)
    let files = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }
    #expect(Set(files) == Set(Self.expectations.map(\.0)))
  }

  /// Pix's main test expects `Léa` and `Cocœ` after decoding, from ISO-8859-15 bytes.
  @Test(.enabled(if: available))
  func decodesTheValidFileLikePix() {
    let export = read("siecle-with-two-valid-students.xml")
    #expect(export.uai == "123ABC")
    #expect(export.students.map(\.ine) == ["00000000123", "00000000124"])
    #expect(export.students.map(\.otherFirstNames) == [["Léa", "Lucy"], ["Cocœ"]])
    #expect(export.students.map(\.usualLastName) == ["", "COJAUNE"])
    #expect(export.students.map(\.division) == ["4A", "4A"])
    #expect(export.students.map(\.birthdate) == ["31/12/1994", "01/07/1994"])
  }

  /// The five students Pix skips silently: each is kept and explained, the one who left is counted.
  @Test(.enabled(if: available))
  func explainsTheStudentsPixSkipsSilently() {
    let export = read("siecle-with-only-ignored-student.xml")
    #expect(export.students.map(\.id) == ["0001", "0002", "0003", "0004"])
    #expect(export.students.map(\.divisionGap) == [.noStructure, .inactive, nil, .groupsOnly])
    #expect(export.students[2].division == "4e 1")
    #expect(export.leftStudents.map(\.id) == ["0005"])
  }
}
