import PixReadyCore

/// `pixready table --format csv`: the decision table for a spreadsheet.
///
/// `;`-separated UTF-8 with a byte-order mark and CRLF line ends, like the other CSV files, so that
/// Excel in French opens it as is. Answers are written as labels; a cell is empty when the path does
/// not ask that fact. Step ids are listed, then the step titles with who acts.
public enum DecisionTableCSV {
  /// The whole file.
  public static func render(_ table: DecisionTable, language: Language) -> String {
    let messages = AuthoringMessages(language: language)
    let facts = table.tree.tree.facts
    let paths = table.rowKind == .paths
    var header = ["n"] + facts.map(\.id)
    if paths { header.append(messages.csvCombinationsHeader) }
    header += messages.csvResultHeaders
    var text = "\u{FEFF}" + CSVReportFormatter.line(header, delimiter: ";")
    for (index, row) in table.rows.enumerated() {
      var fields = [String(index + 1)]
      fields += facts.map { fact in row.answers[fact.id].map { fact.label(of: $0, in: language) } ?? "" }
      if paths { fields.append(row.combinations.description) }
      fields += [
        row.diagnosis.conclusion?.verdict.rawValue ?? "pending", row.diagnosis.conclusion?.node ?? "",
        row.diagnosis.steps.map(\.id).joined(separator: ", "),
        table.stepLines(row.diagnosis.steps, language: language).joined(separator: " | "),
      ]
      text += CSVReportFormatter.line(fields, delimiter: ";")
    }
    return text
  }
}
