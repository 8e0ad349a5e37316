import PixReadyCore

/// Reads a SIECLE « Élèves sans adresse » export, `.xml` or `.zip` exactly as downloaded,
/// recognised by its content rather than its name.
///
/// Never throws: every problem, including an unreadable file, is a finding of the export, so that
/// all of them are reported together.
public enum SiecleReader {
  /// Reads the file at `path`, whole, within `limits` (the XML or the zip, and the XML it holds).
  public static func read(path: String, limits: ZipArchive.Limits = .standard) -> SiecleExport {
    let whole: (bytes: [UInt8], complete: Bool)
    do {
      whole = try FileReader.read(path: path, maximum: limits.maximumUncompressedSize)
    } catch {
      return .unusable(.unreadable(reason: error.reason), sourceName: path)
    }
    guard whole.complete else {
      return .unusable(.fileTooLarge(limit: limits.maximumUncompressedSize), sourceName: path)
    }
    return read(bytes: whole.bytes, sourceName: path, limits: limits)
  }

  /// Reads an export from memory; `sourceName` names it in messages.
  public static func read(bytes: [UInt8], sourceName: String, limits: ZipArchive.Limits = .standard) -> SiecleExport {
    if ZipArchive.looksLikeArchive(bytes) { return readArchive(bytes, sourceName: sourceName, limits: limits) }
    return readXML(bytes, sourceName: sourceName)
  }

  private static func readXML(_ bytes: [UInt8], sourceName: String) -> SiecleExport {
    guard looksLikeXML(bytes) else { return .unusable(.notXMLOrZip(found: content(of: bytes)), sourceName: sourceName) }
    return SiecleParser.parse(bytes, sourceName: sourceName)
  }

  private static func readArchive(_ bytes: [UInt8], sourceName: String, limits: ZipArchive.Limits) -> SiecleExport {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes, limits: limits)
    } catch {
      return .unusable(.archive(error), sourceName: sourceName)
    }
    let files = archive.entries.filter { !$0.isDirectory }
    if files.contains(where: { $0.name == "[Content_Types].xml" || $0.name == "mimetype" }) {
      return .unusable(.notXMLOrZip(found: .officeDocument), sourceName: sourceName)
    }
    let candidates = files.filter { isCandidate($0.name) }
    guard candidates.count == 1, let entry = candidates.first else {
      let problem: SiecleProblem =
        candidates.isEmpty
        ? .noXMLInArchive(entries: files.map(\.name)) : .severalXMLInArchive(names: candidates.map(\.name))
      return .unusable(problem, sourceName: sourceName)
    }
    do {
      return readXML(try archive.extract(entry), sourceName: sourceName + "/" + entry.name)
    } catch {
      return .unusable(.archive(error), sourceName: sourceName)
    }
  }

  /// Whether an archive entry counts as the export: a `.xml` file, not hidden, not macOS metadata.
  static func isCandidate(_ name: String) -> Bool {
    let components = name.split(separator: "/")
    guard let last = components.last, last.lowercased().hasSuffix(".xml") else { return false }
    return components.first != "__MACOSX" && !components.contains { $0.hasPrefix(".") }
  }

  /// Whether `bytes` start like XML: `<` after an optional byte-order mark and spaces, or a UTF-16
  /// or UTF-32 byte-order mark or `<` (which the XML reader recognises and refuses, with or without mark).
  static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
    if bytes.starts(with: [0, 0x3C]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) || bytes.starts(with: [0, 0, 0, 0x3C]) {
      return true
    }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
  }

  /// What a file that is neither XML nor zip looks like, for the message.
  static func content(of bytes: [UInt8]) -> SiecleProblem.Content {
    if bytes.isEmpty { return .empty }
    if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyOfficeDocument }
    let start = Array(bytes.prefix(200))
    // A character cut at byte 200 is not a reason to call UTF-8 text Latin-1.
    let text =
      (0...3).lazy.compactMap { strictUTF8(start.dropLast($0)) }.first
      ?? String(String.UnicodeScalarView(start.map { Unicode.Scalar($0) }))
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let controls = body.unicodeScalars.filter {
      ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x7F...0x9F).contains($0.value)
    }
    guard controls.isEmpty, !body.contains("\u{FFFD}") else { return .binary }
    let firstLine = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    return .text(String(firstLine.prefix(40)))
  }

  /// The text of `bytes` when they are valid UTF-8.
  static func strictUTF8(_ bytes: some Collection<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.utf8.elementsEqual(bytes) ? text : nil
  }
}
