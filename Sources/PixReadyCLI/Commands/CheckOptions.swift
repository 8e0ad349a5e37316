import PixReadyCore
import PixReadyIO

/// The options of `pixready check`, checked before any file is opened.
struct CheckOptions {
  /// The input path, `-` for standard input.
  var input: String
  /// The report path, `nil` for standard output.
  var output: String?
  /// The report's format.
  var format: ReportFormat
  /// The encoding forced by `--encoding`.
  var encoding: CSVEncoding?
  /// The delimiter of the CSV report.
  var delimiter: Character
  /// The verdict that makes the exit code 1.
  var failOn: Verdict?
  /// Whether to write pseudonyms instead of identities.
  var anonymize: Bool
  /// The key of the pseudonyms: `--anonymize-key`, or random bytes drawn for this run.
  var anonymizeKey: [UInt8]

  init(_ arguments: ParsedArguments) throws(UsageError) {
    let name = CheckCommand.spec.name
    input = arguments.positionals[0]
    output = arguments.value("--output")
    let fromExtension = output.flatMap(ReportFormat.init(path:))
    let asked = arguments.value("--format")
    if asked?.lowercased() == "pdf" || output.flatMap(Self.fileExtension) == "pdf" { throw .noPDF(command: name) }
    if let output, let suffix = Self.fileExtension(output), fromExtension == nil, !suffix.isEmpty {
      throw .unsupportedOutput(path: output, formats: CheckCommand.formats, command: name)
    }
    if let asked {
      guard let format = ReportFormat(rawValue: asked) else {
        throw .invalidValue(option: "--format", value: asked, allowed: CheckCommand.formats, command: name)
      }
      self.format = format
    } else {
      format = fromExtension ?? .csv
    }
    if let text = arguments.value("--encoding") {
      guard let encoding = CSVEncoding(name: text) else {
        throw .invalidValue(
          option: "--encoding", value: text, allowed: CSVEncoding.allCases.map(\.rawValue), command: name)
      }
      self.encoding = encoding
    }
    switch arguments.value("--delimiter") ?? ";" {
    case ";": delimiter = ";"
    case ",": delimiter = ","
    case "tab", "\\t", "\t": delimiter = "\t"
    case let other:
      throw .invalidValue(option: "--delimiter", value: other, allowed: CheckCommand.delimiters, command: name)
    }
    anonymize = arguments.has("--anonymize") || arguments.has("--anonymize-key")
    if let key = arguments.value("--anonymize-key") {
      guard !key.isEmpty else { throw .missingValue("--anonymize-key", command: name) }
      anonymizeKey = Array(key.utf8)
    } else {
      var generator = SystemRandomNumberGenerator()
      anonymizeKey = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
    if let text = arguments.value("--fail-on") {
      switch text {
      case "action": failOn = .action
      case "support": failOn = .support
      default: throw .invalidValue(option: "--fail-on", value: text, allowed: CheckCommand.failOnChoices, command: name)
      }
    }
  }

  /// The lowercased extension of a path's last component (`xlsx` for `rapports/classe.XLSX`), `nil` when it has none.
  static func fileExtension(_ path: String) -> String? {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return name[name.index(after: dot)...].lowercased()
  }
}
