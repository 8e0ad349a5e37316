import PixReadyCore

/// The sentences of the Markdown and HTML reports, in one language. Written here and nowhere else.
///
/// Every text goes through ``pick(_:_:)``, which takes both languages: a missing translation does
/// not compile.
public struct ReportMessages: Sendable {
  /// The language.
  public var language: Language

  /// Creates the messages of a language.
  public init(language: Language) {
    self.language = language
  }

  /// The text in the language, French typeset (``FrenchTypography``).
  private func pick(_ fr: String, _ en: String) -> String {
    switch language {
    case .fr: FrenchTypography.typeset(fr)
    case .en: en
    }
  }

  /// A pseudonym: « Élève 7F3A2C91 ».
  public func pseudonym(_ code: String) -> String { pick("Élève \(code)", "Student \(code)") }

  // MARK: Header

  /// The document title: « Rapport pixready : <tree title> ».
  func documentTitle(_ treeTitle: String) -> String {
    pick("Rapport pixready : \(treeTitle)", "pixready report: \(treeTitle)")
  }

  /// The separator between a label and its value (« : » in French).
  var colon: String { pick(" : ", ": ") }
  /// The label of the tree line.
  var treeLabel: String { pick("Logigramme", "Flowchart") }
  /// The label of the source line.
  var sourceLabel: String { pick("Fichier", "File") }
  /// The label of the date line.
  var dateLabel: String { pick("Date", "Date") }
  /// The label of the students line.
  var studentsLabel: String { pick("Élèves", "Students") }

  /// What identifies the tree for support: « certification-readiness version 2.0.0 (empreinte cd6a…) ».
  func tree(_ identity: TreeIdentity) -> String {
    pick(
      "\(identity.id) version \(identity.version) (empreinte \(identity.contentHash))",
      "\(identity.id) version \(identity.version) (fingerprint \(identity.contentHash))")
  }

  /// The tree on a printed worklist page: « certification-readiness version 2.0.0 ».
  func treeShort(_ identity: TreeIdentity) -> String { "\(identity.id) version \(identity.version)" }

  /// « 28 élèves diagnostiqués, 2 lignes à corriger (30 lignes lues) ».
  func studentCount(rows: Int, rejected: Int) -> String {
    let diagnosed = rows - rejected
    switch language {
    case .fr:
      return
        (diagnosed == 0
        ? "aucun élève diagnostiqué" : Plural.fr(diagnosed, "élève diagnostiqué", "élèves diagnostiqués"))
        + ", " + RowCategory.error.count(rejected, in: language)
        + " (\(rows == 0 ? "aucune ligne lue" : Plural.fr(rows, "ligne lue", "lignes lues")))"
    case .en:
      return (diagnosed == 0 ? "no student diagnosed" : Plural.en(diagnosed, "student") + " diagnosed") + ", "
        + RowCategory.error.count(rejected, in: language) + " (\(rows == 0 ? "no row" : Plural.en(rows, "row")) read)"
    }
  }

  /// The date as people read it, from ISO 8601 in local time (`2026-12-02T06:43:00+01:00`):
  /// « 2 décembre 2026 à 6 h 43 », "2 December 2026 at 6:43"; other text as given.
  ///
  /// The ISO form, with its offset, stays in the JSON reports for machines.
  func date(_ iso: String) -> String {
    let characters = Array(iso)
    guard characters.count >= 16, characters[4] == "-", characters[7] == "-", characters[10] == "T",
      characters[13] == ":", let month = Int(String(characters[5..<7])), (1...12).contains(month),
      let day = Int(String(characters[8..<10])), let hour = Int(String(characters[11..<13]))
    else { return iso }
    return dateWords(
      day: self.day(day), month: monthName(month), year: String(characters[0..<4]), hour: String(hour),
      minute: String(characters[14..<16]), zone: Self.zone(iso))
  }

  /// The words of a date around its parts (« {d} {month} {y} à {h} h {mi} ({zone}) »); the page
  /// fills them in. The zone keeps a date readable the same way in Paris, Cayenne or Saint-Denis.
  func dateWords(day: String, month: String, year: String, hour: String, minute: String, zone: String) -> String {
    pick(
      "\(day) \(month) \(year) à \(hour) h \(minute) (\(zone))",
      "\(day) \(month) \(year) at \(hour):\(minute) (\(zone))")
  }

  /// The offset of an ISO 8601 date as people write it: `Z` → « UTC », `+01:00` → « UTC+1 »,
  /// `-03:00` → « UTC-3 », `+05:30` → « UTC+5:30 ».
  static func zone(_ iso: String) -> String {
    guard !iso.hasSuffix("Z") else { return "UTC" }
    let tail = Array(iso.suffix(6))
    guard tail.count == 6, tail[0] == "+" || tail[0] == "-", tail[3] == ":", let hours = Int(String(tail[1..<3])),
      let minutes = Int(String(tail[4..<6]))
    else { return "UTC" }
    if hours == 0 && minutes == 0 { return "UTC" }
    return "UTC\(tail[0])\(hours)" + (minutes == 0 ? "" : ":" + String(tail[4..<6]))
  }

  /// A day of the month: « 1er », « 2 ».
  func day(_ day: Int) -> String { day == 1 ? pick("1er", "1") : String(day) }

  /// The name of month `month` (1…12).
  func monthName(_ month: Int) -> String {
    let names =
      language == .fr
      ? [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
      ]
      : [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
      ]
    return names[(month - 1) % 12]
  }

  /// The banner of an anonymised report.
  var anonymizedNotice: String {
    pick(
      "Rapport anonymisé : les noms, INE et dates de naissance sont remplacés par des pseudonymes stables "
        + "(« Élève 7F3A2C91 »). Pour retrouver un élève, il faut le fichier de classe (numéro de ligne) ou la clé "
        + "d'anonymisation : ni l'un ni l'autre ne figure dans ce rapport.",
      "Anonymised report: names, INE and birthdates are replaced by stable pseudonyms (\"Student 7F3A2C91\"). "
        + "Finding a student again takes the class file (line number) or the anonymisation key: neither is in "
        + "this report.")
  }

  /// What the table of contents is called.
  var contents: String { pick("Sommaire", "Contents") }

  // MARK: Sections

  /// A section title.
  func title(_ section: ReportSection) -> String {
    switch section {
    case .warnings: pick("Avertissements", "Warnings")
    case .summary: pick("Résumé", "Summary")
    case .school: pick("Actions pour l'établissement", "School actions")
    case .worklists: pick("Qui fait quoi", "Who does what")
    case .questions: pick("Questions à poser", "Questions to ask")
    case .students: pick("Détail par élève", "Student by student")
    case .rejected: pick("Lignes rejetées", "Rejected rows")
    }
  }

  /// « ligne 12 ».
  func line(_ line: Int) -> String { pick("ligne \(line)", "line \(line)") }

  // MARK: Summary

  /// A category, as a column or legend label: its one name (``RowCategory/name(in:)``).
  func category(_ category: RowCategory) -> String { category.name(in: language) }

  /// A category, as a badge in the per-student table: its one name too.
  func badge(_ category: RowCategory) -> String { category.name(in: language) }

  /// The header of the class column.
  var classHeader: String { pick("Classe", "Class") }
  /// The header of the total column.
  var totalHeader: String { pick("Total", "Total") }
  /// The name of the whole-file row of the summary and chart.
  var overall: String { pick("Ensemble", "All") }
  /// The label of rows without a class.
  var noClass: String { pick("(sans classe)", "(no class)") }
  /// The header of the count column.
  var countHeader: String { pick("Nombre", "Count") }

  /// The chart's accessible title.
  func chartTitle(rows: Int, classes: Int) -> String {
    switch language {
    case .fr:
      return
        (rows > 1
        ? "Répartition des \(rows) lignes par résultat" : "Répartition de \(Plural.fr(rows, "ligne")) par résultat")
        + (classes > 1
          ? ", pour l'ensemble et pour chacune des \(classes) classes" : ", pour l'ensemble et pour la classe")
    case .en:
      return "The \(Plural.en(rows, "row")) by result, overall and for "
        + (classes == 1 ? "the class" : "each of the \(classes) classes")
    }
  }

  /// « 30 élèves » at the end of a chart bar.
  func barTotal(_ count: Int) -> String { pick(Plural.fr(count, "élève"), Plural.en(count, "student")) }

  // MARK: School

  /// When the school has nothing to do.
  var noSchoolActions: String {
    pick(
      "Rien à faire à l'échelle de l'établissement d'après les réponses données.",
      "Nothing to do for the school as a whole, from the answers given.")
  }

  /// Before the school steps.
  var schoolIntro: String {
    pick(
      "À faire une seule fois pour tout l'établissement, avant les actions élève par élève :",
      "To do once for the whole school, before the student-by-student actions:")
  }

  /// « Qui : Équipe de direction, Administrateur Pix Orga ».
  func who(_ actors: String) -> String { pick("Qui : \(actors)", "Who: \(actors)") }

  // MARK: Worklists

  /// Before the worklists.
  var worklistsIntro: String {
    pick(
      "Chaque intervenant trouve ici sa propre liste : ce qu'il doit faire et pour quels élèves. "
        + "Une étape qui concerne plusieurs intervenants figure dans la liste de chacun.",
      "Each person finds their own list here: what to do and for which students. "
        + "A step that involves several people appears in each one's list.")
  }

  /// An actor's heading: « Enseignant : 7 élèves », or the actor alone when only school steps are theirs.
  func actorHeading(_ actor: String, students: Int) -> String {
    guard students > 0 else { return actor }
    return pick("\(actor) : \(Plural.fr(students, "élève"))", "\(actor): \(Plural.en(students, "student"))")
  }

  /// A reminder of the school steps in an actor's list.
  var schoolReminder: String {
    pick("Une fois pour l'établissement (voir plus haut) :", "Once for the school (see above):")
  }

  /// A step's heading in a worklist: « Rejoindre une campagne… (3 élèves) ».
  func stepHeading(_ title: String, students: Int) -> String {
    pick("\(title) (\(Plural.fr(students, "élève")))", "\(title) (\(Plural.en(students, "student")))")
  }

  /// The actors with nothing to do.
  func idle(_ actors: String) -> String {
    pick("Rien à faire pour : \(actors).", "Nothing to do for: \(actors).")
  }

  /// When no actor has anything to do.
  var noWorklist: String {
    pick("Aucune action élève par élève.", "No student-by-student action.")
  }

  // MARK: Questions

  /// Before the pending questions.
  var questionsIntro: String {
    pick(
      "Ces élèves n'ont pas encore de résultat : il manque une réponse. Posez la question, complétez la colonne "
        + "et relancez pixready check.",
      "These students have no result yet: an answer is missing. Ask the question, fill in the column and run "
        + "pixready check again.")
  }

  /// « Colonne à compléter : compte_habituel ».
  func column(_ name: String) -> String { pick("Colonne à compléter : \(name)", "Column to fill in: \(name)") }

  /// When no question is pending.
  var noQuestion: String { pick("Aucune question en attente.", "No question pending.") }

  // MARK: Students

  /// Before the per-student table.
  var studentsIntro: String {
    pick(
      "Élèves classés par classe puis par nom. « Pourquoi ? » rappelle les réponses qui mènent au résultat :",
      "Students by class, then by name. \"Why?\" recalls the answers that lead to the result:")
  }

  /// The header of the line column.
  var lineHeader: String { pick("Ligne", "Line") }
  /// The header of the student column.
  var studentHeader: String { pick("Élève", "Student") }
  /// The header of the result column.
  var resultHeader: String { pick("Résultat", "Result") }
  /// The header of the steps column.
  var stepsHeader: String { pick("Étapes (qui agit)", "Steps (who acts)") }
  /// The header of the trace column.
  var whyHeader: String { pick("Pourquoi ?", "Why?") }
  /// The header of the error column.
  var errorHeader: String { pick("Erreur", "Error") }

  /// What the pending cell says: « Question à poser : Q4 ».
  func pendingQuestion(_ number: String) -> String {
    pick("Question à poser : \(number)", "Question to ask: \(number)")
  }

  /// The label of the result filter (HTML).
  var filterLabel: String { pick("Afficher :", "Show:") }
  /// The filter that shows every row (HTML).
  var filterAll: String { pick("Tous", "All") }
  /// Under the filter (HTML).
  var filterHint: String {
    pick(
      "Cliquez sur le nom d'une classe pour la replier ; seules les classes dépliées sont imprimées.",
      "Click a class name to fold it; only unfolded classes are printed.")
  }

  /// A student without a name or INE.
  func unnamed(line: Int) -> String { pick("(sans nom, ligne \(line))", "(no name, line \(line))") }

  // MARK: Rejected

  /// Before the rejected rows.
  var rejectedIntro: String {
    pick(
      "Ces lignes n'ont pas pu être lues : corrigez la valeur indiquée dans le fichier et relancez.",
      "These rows could not be read: correct the value shown in the file and run again.")
  }

  /// When no row was rejected.
  var noRejected: String { pick("Aucune ligne rejetée.", "No rejected row.") }

  // MARK: Footer

  /// Every row accounted for.
  func reconciliation(rows: Int, students: Int, rejected: Int) -> String {
    switch language {
    case .fr:
      return (rows > 1 ? "\(rows) lignes lues" : "\(rows) ligne lue")
        + " = \(students) dans le détail par élève + \(rejected) à corriger."
    case .en:
      return "\(Plural.en(rows, "row")) read = \(students) in the student-by-student table + \(rejected) to fix."
    }
  }

  /// Where the report was made.
  var madeLocally: String {
    pick(
      "Rapport produit par pixready sur cet ordinateur ; aucune donnée n'a été envoyée.",
      "Report made by pixready on this computer; no data was sent anywhere.")
  }
}
