import PixReadyCore

/// The words of the class workbook (sheet names, headers, « Mode d'emploi »), in one language.
/// Written here and nowhere else.
public struct WorkbookMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages.
  public init(language: Language) {
    self.language = language
  }

  var fr: Bool { language == .fr }

  /// The students' sheet.
  var studentsSheet: String { fr ? "Élèves" : "Students" }
  /// The sheet of the school questions.
  var schoolSheet: String { fr ? "Établissement" : "School" }
  /// The instructions' sheet.
  var guideSheet: String { fr ? "Mode d'emploi" : "How to" }
  /// The hidden sheet holding the drop-down values.
  var listsSheet: String { fr ? "Listes" : "Lists" }

  /// The names a school sheet may have, in either language: it is found by name when reading.
  public static let schoolSheetNames = ["Établissement", "School"]

  /// The header of the school sheet: column, answer, question.
  var schoolHeader: [String] { fr ? ["colonne", "réponse", "question"] : ["column", "answer", "question"] }
  /// The header of the table of columns in « Mode d'emploi ».
  var guideHeader: [String] {
    fr ? ["colonne", "question", "réponses possibles"] : ["column", "question", "possible answers"]
  }

  /// The numbered instructions; `multiple` are the columns taking several answers.
  func instructions(identity: [String], multiple: [String], example: String, file: String) -> [String] {
    let columns = identity.joined(separator: ", ")
    var lines =
      fr
      ? [
        "Feuille « \(studentsSheet) » : une ligne par élève. Les colonnes \(columns) viennent de SIECLE : ne les "
          + "modifiez pas (elles sont en format texte pour que le tableur ne change ni les INE ni les dates).",
        "Feuille « \(schoolSheet) » : répondez une fois aux questions sur l'établissement (colonne « réponse »).",
        "Pour chaque élève, choisissez la réponse dans la liste de chaque colonne de question, ou tapez-la. "
          + "Laissez vide (ou tapez « nsp ») ce que vous ne savez pas : c'est lu « je ne sais pas » ; l'élève "
          + "reste en attente de cette question quand le logigramme en a besoin.",
      ]
      : [
        "Sheet '\(studentsSheet)': one row per student. Columns \(columns) come from SIECLE: do not change them "
          + "(they are formatted as text so that the spreadsheet changes neither INEs nor dates).",
        "Sheet '\(schoolSheet)': answer the questions about the school once ('answer' column).",
        "For each student, pick the answer from the list in each question column, or type it. Leave blank what "
          + "you do not know (or type 'nsp'): it is read as 'do not know'; the student stays pending on that "
          + "question when the flowchart needs it.",
      ]
    for column in multiple {
      lines.append(
        fr
          ? "Plusieurs réponses dans « \(column) » : tapez-les séparées par « + » ou par un retour à la ligne "
            + "(Alt+Entrée), par exemple « \(example) »."
          : "Several answers in '\(column)': type them separated by '+' or a line break (Alt+Enter), for example "
            + "'\(example)'.")
    }
    lines.append(
      fr
        ? "Enregistrez le classeur tel quel (.xlsx ou .ods), pas en CSV, puis lancez dans un terminal :"
        : "Save the workbook as it is (.xlsx or .ods), not as CSV, then run in a terminal:")
    lines.append("pixready check \(file) --siecle ElevesSansAdresses.zip --format html -o rapport.html")
    return lines
  }
}
