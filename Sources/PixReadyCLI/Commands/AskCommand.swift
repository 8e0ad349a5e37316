import Foundation
import PixReadyCore
import PixReadyIO

/// `pixready ask`: the guided diagnostic at a prompt. A thin loop around ``PromptSession``.
enum AskCommand: Command {

  static let spec = CommandSpec(
    name: "ask",
    summary: LocalizedText(
      fr: "diagnostic guidé, question par question, pour un ou plusieurs élèves",
      en: "guided diagnosis, one question at a time, for one or several students"),
    options: [
      CommandSpec.treeOption,
      CommandSpec.Option(
        name: "--fact", value: LocalizedText(fr: "COLONNE=RÉPONSE", en: "COLUMN=ANSWER"), repeatable: true,
        help: LocalizedText(
          fr:
            "réponse donnée d'avance, par le nom de colonne (par exemple siecle_a_jour=oui) ; la question n'est pas posée",
          en: "answer given in advance, by column name (e.g. siecle_a_jour=yes); the question is not asked")),
      CommandSpec.Option(
        name: "--answers", value: LocalizedText(fr: "FICHIER.json", en: "FILE.json"),
        help: LocalizedText(
          fr: "réponses données d'avance, objet JSON {\"colonne\": \"réponse\"} ; --fact l'emporte",
          en: "answers given in advance, JSON object {\"column\": \"answer\"}; --fact wins"),
        values: .file(extensions: ["json"])),
      CommandSpec.Option(
        name: "--save", value: LocalizedText(fr: "FICHIER.md", en: "FILE.md"),
        help: LocalizedText(
          fr: "enregistre la session en Markdown (pour un ticket), après chaque élève ; fichier lisible par vous seul",
          en: "save the session as Markdown (for a ticket), after each student; file readable by you only"),
        values: .file(extensions: ["md"])),
      .choice(
        "--format", TextOrJSON.self,
        help: LocalizedText(
          fr: "text (par défaut) ou json : les diagnostics en JSON sur la sortie standard",
          en: "text (default) or json: the diagnoses as JSON on standard output")),
    ],
    discussion: LocalizedText(
      fr: """
        Pose les questions du logigramme une à une, dans l'ordre, seulement celles dont le chemin a besoin.
        Répondez par le numéro, le libellé ou une orthographe acceptée (« 1 », « oui », « o », « Médiacentre »,
        « mediacentre »…) ; pour plusieurs réponses : « 1,3 » ou « 1 3 », « - » ou « aucune » pour aucune.
        À tout moment : « ? » ou « aide » affiche l'aide de la question, « r » ou « retour » revient à la
        question précédente et annule sa réponse, « nsp » (je ne sais pas) continue avec les étapes prévues
        quand le logigramme prévoit ce cas (questions 1, 2 et 6), sinon laisse l'élève en attente sur cette
        question, « q » ou « quitter » arrête. Les questions sur l'établissement sont posées une fois ; « Élève
        suivant ? » enchaîne sur un autre élève. Les réponses de --fact et --answers valent pour toute la
        session quand elles portent sur l'établissement, pour le premier élève sinon.
        Le dialogue s'écrit sur la sortie d'erreur, les résultats sur la sortie standard (avec --format json,
        la sortie standard ne reçoit que le JSON). Fonctionne aussi avec un tube :
          printf '1\\n1\\n\\n1\\n1\\n1\\n2\\n' | pixready ask
        Fin de l'entrée (Ctrl-D) : code 3, sauf à « Élève suivant ? » où la session se termine normalement (0).
        « q » termine avec le code 0. Ctrl-C : code 130.
        """,
      en: """
        Asks the flowchart's questions one by one, in order, only those the path needs.
        Answer with the number, the label or an accepted spelling ('1', 'yes', 'y', 'Médiacentre',
        'mediacentre'…); several answers: '1,3' or '1 3', '-' or 'none' for none.
        At any time: '?' or 'help' shows the question's help, 'r' or 'back' goes back one question and undoes
        its answer, 'idk' (don't know) goes on with the planned steps where the flowchart plans for it
        (questions 1, 2 and 6), otherwise leaves the student pending on that question, 'q' or 'quit' stops.
        Questions about the school are asked once; 'Next student?' goes on with another student.
        Answers from --fact and --answers hold for the whole session when they are about the school, for
        the first student otherwise.
        The dialogue goes to standard error, results to standard output (with --format json, standard
        output gets only the JSON). Works with a pipe too:
          printf '1\\n1\\n\\n1\\n1\\n1\\n2\\n' | pixready ask --lang en
        End of input (Ctrl-D): exit code 3, except at 'Next student?' where the session ends normally (0).
        'q' ends with code 0. Ctrl-C: code 130.
        """))

  static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
    let format = try arguments.choice("--format", default: TextOrJSON.text, command: spec.name)
    guard let tree = TreeSource.validated(arguments.value("--tree"), context: &context) else { return .failure }
    let messages = PromptMessages(language: context.language)
    guard var prefilled = answersFile(arguments.value("--answers"), tree: tree, context: &context) else {
      return .failure
    }
    prefilled.merge(try FactArguments.answers(arguments.values("--fact"), tree: tree, command: spec.name)) { $1 }
    let savePath = arguments.value("--save")
    if let savePath {
      // Only a Markdown file may be replaced: a class file given by mistake is never overwritten.
      if FileStatus(path: savePath) != nil, !savePath.lowercased().hasSuffix(".md") {
        context.fail(CLIProblem.saveWouldOverwrite(path: savePath))
        return .failure
      }
      do {
        _ = try AtomicFileWriter(path: savePath, temporaries: context.temporaries)
      } catch {
        context.fail(error)
        return .failure
      }
    }
    let console = PromptConsole(context: context, resultsOnStandardError: format == .json)
    context.interruption.announce(messages.interrupted(savedPath: savePath), resetsColour: console.usesColour)
    defer { context.interruption.silence() }
    var session = PromptSession(
      tree: tree,
      configuration: .init(
        language: context.language, prefilled: prefilled, echoesInput: !context.stdinIsTerminal,
        columns: TerminalWidth.current() ?? 80))
    let markdown = SessionMarkdown(
      tree: tree, language: context.language, generatedAt: ReportClock.now(context.environment))
    var saved = 0
    console.write(session.start())
    var input = DescriptorLineSource()
    while session.end == nil {
      if let line = input.nextLine() {
        session.columns = TerminalWidth.current() ?? 80  // the terminal may have been resized
        console.write(session.receive(line))
      } else {
        console.write(session.endOfInput())
      }
      if let savePath, session.end != nil || session.settledCount != saved {
        saved = session.settledCount
        guard save(markdown.render(session.results, end: session.end), to: savePath, context: context) else {
          return .failure
        }
      }
    }
    if let savePath { context.err.write(messages.saved(savePath) + "\n") }
    if format == .json {
      context.out.write(
        SessionJSON.document(session.results, tree: tree, end: session.end, language: context.language))
    }
    return session.end == .endOfInput ? .endOfInput : .success
  }

  /// The answers of `--answers FILE`, empty without it; `nil` after printing why the file is unusable.
  private static func answersFile(_ path: String?, tree: ValidatedTree, context: inout CommandContext) -> Answers? {
    guard let path else { return [:] }
    guard let read = try? FileReader.read(path: path, maximum: Int(Int32.max)) else {
      context.fail(
        CLIProblem.unreadableAnswers(path: path, exists: FileStatus(path: path) != nil))
      return nil
    }
    do {
      return try AnswersFile.read(read.bytes, tree: tree)
    } catch {
      context.fail(CLIProblem.invalidAnswers(path: path, error))
      context.err.write(context.messages.seeHelp(spec.name) + "\n")
      return nil
    }
  }

  private static func save(_ text: String, to path: String, context: CommandContext) -> Bool {
    do {
      let writer = try AtomicFileWriter(path: path, temporaries: context.temporaries)
      writer.write(text)
      try writer.commit()
      return true
    } catch {
      context.fail(error)
      return false
    }
  }
}
