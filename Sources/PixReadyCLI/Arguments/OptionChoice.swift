import PixReadyCore
import PixReadyIO

/// The values a choice option takes, as an enum: its cases are the values (`--format text|json`).
///
/// A command reads the option as a case (``ParsedArguments/choice(_:default:command:)``), never
/// as a string, and its spec lists the cases (``CommandSpec/Option/choice(_:_:help:)``).
protocol OptionChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension OptionChoice {
  /// Every value, in the order the help lists them.
  static var names: [String] { allCases.map(\.rawValue) }
}

/// `--format text|json`: text for people, or JSON for scripts (`ask`, `lint`, `diff`).
enum TextOrJSON: String, OptionChoice {
  /// Text for people.
  case text
  /// One JSON document.
  case json
}

extension CommandSpec.Option {
  /// An option taking one of `Choice`'s values.
  static func choice<Choice: OptionChoice>(_ name: String, _ type: Choice.Type, help: LocalizedText) -> Self {
    choice(name, Choice.names, help: help)
  }
}

extension ParsedArguments {
  /// The value of a choice option as a case, `default` when the option is absent.
  ///
  /// - Throws: ``UsageError/invalidValue(option:value:allowed:command:)`` when the value is none of the cases.
  func choice<Choice: OptionChoice>(_ name: String, default: Choice, command: String) throws(UsageError) -> Choice {
    guard let text = value(name) else { return `default` }
    guard let choice = Choice(rawValue: text) else {
      throw .invalidValue(option: name, value: text, allowed: Choice.names, command: command)
    }
    return choice
  }
}

extension ReportFormat: OptionChoice {}

extension TemplatePlan.Format: OptionChoice {}
