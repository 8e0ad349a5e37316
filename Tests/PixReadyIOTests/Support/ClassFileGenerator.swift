import Foundation
import PixReadyIO
import PixReadyTestSupport

/// Deterministic class files full of what spreadsheets and people write: accents composed and
/// decomposed, spaces to trim, quotes, delimiters and line breaks inside cells, values not
/// understood, blank lines, short and long rows, every line ending, and bytes that are not text.
struct ClassFileGenerator {
  /// How the file is saved.
  var encoding: CSVEncoding = .utf8
  /// The field delimiter.
  var delimiter: Character = ";"
  /// The line ending between records: `"\r\n"`, `"\n"`, `"\r"` or `"mixed"`.
  var lineEnding = "\r\n"
  /// Whether to write odd records (blank lines, broken quotes, undecodable bytes…).
  var odd = true
  /// The random seed.
  var seed: UInt64 = 1

  private static let header = [
    "INE", "Nom", "Prénom", "date_naissance", "Classe", "siecle_a_jour", "gar_attribue", "Méthode Orga",
    "compte_habituel", "connait_identifiants", "remarque",
  ]
  private static let names = [
    "Durand", "Lefèvre", "Cœurdevey", "Dupré", "N'Diaye", "Müller", "Roux", "Zoé", "Léa", "Noé", "Anaïs",
    "Le\u{301}a", "  Martin ", "Ba\u{A0}", "O\"Brien", "Dupont; Jean", "Ligne\r\ncoupée", "Back\\slash", "",
    "Tab\tulé", "€uro", "Ævar", "x\u{301}", "\u{A0}Bis", "ÉLODIE", "Saint-Éxupéry", "Ōta",
  ]
  private static let classes = ["2NDE1", "2NDE2", "1G1", "TLE3", "2nde 4", "", " 1G2", "Cl;asse"]
  private static let booleans = ["oui", "non", "OUI", " Oui ", "x", "yes", "", "?", "peut-être", "vrai", "non "]
  private static let methods = [
    "Mediacentre", "Médiacentre", "ENT", "Aucune", "Identifiant", "Adresse e-mail", "Mediacentre\nIdentifiant",
    "Adresse e-mail\r\nMediacentre", "mail, ENT", "-", "", "fax", "nsp", "ENT / Médiacentre", "identifiant + mail",
  ]
  private static let usual = [
    "ENT", "identifiant", "mail", "aucun", "", "Médiacentre", "courriel", "fax", "je ne sais pas",
  ]

  /// The bytes of a file with `rows` records after the header.
  func bytes(rows: Int) -> [UInt8] {
    var random = SplitMix(seed: seed)
    var out: [UInt8] = encoding == .utf8 && random.next() % 2 == 0 ? [0xEF, 0xBB, 0xBF] : []
    out += line(Self.header, random: &random)
    for index in 0..<rows {
      if odd, random.next() % 23 == 0 {
        out += oddRecord(random: &random)
        continue
      }
      var fields = [
        nineDigits(random.next() % 1_000_000_000) + "AB", pick(Self.names, &random), pick(Self.names, &random),
        "0\(random.next() % 9 + 1)/0\(random.next() % 9 + 1)/2009", pick(Self.classes, &random),
        pick(Self.booleans, &random), pick(Self.booleans, &random), pick(Self.methods, &random),
        pick(Self.usual, &random), pick(Self.booleans, &random), index % 7 == 0 ? "absent\nlundi" : "",
      ]
      if !odd {
        // Only what a careful export holds: clean names and classes, values all understood.
        fields[1] = pick(Array(Self.names[0..<11]), &random)
        fields[2] = pick(Array(Self.names[0..<11]), &random)
        fields[4] = pick(Array(Self.classes[0..<5]), &random)
        for index in [5, 6, 9] { fields[index] = pick(Array(Self.booleans[0..<8]), &random) }
        fields[7] = pick(Array(Self.methods[0..<12]), &random)
        fields[8] = pick(Array(Self.usual[0..<7]), &random)
      }
      if odd, random.next() % 17 == 0 { fields.removeLast(Int(random.next() % 6)) }
      if odd, random.next() % 19 == 0 { fields.append("en trop") }
      out += line(fields, random: &random)
    }
    return out
  }

  private func pick(_ values: [String], _ random: inout SplitMix) -> String {
    values[Int(random.next() % UInt64(values.count))]
  }

  /// A record the fast path must leave to the slow one, or skip exactly as the reader does.
  private func oddRecord(random: inout SplitMix) -> [UInt8] {
    let d = String(delimiter)
    switch random.next() % 9 {
    case 0: return ending(&random)
    case 1: return encode(d + d + d) + ending(&random)
    case 2: return encode("  \u{A0}" + d + " ") + ending(&random)
    case 3: return encode("\"\"" + d + "\"\"") + ending(&random)
    case 4:
      return encode("1AB\(d)\"Le \"\"Grand\"\"\"\(d)Léo\(d)\(d)2NDE1\(d)oui\(d)oui\(d)\"\"\"ENT\"\"\"\(d)ENT\(d)oui")
        + ending(&random)
    case 5:
      return encode("2AB\(d)\"Guil\"lemet\(d)Té\"o\(d)\(d)1G1\(d)oui\(d)oui\(d)ENT\(d)ENT\(d)oui") + ending(&random)
    case 6:
      return encode("3AB\(d)Oct") + [0xFF, 0xFE] + encode("et\(d)Ana\(d)\(d)1G1\(d)oui\(d)oui\(d)ENT\(d)ENT\(d)oui")
        + ending(&random)
    case 7: return encode("4AB\(d)Court") + ending(&random)
    default: return encode("\t" + d + "x\(d)y") + ending(&random)
    }
  }

  private func line(_ fields: [String], random: inout SplitMix) -> [UInt8] {
    let d = String(delimiter)
    let text = fields.map { field in
      field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: d)
    return encode(text) + ending(&random)
  }

  private func ending(_ random: inout SplitMix) -> [UInt8] {
    guard lineEnding == "mixed" else { return Array(lineEnding.utf8) }
    return Array(["\r\n", "\n", "\r"][Int(random.next() % 3)].utf8)
  }

  /// `text` in the file's encoding (characters it cannot hold become `?`).
  func encode(_ text: String) -> [UInt8] {
    guard encoding != .utf8 else { return Array(text.utf8) }
    var table: [Unicode.Scalar: UInt8] = [:]
    for byte in UInt8(0x80)...UInt8(0xFF) {
      if let decoded = [byte].withUnsafeBufferPointer({ encoding.decode($0) }),
        let scalar = decoded.unicodeScalars.first
      {
        table[scalar] = byte
      }
    }
    return text.unicodeScalars.map { scalar in
      scalar.isASCII ? UInt8(scalar.value) : table[scalar] ?? UInt8(ascii: "?")
    }
  }
}

/// A number on nine digits.
private func nineDigits(_ value: UInt64) -> String {
  let digits = "\(value)"
  return String(repeating: "0", count: max(0, 9 - digits.count)) + digits
}
