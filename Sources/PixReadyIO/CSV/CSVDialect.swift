/// How a class file is written: its encoding and its field delimiter.
public struct CSVDialect: Sendable, Equatable {
  /// The text encoding.
  public var encoding: CSVEncoding
  /// The field delimiter: `;`, `,` or tab.
  public var delimiter: UInt8
  /// Whether the file starts with a UTF-8 byte-order mark.
  public var byteOrderMark: Bool

  /// Creates a dialect.
  public init(encoding: CSVEncoding, delimiter: UInt8, byteOrderMark: Bool) {
    self.encoding = encoding
    self.delimiter = delimiter
    self.byteOrderMark = byteOrderMark
  }

  /// The delimiters tried, in order of preference on a tie (French Excel writes `;`).
  public static let candidateDelimiters: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t")]

  /// The delimiter of a header line: the candidate found most often outside quotes (`;` when none).
  public static func detectDelimiter(header: some Sequence<UInt8>) -> UInt8 {
    var counts = [Int](repeating: 0, count: candidateDelimiters.count)
    var quoted = false
    for byte in header {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if quoted { continue }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
      if let index = candidateDelimiters.firstIndex(of: byte) { counts[index] += 1 }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
      counts[best] > 0
    else { return candidateDelimiters[0] }
    return candidateDelimiters[best]
  }

  /// The delimiter's name for messages (`;`, `,`, `tab`).
  public var delimiterName: String {
    delimiter == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(delimiter))
  }
}
