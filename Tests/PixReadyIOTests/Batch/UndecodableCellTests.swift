import PixReadyCore
import Testing

@testable import PixReadyIO

/// A cell that does not decode makes its row an error only in a column the run reads: not in a
/// column it ignores, nor in the column of a fact every row is given (`--fact`), which rows decided
/// from their bytes do not read either.
struct UndecodableCellTests {
  private static let headers = [
    "ine", "nom", "prenom", "date_naissance", "classe", "siecle_a_jour", "gar_attribue", "methode_orga",
    "compte_habituel", "telephone",
  ]
  private static let fields = [
    "111111116AA", "Roux", "Inès", "22/08/2009", "1G2", "\u{FFFD}ui", "oui", "télécopie", "ENT", "\u{FFFD}6",
  ]

  private static func status(
    _ problem: [Int], commonAnswers: Answers = [:], fields: [String] = fields
  ) throws -> RowDiagnosis.Status {
    var diagnoser = try IOTestSupport.diagnoser(headers: headers, commonAnswers: commonAnswers)
    return diagnoser.diagnose(fields: fields, row: 1, line: 2, problem: .undecodableFields(problem)).status
  }

  @Test func aCellThatDoesNotDecodeIsAnErrorInAColumnRead() throws {
    guard case .error(let error) = try Self.status([5]) else {
      Issue.record("a row with a cell that does not decode in a column read is an error")
      return
    }
    #expect(error.code == .invalidText)
    #expect(error.column == "siecle_a_jour")
  }

  @Test func theColumnOfAFactEveryRowIsGivenIsNotRead() throws {
    // The fact given for every row: the next error is the value not understood, as rows decided
    // from their bytes say.
    guard case .error(let error) = try Self.status([5], commonAnswers: ["siecleImported": .value("yes")]) else {
      Issue.record("the value not understood is still an error")
      return
    }
    #expect(error.code == .unknownValue)
    #expect(error.column == "methode_orga")
  }

  @Test func aColumnIgnoredIsNotRead() throws {
    var fields = Self.fields
    fields[5] = "oui"
    guard case .error(let error) = try Self.status([9], fields: fields) else {
      Issue.record("the value not understood is still an error")
      return
    }
    #expect(error.code == .unknownValue)
    #expect(error.column == "methode_orga")
  }
}
