import PixReadyCore
import Testing

@testable import PixReadyCLI

@Suite("Usage errors as problems")
struct UsageErrorProblemTests {
  private static let errors: [UsageError] = [
    .unknownCommand("chek", suggestion: "check"), .unknownOption("--fromat", command: "lint", suggestion: "--format"),
    .missingValue("--tree", command: "check"), .unexpectedValue("--help", command: "lint"),
    .repeatedOption("--tree", command: "check"), .missingArgument(command: "check"),
    .unexpectedArgument("x", command: "page"),
    .invalidValue(option: "--format", value: "jsn", allowed: ["text", "json"], command: "lint"),
    .unsupportedOutput(path: "r.xlsx", formats: ["csv"], command: "check"), .noPDF(command: "check"),
    .unknownLanguage("de"), .invalidFact("x", problem: .notKeyValue, command: "check"),
  ]

  @Test("every usage error has its own code")
  func codesAreDistinct() {
    #expect(Set(Self.errors.map(\.code)).count == Self.errors.count)
  }

  @Test(
    "a usage error prints after the program's name with the sentence of CLIMessages",
    arguments: [
      (Language.fr, "pixready: erreur : commande inconnue « chek ». Vouliez-vous dire « check » ?"),
      (.en, "pixready: error: unknown command 'chek'. Did you mean 'check'?"),
    ])
  func printsUnknownCommand(_ language: Language, _ expected: String) {
    let error = UsageError.unknownCommand("chek", suggestion: "check")
    #expect(error.formatted(in: language) == expected)
    #expect(error.message(in: language) == CLIMessages(language: language).usageError(error))
  }
}
