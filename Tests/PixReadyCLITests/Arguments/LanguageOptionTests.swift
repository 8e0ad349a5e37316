import Testing

struct LanguageOptionTests {
  @Test(arguments: [["--lang", "en", "lint"], ["lint", "--lang", "en"], ["--lang=en", "lint"]])
  func takesTheLanguageBeforeOrAfterTheCommand(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("1 tree checked: 0 errors, 0 warnings, 2304 answer combinations proven.\n"))
  }

  @Test func refusesAnUnknownLanguageInsteadOfFallingBackSilently() throws {
    let result = try CLIRunner.run(["--lang", "de", "lint"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "pixready: erreur : langue « de » inconnue pour --lang ; langues : fr, en.\nVoir « pixready --help ».\n")
  }
}
