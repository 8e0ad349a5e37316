import Testing

@testable import PixReadyIO

/// The table of first rows by INE against a dictionary doing the same, past several growths of
/// the table, with INEs it packs and INEs it keeps as text.
struct FirstRowByINETests {
  /// A deterministic INE: mostly packable (digits and capitals), sometimes not (lower case,
  /// accents, more than 12 characters), drawn from a small space so that duplicates come back.
  static func ine(_ seed: Int) -> String {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    state ^= state >> 29
    let number = String(state % 3_000, radix: 36).uppercased()
    switch state >> 60 {
    case 0: return "é" + number
    case 1: return "0000000000000" + number
    case 2: return number.lowercased() + "x"
    default: return String(repeating: "0", count: seed % 3) + number
    }
  }

  @Test func tellsTheFirstRowOfEveryINEAsADictionaryWould() {
    var table = FirstRowByINE()
    var reference: [String: Int] = [:]
    var duplicates = 0
    for row in 1...10_000 {
      let ine = Self.ine(row)
      let expected = reference[ine]
      if expected == nil { reference[ine] = row } else { duplicates += 1 }
      #expect(table.insert(ine, row: row) == expected, "row \(row), INE \(ine)")
    }
    #expect(reference.count > 2_000)  // the table grew past its first size, twice
    #expect(duplicates > 1_000)
  }

  @Test func containsTellsThePackedINEsInserted() throws {
    var table = FirstRowByINE()
    #expect(!table.contains(packed: try #require(FirstRowByINE.packed("123456789AB"))))
    for row in 1...3_000 { _ = table.insert(String(row * 7, radix: 36).uppercased(), row: row) }
    for number in 1...21_000 {
      let key = try #require(FirstRowByINE.packed(String(number, radix: 36).uppercased()))
      #expect(table.contains(packed: key) == number.isMultiple(of: 7), "\(number)")
    }
  }

  @Test func rowsTooLargeForThePackedTableAreStillKept() {
    var table = FirstRowByINE()
    let large = Int(UInt32.max) + 5
    #expect(table.insert("123456789AB", row: large) == nil)
    #expect(table.insert("123456789AB", row: 7) == large)
  }

  /// The packing as it is defined: one symbol after the other, the number so far times 37.
  private static func packedOneByOne(_ bytes: [UInt8]) -> UInt64? {
    guard bytes.count <= 12, !bytes.isEmpty else { return nil }
    var value: UInt64 = 0
    for byte in bytes {
      switch byte {
      case 0x30...0x39: value = value * 37 + UInt64(byte - 0x30) + 1
      case 0x41...0x5A: value = value * 37 + UInt64(byte - 0x41) + 11
      default: return nil
      }
    }
    return value
  }

  /// Every byte value at every place of INEs of every length up to 13, and random INEs of
  /// digits, capitals and their neighbours, pack as one symbol after the other does.
  @Test func packsAsOneSymbolAfterTheOther() {
    var checked = 0
    for length in 0...13 {
      let ine = Array("9Z0A12345678B".utf8.prefix(length))
      for place in 0..<max(length, 1) {
        for byte in 0...255 {
          var bytes = ine
          if !bytes.isEmpty { bytes[place] = UInt8(byte) }
          #expect(FirstRowByINE.packed(bytes) == Self.packedOneByOne(bytes), "\(bytes)")
          checked += 1
        }
      }
    }
    let alphabet = Array("/09:@AZ[".utf8) + Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    var state: UInt64 = 42
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let bytes = (0..<Int(state >> 60)).map {
        alphabet[Int((state >> (5 * UInt64($0) % 55)) % UInt64(alphabet.count))]
      }
      #expect(FirstRowByINE.packed(bytes) == Self.packedOneByOne(bytes), "\(bytes)")
      #expect(FirstRowByINE.packed(String(decoding: bytes, as: UTF8.self)) == Self.packedOneByOne(bytes))
    }
    #expect(checked == (1 + 91) * 256)  // lengths 0 and 1 to 13, each place, each byte
  }

  @Test(arguments: ["0", "9", "A", "Z", "123456789AB", "ZZZZZZZZZZZZ", "000000000000", "0A0"])
  func anINEPackedUnpacksToItself(ine: String) throws {
    #expect(FirstRowByINE.unpacked(try #require(FirstRowByINE.packed(ine))) == ine)
  }

  /// Rows inserted and logged in any mix find the first row of each INE a dictionary finds: an
  /// inserted row at once (a logged row before it included), a logged row at the end, told on
  /// three threads as on one.
  @Test(arguments: [2, 5, 1_000_000]) func loggedRowsAreToldAsIfInserted(insertedOneIn: Int) {
    var table = FirstRowByINE()
    var reference: [String: Int] = [:]
    var expected: [(row: Int, first: Int)] = []
    var inserted = 0
    for row in 1...12_000 {
      let ine = Self.ine(row)
      let first = reference[ine]
      if first == nil { reference[ine] = row }
      if let key = FirstRowByINE.packed(ine), row % insertedOneIn != 0 {
        let logged = table.log(packed: key, row: row)
        #expect(logged)
        if let first { expected.append((row, first)) }
      } else {
        inserted += 1
        #expect(table.insert(ine, row: row) == first, "row \(row), INE \(ine)")
      }
    }
    var copy = table
    let got = table.loggedDuplicates(threads: 3)
    let onOneThread = copy.loggedDuplicates()
    #expect(onOneThread.map(\.row) == got.map(\.row) && onOneThread.map(\.first) == got.map(\.first))
    let wrong = zip(got, expected).filter { $0.row != $1.row || $0.first != $1.first }
    #expect(got.count == expected.count)
    #expect(wrong.isEmpty, "\(wrong.count) wrong, the first: \(String(describing: wrong.first))")
    #expect(expected.count > 1_000)
    #expect(inserted > 0)
    let again = table.loggedDuplicates()
    #expect(again.isEmpty, "the log is emptied")
  }

  @Test func aRowLoggedPastFourBillionIsNotLogged() throws {
    var table = FirstRowByINE()
    let key = try #require(FirstRowByINE.packed("123456789AB"))
    let (far, near) = (table.log(packed: key, row: Int(UInt32.max) + 1), table.log(packed: key, row: 9))
    #expect(!far)
    #expect(near)
    #expect(table.insert("123456789AB", row: 12) == 9, "found in the log")
    #expect(table.insert("123456789AB", row: 13) == 9, "then in the table")
    #expect(table.insert("123456789AB", row: 14, searchingLog: false) == 9)
    let duplicates = table.loggedDuplicates()
    #expect(duplicates.isEmpty, "the first row is the logged one")
  }
}
