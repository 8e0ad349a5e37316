import PixReadyCore
import PixReadyIO

/// The options of `pixready check`, checked before any file is opened.
struct CheckOptions {
  /// The input path, `-` for standard input.
  var input: String
  /// The report path, `nil` for standard output.
  var output: String?
  /// `csv`, `json` or `jsonl`.
  var format: String
  /// The encoding forced by `--encoding`.
  var encoding: CSVEncoding?
  /// The delimiter of the CSV report.
  var delimiter: Character
  /// The verdict that makes the exit code 1.
  var failOn: Verdict?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    let name = CheckCommand.spec.name
    input = arguments.positionals[0]
    output = arguments.value("--output")
    let fromExtension = output.flatMap { path in
      CheckCommand.formats.first { path.lowercased().hasSuffix("." + $0) }
    }
    format = arguments.value("--format") ?? fromExtension ?? "csv"
    guard CheckCommand.formats.contains(format) else {
      throw .invalidValue(option: "--format", value: format, allowed: CheckCommand.formats, command: name)
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
    case let other: throw .invalidValue(option: "--delimiter", value: other, allowed: [";", ",", "tab"], command: name)
    }
    if let text = arguments.value("--fail-on") {
      switch text {
      case "action": failOn = .action
      case "support": failOn = .support
      default: throw .invalidValue(option: "--fail-on", value: text, allowed: ["action", "support"], command: name)
      }
    }
  }

  /// The formatter of the chosen format.
  func formatter(_ context: ReportContext) -> any ReportFormatter {
    switch format {
    case "json": JSONDocumentFormatter(context: context)
    case "jsonl": JSONLinesFormatter(context: context)
    default: CSVReportFormatter(context: context, delimiter: delimiter)
    }
  }
}
