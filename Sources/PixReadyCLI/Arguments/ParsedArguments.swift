import PixReadyCore

/// The arguments of one invocation, parsed against a ``CommandSpec``.
struct ParsedArguments: Sendable, Equatable {
  /// Positional arguments, in order.
  var positionals: [String] = []
  /// Option values by long name, in order given; flags hold `""`.
  var options: [String: [String]] = [:]

  /// Whether a flag or option was given.
  func has(_ name: String) -> Bool { options[name] != nil }

  /// The last value of an option.
  func value(_ name: String) -> String? { options[name]?.last }

  /// Every value of a repeatable option.
  func values(_ name: String) -> [String] { options[name] ?? [] }

  /// Parses `arguments` (without the command name) against `spec`.
  static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    let options = spec.allOptions
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      let (name, inlineValue) = split(argument)
      guard let option = options.first(where: { $0.name == name || $0.aliases.contains(name) }) else {
        let names = options.flatMap { [$0.name] + $0.aliases }
        throw .unknownOption(name, command: spec.name, suggestion: EditDistance.suggestion(for: name, among: names))
      }
      var value = ""
      if option.value != nil {
        if let inlineValue {
          value = inlineValue
        } else if index < arguments.count {
          value = arguments[index]
          index += 1
        } else {
          throw .missingValue(option.name, command: spec.name)
        }
      } else if inlineValue != nil {
        throw .unexpectedValue(option.name, command: spec.name)
      }
      if !option.repeatable, parsed.options[option.name] != nil, option.value != nil {
        throw .repeatedOption(option.name, command: spec.name)
      }
      parsed.options[option.name, default: []].append(value)
    }
    if parsed.has("--help") { return parsed }
    if parsed.positionals.count < spec.minimumPositionals {
      throw .missingArgument(command: spec.name)
    }
    if let maximum = spec.maximumPositionals, parsed.positionals.count > maximum {
      throw .unexpectedArgument(parsed.positionals[maximum], command: spec.name)
    }
    return parsed
  }

  private static func split(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}
