import Foundation
import PixReadyIO

/// Paths and bytes of the SIECLE and zip fixtures (made by `Fixtures/make-siecle-fixtures.py`).
enum SiecleFixtures {
  /// The path of `Fixtures/<name>`.
  static func path(_ name: String) -> String {
    IOTestSupport.packageRoot.appendingPathComponent("Tests/PixReadyIOTests/Fixtures/\(name)").path
  }

  /// The bytes of `Fixtures/<name>`.
  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }

  /// An export read from the fixture `siecle/<name>` by path.
  static func read(_ name: String, limits: ZipArchive.Limits = .standard) -> SiecleExport {
    SiecleReader.read(path: path("siecle/\(name)"), limits: limits)
  }

  /// An export read from UTF-8 text.
  static func read(xml: String, sourceName: String = "test.xml") -> SiecleExport {
    SiecleReader.read(bytes: Array(xml.utf8), sourceName: sourceName)
  }

  /// A minimal export: `students` is the XML inside `ELEVES`, `structures` inside `STRUCTURES`.
  static func xml(uai: String? = "0350099X", students: String, structures: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <BEE_ELEVES VERSION="3.1">
    <PARAMETRES>\(uai.map { "<UAJ>\($0)</UAJ>" } ?? "")</PARAMETRES>
    <DONNEES>
    <ELEVES>
    \(students)
    </ELEVES>
    <STRUCTURES>
    \(structures)
    </STRUCTURES>
    </DONNEES>
    </BEE_ELEVES>

    """
  }

  /// One `ELEVE` element with the usual fields; `extra` is added inside.
  static func eleve(
    _ id: String, ine: String? = nil, nom: String = "NOM", prenom: String = "Prénom", naissance: String = "01/02/2009",
    extra: String = ""
  ) -> String {
    let ineElement = ine.map { "<ID_NATIONAL>\($0)</ID_NATIONAL>" } ?? ""
    return """
      <ELEVE ELEVE_ID="\(id)">\(ineElement)<NOM_DE_FAMILLE>\(nom)</NOM_DE_FAMILLE><PRENOM>\(prenom)</PRENOM>\
      <DATE_NAISS>\(naissance)</DATE_NAISS>\(extra)</ELEVE>
      """
  }

  /// One `STRUCTURES_ELEVE` with a division.
  static func division(_ id: String, _ code: String, type: String = "D") -> String {
    """
    <STRUCTURES_ELEVE ELEVE_ID="\(id)"><STRUCTURE><CODE_STRUCTURE>\(code)</CODE_STRUCTURE>\
    <TYPE_STRUCTURE>\(type)</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>
    """
  }
}
