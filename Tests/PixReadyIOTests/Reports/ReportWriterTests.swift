import Foundation
import PixReadyCore
import Testing

@testable import PixReadyIO

/// The report writer hands its bytes to an output thread in chunks: a report many chunks long
/// arrives whole and in order, typeset as the whole text would be.
struct ReportWriterTests {
  /// Lines numbered from 0, with spaces before « : » and « ? » and inside guillemets to typeset.
  static func lines(_ count: Int) -> [String] {
    (0..<count).map { "ligne \($0) : « élève \($0 % 97) » est-il prêt ?\n" }
  }

  @Test(arguments: [Language.fr, nil])
  func aLongReportArrivesWholeAndInOrder(language: Language?) {
    // About 6 MB: a dozen 512 KiB chunks, more than the four that may wait at a time.
    let lines = Self.lines(150_000)
    var output = ""
    ReportWriter.write(to: &output, typesetIn: language) { out in
      for line in lines {
        out.append(line)
        out.lineEnded()
      }
    }
    let whole = lines.joined()
    #expect(output.utf8.count > 12 * (1 << 19) / 2)
    #expect(output == (language == .fr ? FrenchTypography.typeset(whole) : whole))
  }

  @Test(arguments: [Language.fr, nil])
  func piecesArriveAsTheWholeTextWouldBeTypeset(language: Language?) {
    // Pieces typeset once, written between texts that change their edges (« before, : after),
    // some with line breaks inside, so that chunks end in the middle of a piece.
    let texts = [" | « Prêt » : oui ; non ! | fin |\n", "x\n« y » ?\nz : w\n", "abc", " ! ? « a » ; b\u{00A0}: c "]
    let around = ["", "«", "a :", " ", "\u{202F}", "Durand Léa", "\n"]
    var whole = ""
    var output = ""
    ReportWriter.write(to: &output, typesetIn: language) { out in
      let pieces = texts.map { out.piece(Array($0.utf8)) }
      for index in 0..<120_000 {
        let before = around[index % around.count]
        let after = around[index / 3 % around.count]
        let piece = index % texts.count
        out.append(before)
        out.append(pieces[piece])
        out.append(after + "\n")
        out.lineEnded()
        whole += before + texts[piece] + after + "\n"
      }
    }
    #expect(output.utf8.count > 6 * (1 << 19))
    #expect(output == (language == .fr ? FrenchTypography.typeset(whole) : whole))
  }

  @Test(arguments: [(Language.fr, 1), (.fr, 2), (.fr, 3), (nil, 2), (nil, 8)])
  func rowsWrittenSideBySideArriveAsOneThreadWritesThem(language: Language?, threads: Int) {
    // Rows between texts, ten ranges of rows and a last short one, each row with a piece
    // whose edges typesetting changes: the ranges are written side by side, handed over in order.
    let rowCount = 10 * ReportWriter.rowsPerPart + 77
    let lines = Self.lines(rowCount)
    var whole = "« Élèves » :\n"
    var output = ""
    ReportWriter.write(to: &output, typesetIn: language, threads: threads) { out in
      let piece = out.piece(Array(" | « Prêt » : oui ; non ! |\n".utf8))
      out.append("« Élèves » :\n")
      out.appendRows(rowCount) { range, out in
        for index in range {
          out.append(lines[index].dropLast() + " :")
          out.append(piece)
          out.lineEnded()
        }
      }
      out.append("fin ?\n")
    }
    whole += lines.map { $0.dropLast() + " : | « Prêt » : oui ; non ! |\n" }.joined() + "fin ?\n"
    #expect(output.utf8.count > 4 * (1 << 19))
    #expect(output == (language == .fr ? FrenchTypography.typeset(whole) : whole))
  }

  @Test(arguments: [(2, 1), (2, 7), (3, 1000), (2, 5000), (4, 100_000)])
  func rangesOfAnySizeArriveAsOneThreadWritesThem(threads: Int, partSize: Int) {
    // A range per row, ranges of a few rows, of more rows than a chunk holds, one range for all.
    let rowCount = 3 * ReportWriter.rowsPerPart + 5
    let lines = Self.lines(rowCount)
    var output = ""
    ReportWriter.write(to: &output, typesetIn: .fr, threads: threads) { out in
      out.append("début :\n")
      out.appendRows(rowCount, partSize: partSize) { range, out in
        for index in range {
          out.append(lines[index].dropLast() + " ?\n")
          out.lineEnded()
        }
      }
      out.append("fin !\n")
    }
    let whole = "début :\n" + lines.map { $0.dropLast() + " ?\n" }.joined() + "fin !\n"
    #expect(output == FrenchTypography.typeset(whole))
  }

  @Test func eachThreadOfAGroupRunsOnce() {
    let calls = Calls()
    ThreadGroup.run(5) { calls.add($0) }
    ThreadGroup.run(1) { calls.add(10 + $0) }
    ThreadGroup.run(0) { calls.add(20 + $0) }
    #expect(calls.sorted == [0, 1, 2, 3, 4, 10])
  }

  /// Indices gathered from several threads.
  private final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var indices: [Int] = []
    func add(_ index: Int) {
      lock.lock()
      indices.append(index)
      lock.unlock()
    }
    var sorted: [Int] {
      lock.lock()
      defer { lock.unlock() }
      return indices.sorted()
    }
  }

  @Test func aShortReportIsWrittenWhenTheWriterFinishes() {
    var output = ""
    ReportWriter.write(to: &output, typesetIn: .fr) { out in
      out.append("Bilan : ")
      out.appendDecimal(1_234)
      out.append(byte: UInt8(ascii: "!"))
    }
    #expect(output == "Bilan\u{00A0}: 1234!")
  }

  /// Every number of digits, and each digit pair, is written as Swift writes it.
  @Test func numbersAreWrittenInDecimal() {
    var values = Array(0...1_000) + [9_999, 10_000, 99_999, 100_000, 1_000_000, 1_234_567, Int(Int32.max), Int.max]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1]
    }
    var output = ""
    ReportWriter.write(to: &output, typesetIn: nil) { out in
      for value in values {
        out.appendDecimal(value)
        out.append(byte: UInt8(ascii: " "))
      }
    }
    #expect(output == values.map { "\($0) " }.joined())
  }
}
