/// The rows a batch run reads, after the header.
public enum BatchInput {
  /// A CSV file: its bytes are cut into blocks of whole records.
  case csv(CSVFileReader)
  /// Rows already decoded (a workbook's), read one by one.
  case records(any RecordSource)
}
