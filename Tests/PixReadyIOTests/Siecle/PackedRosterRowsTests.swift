import PixReadyTestSupport
import Testing

@testable import PixReadyIO

/// The rows the cross-check keeps come back as they were added, whichever way their cells are
/// kept (as text, an INE packed, a birthdate as digits) and across chunks.
struct PackedRosterRowsTests {
  /// A deterministic identity: each field present or not, INEs and birthdates of every shape.
  static func student(_ seed: Int) -> StudentIdentity {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next(_ count: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % count
    }
    let ines = ["", "123456789AB", "00012345678", "ZZZZZZZZZZZZ", "123456789ab", " 123456789AB", "1234567890123", "É1"]
    let dates = ["", "03/09/2009", "00/00/0000", "99/99/9999", "3/09/2009", "03-09-2009", "03/09/09", "0٣/09/2009"]
    let names = ["", "Martin", "Lefèvre", "N'Diaye", "Þór", "  Le  Goff ", "Łukasz"]
    var values: [StudentIdentity.Field: String] = [:]
    if next(5) > 0 { values[.ine] = ines[next(ines.count)] }
    if next(5) > 0 { values[.nom] = names[next(names.count)] }
    if next(5) > 0 { values[.prenom] = names[next(names.count)] }
    if next(5) > 0 { values[.dateNaissance] = dates[next(dates.count)] }
    if next(5) > 0 { values[.classe] = ["2NDE1", "", "TLE 10"][next(3)] }
    return StudentIdentity(values: values)
  }

  @Test func rowsComeBackAsTheyWereAdded() {
    var packed = PackedRosterRows()
    var expected: [PackedRosterRows.Row] = []
    var row = 0
    for seed in 0..<5_000 {
      // Rows mostly one after the other, sometimes far, sometimes back; lines after them or none.
      row += [1, 1, 1, 200, -3, 1_000_000][seed % 6]
      let line: Int? = seed % 7 == 0 ? nil : row + [1, 1, 2, 40][seed % 4]
      let student = Self.student(seed)
      if seed % 2 == 0 {
        packed.append(student, row: row, line: line)
      } else {
        // The cells as the engine gives them: bytes that outlive the call.
        let cells = StudentIdentity.Field.allCases.map { field in
          student[ifPresent: field].map { text in
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count + 1)
            _ = bytes.initialize(from: text.utf8)
            return UnsafeBufferPointer(rebasing: bytes[..<text.utf8.count])
          }
        }
        defer {
          for cell in cells { cell?.deallocate() }
        }
        // Every other time with the INE's packed key, as the cross-check passes it.
        let ineKey = seed % 4 == 1 ? cells[StudentIdentity.Field.ine.position].flatMap(FirstRowByINE.packed) : nil
        packed.append(row: row, line: line, ineKey: ineKey) { cells[$0] }
      }
      expected.append(PackedRosterRows.Row(student: student, row: row, line: line))
    }
    #expect(packed.count == expected.count)
    let rows = packed.rows
    #expect(rows.count == expected.count)
    for (got, want) in zip(rows, expected) { #expect(got == want) }
  }

  /// A row larger than a chunk, between small ones, is kept whole in a chunk of its own.
  @Test func keepsRowsLargerThanAChunk() {
    var packed = PackedRosterRows()
    var expected: [PackedRosterRows.Row] = []
    for row in 1...40 {
      let length = row % 10 == 0 ? 200_000 + row : row
      let student = StudentIdentity(values: [
        .nom: String(repeating: "é", count: length / 2), .prenom: "Léa", .classe: "2NDE\(row % 3)",
      ])
      packed.append(student, row: row, line: row + 1)
      expected.append(PackedRosterRows.Row(student: student, row: row, line: row + 1))
    }
    #expect(packed.rows == expected)
  }

  /// Rows taken out come back as they were added, whatever chunk holds them (one larger than a
  /// chunk included), and leave the others, which come back without them.
  @Test func rowsTakenOutComeBackAndLeaveTheOthers() {
    var packed = PackedRosterRows()
    var expected: [PackedRosterRows.Row] = []
    var row = 0
    for seed in 0..<6_000 {
      row += [1, 1, 2, 1, 90][seed % 5]
      let line: Int? = seed % 9 == 0 ? nil : row + [1, 3][seed % 2]
      var student = Self.student(seed)
      if seed % 1_000 == 500 {
        var values = student.values
        values[.nom] = String(repeating: "é", count: 40_000)
        student = StudentIdentity(values: values)
      }
      packed.append(student, row: row, line: line)
      expected.append(PackedRosterRows.Row(student: student, row: row, line: line))
    }
    // The first and last rows, rows side by side, the large ones, and a number no row has.
    let wanted = expected.indices.filter { $0 == 0 || $0 % 7 == 3 || $0 % 1_000 == 500 || $0 == 5_999 }
    let taken = packed.remove(wanted.map { expected[$0].row } + [row + 5])
    #expect(taken == wanted.map { expected[$0] })
    let left = expected.indices.filter { !wanted.contains($0) }.map { expected[$0] }
    #expect(packed.count == left.count)
    #expect(packed.rows == left)
    let none = packed.remove([])
    #expect(none.isEmpty)
  }

  /// A birthdate is packed when it is `JJ/MM/AAAA` in any digits, and only then, as the loop over
  /// its bytes says: every byte of a date changed to each value that matters (digits' edges,
  /// the slash, its neighbours, bytes past ASCII), and random texts of digits and punctuation.
  @Test func packsExactlyTheDatesWrittenWithTwoSlashes() {
    func expected(_ bytes: [UInt8]) -> UInt32? {
      guard bytes.count == 10, bytes[2] == 0x2F, bytes[5] == 0x2F else { return nil }
      var digits: UInt32 = 0
      for (shift, index) in [0, 1, 3, 4, 6, 7, 8, 9].enumerated() {
        guard (0x30...0x39).contains(bytes[index]) else { return nil }
        digits |= UInt32(bytes[index] - 0x30) << (4 * UInt32(shift))
      }
      return digits
    }
    var texts: [[UInt8]] = []
    let date = Array("14/03/2009".utf8)
    for index in date.indices {
      for value: UInt8 in [
        0x00, 0x09, 0x20, 0x2E, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x3F, 0x40, 0x69, 0xB9, 0xF9, 0xFA, 0xFF,
      ] {
        var text = date
        text[index] = value
        texts.append(text)
      }
    }
    // Mostly dates, some bytes off: a slash where a digit goes, a colon, a dot, a dash.
    var generator = SplitMix(seed: 12)
    let symbols = Array("0123456789/:.-".utf8)
    for _ in 0..<20_000 {
      let count = [9, 10, 10, 10, 11].randomElement(using: &generator)!
      texts.append(
        (0..<count).map { index in
          if Int.random(in: 0..<20, using: &generator) == 0 { return symbols.randomElement(using: &generator)! }
          return index == 2 || index == 5 ? 0x2F : UInt8.random(in: 0x30...0x39, using: &generator)
        })
    }
    texts += ["31/12/1999", "00/00/0000", "99/99/9999", "1/03/2009", "14-03-2009", "14/03/200", "14/03/20090"].map {
      Array($0.utf8)
    }
    var packed = 0
    for text in texts {
      let digits = text.withUnsafeBufferPointer { PackedRosterRows.dateDigits($0) }
      #expect(digits == expected(text), "\(text)")
      if digits != nil { packed += 1 }
    }
    #expect(packed > 100)
    #expect(Array("31/12/1999".utf8).withUnsafeBufferPointer { PackedRosterRows.dateDigits($0) } == 0x9991_2113)
  }
}
