import PixReadyCore

/// The class file to fill in as an Office Open XML workbook (`.xlsx`), for Excel and LibreOffice.
///
/// Sheet « Élèves »: identity columns in text format (INEs and dates stay as SIECLE wrote them),
/// one column per student question with a drop-down list of the tree's labels (free typing still
/// allowed), the header frozen. Sheet « Établissement »: the school questions, answered once.
/// Sheet « Mode d'emploi »: what to fill and how to run `check`. A hidden sheet holds the lists.
public struct ClassWorkbook: Sendable {
  /// The tree whose fact columns the workbook carries.
  public var tree: ValidatedTree
  /// School answers written in advance (`--fact`).
  public var prefill: Answers
  /// The language of labels and instructions.
  public var language: Language
  /// The file name shown in the `check` command of the instructions.
  public var fileName: String

  /// Creates a workbook.
  public init(tree: ValidatedTree, prefill: Answers = [:], language: Language = .fr, fileName: String = "classe.xlsx") {
    self.tree = tree
    self.prefill = prefill
    self.language = language
    self.fileName = fileName
  }

  /// The bytes of the `.xlsx` file, students in the order of ``ClassTemplate``.
  public func render(_ students: [StudentIdentity]) -> [UInt8] {
    let words = WorkbookMessages(language: language)
    var lists = Worksheet(name: words.listsSheet, isHidden: true)
    var sources: [String: String] = [:]
    for (index, fact) in tree.tree.facts.enumerated() {
      let labels = Self.choices(fact, language: language)
      for (row, label) in labels.enumerated() {
        if lists.rows.count <= row { lists.rows.append([]) }
        while lists.rows[row].count < index { lists.rows[row].append(("", .normal)) }
        lists.rows[row].append((label, .normal))
      }
      let letters = CellReference.letters(index)
      sources[fact.id] = "\(words.listsSheet)!$\(letters)$1:$\(letters)$\(max(1, labels.count))"
    }
    let sheets = [
      studentSheet(ClassTemplate.ordered(students), sources: sources, words: words),
      schoolSheet(sources: sources, words: words), guideSheet(words: words), lists,
    ]
    return WorkbookPackage(sheets: sheets).bytes()
  }

  /// The values offered in a fact's drop-down: its labels, then the label of the empty set.
  static func choices(_ fact: Fact, language: Language) -> [String] {
    fact.values.map { $0.label.text(in: language) } + (fact.emptySet.map { [$0.label.text(in: language)] } ?? [])
  }

  private var studentFacts: [Fact] { tree.tree.facts.filter { $0.scope == .student } }
  private var schoolFacts: [Fact] { tree.tree.facts.filter { $0.scope == .school } }

  private static let identityWidths: [StudentIdentity.Field: Int] = [
    .ine: 14, .nom: 24, .prenom: 20, .dateNaissance: 15, .classe: 10,
  ]

  private func studentSheet(_ students: [StudentIdentity], sources: [String: String], words: WorkbookMessages)
    -> Worksheet
  {
    var sheet = Worksheet(name: words.studentsSheet, freezesHeader: true)
    let identity = StudentIdentity.Field.allCases
    sheet.columns = identity.map { Worksheet.Column(width: Self.identityWidths[$0] ?? 14, style: .text) }
    sheet.columns += studentFacts.map { Worksheet.Column(width: width(of: $0)) }
    sheet.rows = [(identity.map(\.rawValue) + studentFacts.map(column)).map { ($0, .header) }]
    for student in students {
      sheet.rows.append(identity.map { (student[$0], .text) })
    }
    let lastRow = max(students.count + 1, 1000)
    for (offset, fact) in studentFacts.enumerated() {
      guard let source = sources[fact.id] else { continue }
      sheet.dropDowns.append(
        Worksheet.DropDown(
          column: identity.count + offset, rows: 2...lastRow, source: source, title: column(fact),
          prompt: tree.questionText(of: fact.id, in: language)))
    }
    return sheet
  }

  private func schoolSheet(sources: [String: String], words: WorkbookMessages) -> Worksheet {
    var sheet = Worksheet(name: words.schoolSheet, freezesHeader: true)
    sheet.columns = [Worksheet.Column(width: 18), Worksheet.Column(width: 24), Worksheet.Column(width: 80)]
    sheet.rows = [words.schoolHeader.map { ($0, .header) }]
    for (offset, fact) in schoolFacts.enumerated() {
      let answer = prefill[fact.id].map { ClassTemplate.label($0, fact: fact, language: language) } ?? ""
      sheet.rows.append([
        (column(fact), .normal), (answer, .normal), (tree.questionText(of: fact.id, in: language), .wrapped),
      ])
      if let source = sources[fact.id] {
        sheet.dropDowns.append(
          Worksheet.DropDown(
            column: 1, rows: (offset + 2)...(offset + 2), source: source, title: column(fact),
            prompt: tree.questionText(of: fact.id, in: language)))
      }
    }
    return sheet
  }

  private func guideSheet(words: WorkbookMessages) -> Worksheet {
    var sheet = Worksheet(name: words.guideSheet)
    sheet.columns = [Worksheet.Column(width: 22), Worksheet.Column(width: 80), Worksheet.Column(width: 45)]
    sheet.rows = [[(words.guideSheet, .header)]]
    let multiple = studentFacts.filter { $0.kind == .set }
    let example = multiple.first.map { Self.choices($0, language: language).prefix(2).joined(separator: " + ") } ?? ""
    let lines = words.instructions(
      identity: StudentIdentity.Field.allCases.map(\.rawValue), multiple: multiple.map(column), example: example,
      file: fileName)
    for (index, line) in lines.enumerated() {
      sheet.rows.append(
        index == lines.count - 1 ? [("", .normal), (line, .normal)] : [("\(index + 1).", .normal), (line, .wrapped)])
    }
    sheet.rows.append([])
    sheet.rows.append(words.guideHeader.map { ($0, .header) })
    for fact in schoolFacts + studentFacts {
      let choices = Self.choices(fact, language: language).joined(separator: ", ")
      sheet.rows.append([
        (column(fact), .normal), (tree.questionText(of: fact.id, in: language), .wrapped), (choices, .wrapped),
      ])
    }
    return sheet
  }

  private func column(_ fact: Fact) -> String { fact.columns.first ?? fact.id }

  private func width(of fact: Fact) -> Int {
    let longest = ([column(fact)] + Self.choices(fact, language: language)).map(\.count).max() ?? 10
    return min(40, max(12, longest + 4))
  }
}
