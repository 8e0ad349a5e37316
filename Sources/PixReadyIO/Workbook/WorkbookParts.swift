/// The parts of a workbook's zip, by name, extracted on demand.
struct WorkbookParts {
  private let archive: ZipArchive
  private let entries: [String: ZipArchive.Entry]

  /// Indexes the entries of `archive` (a leading `/` in a name is ignored).
  init(archive: ZipArchive) {
    self.archive = archive
    var entries: [String: ZipArchive.Entry] = [:]
    for entry in archive.entries where !entry.isDirectory {
      let name = entry.name.hasPrefix("/") ? String(entry.name.dropFirst()) : entry.name
      entries[name] = entries[name] ?? entry
    }
    self.entries = entries
  }

  /// Whether the archive holds `name`.
  func has(_ name: String) -> Bool { entries[name] != nil }

  /// The bytes of `name`.
  ///
  /// - Throws: ``WorkbookReadError`` when the part is missing or cannot be extracted.
  func bytes(_ name: String) throws(WorkbookReadError) -> [UInt8] {
    guard let entry = entries[name] else { throw WorkbookReadError(.missingPart, part: name) }
    do {
      return try archive.extract(entry)
    } catch {
      throw WorkbookReadError(.archive(error), part: name)
    }
  }
}
