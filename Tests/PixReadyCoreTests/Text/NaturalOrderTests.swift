import PixReadyCore
import PixReadyTestSupport
import Testing

@Suite("Natural order of class names")
struct NaturalOrderTests {
  @Test("numbers are compared as numbers, letters by their spelling key")
  func sortsAsPeopleDo() {
    let classes = ["2NDE10", "TLE1", "1G3", "2nde2", "2NDE1", "1G10", "2NDE2", "Seconde 3", "2NDE02"]
    #expect(
      classes.sorted(by: NaturalOrder.less) == [
        "1G3", "1G10", "2NDE1", "2NDE02", "2NDE2", "2nde2", "2NDE10", "Seconde 3", "TLE1",
      ])
  }

  @Test("a student without a class comes last")
  func emptyClassLast() {
    #expect(["", "2NDE1", "1G1"].sorted(by: NaturalOrder.classLess) == ["1G1", "2NDE1", ""])
    #expect(!NaturalOrder.classLess("", ""))
    #expect(NaturalOrder.less("", "1G1"))
  }

  @Test("ranks give each distinct class its place in the order")
  func ranks() {
    let classes = ["2NDE10", "", "2nde2", "1G3", "2NDE10", "2NDE2"]
    let ranks = NaturalOrder.classRanks(classes)
    #expect(ranks.count == 5)
    #expect(ranks.sorted { $0.value < $1.value }.map(\.key) == Set(classes).sorted(by: NaturalOrder.classLess))
    #expect(ranks["1G3"] == 0 && ranks[""] == 4)
  }

  @Test("accents and case do not part two spellings of one class")
  func sameKeySitsTogether() {
    let sorted = ["Première 2", "PREMIERE 10", "premiere 2", "Prépa 1"].sorted(by: NaturalOrder.less)
    #expect(sorted == ["PREMIERE 10", "Première 2", "premiere 2", "Prépa 1"].sorted(by: NaturalOrder.less))
    #expect(sorted.firstIndex(of: "Première 2")! + 1 == sorted.firstIndex(of: "premiere 2")!)
    #expect(sorted.last == "Prépa 1")
  }

  @Test("numbers of any length are compared without being parsed")
  func longNumbers() {
    let huge = String(repeating: "9", count: 40)
    #expect(NaturalOrder.less("C" + huge, "C1" + huge))
    #expect(NaturalOrder.less("C0000007", "C8"))
    #expect(!NaturalOrder.less("C8", "C0000007"))
  }

  @Test("the order is a strict total order on texts that differ")
  func strictTotalOrder() {
    var generator = SplitMix(seed: 7)
    let pieces = ["2", "02", "10", "nde", "NDE", "é", "e", " ", "G", "", "0", "9"]
    let texts = (0..<300).map { _ in
      (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
    for a in texts {
      #expect(!NaturalOrder.less(a, a))
      for b in texts.prefix(60) where a != b {
        #expect(NaturalOrder.less(a, b) != NaturalOrder.less(b, a), "\(a) \(b)")
      }
    }
    let sorted = texts.sorted(by: NaturalOrder.less)
    for (first, second) in zip(sorted, sorted.dropFirst()) { #expect(!NaturalOrder.less(second, first)) }
    #expect(texts.shuffled(using: &generator).sorted(by: NaturalOrder.less) == sorted)
  }
}
