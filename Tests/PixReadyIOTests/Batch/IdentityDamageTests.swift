import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// What spreadsheets do to identity cells, noticed as such, and never missed by the fast path.
struct IdentityDamageTests {
  @Test(arguments: [
    ("123", StudentIdentity.Field.ine, IdentityDamage.Kind.shortINE),
    ("3,00E+01", .classe, .scientificNotation), ("1.2e-5", .ine, .scientificNotation),
    ("4,5E+10", .ine, .scientificNotation), ("05/01/09", .dateNaissance, .twoDigitYear),
    ("5/1/09", .dateNaissance, .twoDigitYear),
  ])
  func recognisesWhatASpreadsheetDid(text: String, field: StudentIdentity.Field, kind: IdentityDamage.Kind) {
    #expect(IdentityDamage.kind(of: text, field: field) == kind)
  }

  @Test(arguments: [
    ("00000000123", StudentIdentity.Field.ine), ("070123400AB", .ine), ("", .ine), ("3E1", .classe),
    ("2NDE1", .classe), ("05/01/2009", .dateNaissance), ("2009-01-05", .dateNaissance), ("12", .nom),
  ])
  func leavesSoundCellsAlone(text: String, field: StudentIdentity.Field) {
    #expect(IdentityDamage.kind(of: text, field: field) == nil)
  }

  @Test func sendsEveryDamagedCellToTheRowByRowPath() {
    let alphabet = Array("0123456789E+-,./ Ae")
    var random = SplitMix(seed: 9)
    var flagged = 0
    for _ in 0..<20000 {
      let text = String((0..<(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      for (index, field) in StudentIdentity.Field.allCases.enumerated() {
        guard IdentityDamage.kind(of: text, field: field) != nil else { continue }
        flagged += 1
        let bytes = Array(text.utf8)
        let slow = bytes.withUnsafeBufferPointer { buffer in
          buffer.baseAddress.map { IdentityDamage.mayBeDamaged(field: index, $0, bytes.count) } ?? true
        }
        #expect(slow, "\(text.debugDescription) in \(field)")
      }
    }
    #expect(flagged > 200)
  }
}
