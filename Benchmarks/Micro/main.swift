// pixready-bench: what deciding one student costs, walking the tree and reading the compiled table.
//
// Usage: swift run -c release pixready-bench [TREE.json] [--quick]
// Prints a Markdown table of nanoseconds per decision (median of 5 timings).
import Foundation
import PixReadyCore

/// A small deterministic random generator (SplitMix64).
struct SplitMix {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The median time of `body`, run 5 times, in nanoseconds per iteration.
func nanoseconds(per iterations: Int, _ body: () -> Int) -> (Double, Int) {
  var samples: [Double] = []
  var checksum = 0
  let clock = ContinuousClock()
  for _ in 0..<5 {
    var result = 0
    let elapsed = clock.measure { result = body() }
    checksum &+= result
    let (seconds, attoseconds) = elapsed.components
    samples.append((Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / Double(iterations))
  }
  return (samples.sorted()[samples.count / 2], checksum)
}

let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
let path = arguments.first { !$0.hasPrefix("--") } ?? "Trees/certification-readiness.json"
guard let data = FileManager.default.contents(atPath: path) else {
  FileHandle.standardError.write(Data("pixready-bench: cannot read \(path)\n".utf8))
  exit(2)
}
guard let tree = TreeCheck(bytes: Array(data), sourceName: path).tree else {
  FileHandle.standardError.write(Data("pixready-bench: \(path) is not a valid tree\n".utf8))
  exit(2)
}

let clock = ContinuousClock()
var compiled: EvaluationTable?
let compileTime = clock.measure { compiled = EvaluationTable(tree: tree) }
guard let table = compiled else {
  FileHandle.standardError.write(Data("pixready-bench: \(path) is too large for a table\n".utf8))
  exit(2)
}

// Students: random combinations of codes, each fact answered or missing.
var random = SplitMix(state: 2026)
let students = 4096
let codes: [[Int]] = (0..<students).map { _ in
  table.domains.map { Int(random.next() % UInt64($0.count + 1)) }
}
let answers: [Answers] = codes.map { codes in
  var answers: Answers = [:]
  for (position, code) in codes.enumerated() where code < table.domains[position].count {
    answers[table.facts[position].id] = table.domains[position][code]
  }
  return answers
}
// What the batch fast path keeps per cell: code × stride, so a student is a sum and one array read.
let cells: [Int] = codes.flatMap { codes in codes.enumerated().map { $1 * table.strides[$0] } }
let factCount = table.facts.count
let statuses: [UInt8] = (0..<table.count).map { entry in
  let diagnosis = table.diagnosis(entry: entry)
  return UInt8(
    diagnosis.conclusion.map(\.verdict).map { Verdict.allCases.firstIndex(of: $0) ?? 0 } ?? Verdict.allCases.count)
}

let evaluator = Evaluator(tree: tree)
let walks = quick ? 20_000 : 200_000
let lookups = quick ? 200_000 : 5_000_000
let flats = quick ? 2_000_000 : 100_000_000

let (walk, walkSum) = nanoseconds(per: walks) {
  var sum = 0
  for index in 0..<walks { sum &+= evaluator.evaluate(answers[index & (students - 1)]).steps.count }
  return sum
}
let (lookup, lookupSum) = nanoseconds(per: lookups) {
  var sum = 0
  for index in 0..<lookups { sum &+= table.diagnosis(codes: codes[index & (students - 1)]).steps.count }
  return sum
}
let (flat, flatSum) = nanoseconds(per: flats) {
  cells.withUnsafeBufferPointer { cells in
    statuses.withUnsafeBufferPointer { statuses in
      var sum = 0
      for index in 0..<flats {
        let student = (index & (students - 1)) * factCount
        var entry = 0
        for fact in 0..<factCount { entry &+= cells[student + fact] }
        sum &+= Int(statuses[entry])
      }
      return sum
    }
  }
}

let (compileSeconds, compileAttoseconds) = compileTime.components
let compileMilliseconds = Double(compileSeconds) * 1e3 + Double(compileAttoseconds) / 1e15
print("Tree \(tree.identity.id) \(tree.identity.version): \(factCount) facts, \(table.count) table entries,")
print(String(format: "compiled in %.1f ms. Median of 5 timings, %d distinct students.", compileMilliseconds, students))
print("")
print("| decision | ns per student | students per second |")
print("|---|---:|---:|")
for (name, nanoseconds) in [
  ("walk the tree (`Evaluator.evaluate`)", walk),
  ("read the table (`EvaluationTable.diagnosis(codes:)`)", lookup),
  ("flat form (sum of code × stride, one array read)", flat),
] {
  print(String(format: "| %@ | %.2f | %.0f |", name, nanoseconds, 1e9 / nanoseconds))
}
print("")
print("(checksums \(walkSum) \(lookupSum) \(flatSum))")
