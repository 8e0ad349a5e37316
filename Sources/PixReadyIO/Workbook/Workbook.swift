/// The sheets of a workbook (`.xlsx` or `.ods`) as text cells, read from the file's bytes.
///
/// Each cell is the text a person sees: shared and inline strings, numbers as written, booleans
/// as `TRUE`/`FALSE`, dates turned back into `JJ/MM/AAAA`, formulas by their cached value.
public struct Workbook: Sendable, Equatable {
  /// What kind of file the workbook came from.
  public enum Kind: String, Sendable, Equatable {
    /// Office Open XML (Excel, and LibreOffice « Excel 2007-365 »).
    case xlsx
    /// OpenDocument spreadsheet (LibreOffice).
    case ods
  }

  /// One sheet: its tab name and its non-empty rows.
  public struct Sheet: Sendable, Equatable {
    /// The tab name.
    public var name: String
    /// The rows holding at least one cell, in order.
    public var rows: [Row]

    /// Creates a sheet.
    public init(name: String, rows: [Row]) {
      self.name = name
      self.rows = rows
    }
  }

  /// One row: its number in the sheet and its cells from column `A` (empty text for no value).
  public struct Row: Sendable, Equatable {
    /// The row number, from 1, as the spreadsheet shows it.
    public var number: Int
    /// The cells, from column `A`; trailing empty cells left out.
    public var cells: [String]

    /// Creates a row.
    public init(number: Int, cells: [String]) {
      self.number = number
      self.cells = cells
    }
  }

  /// The limits against hostile files, besides the zip limits.
  public struct Limits: Sendable, Equatable {
    /// The zip limits (those of SIECLE exports).
    public var archive: ZipArchive.Limits
    /// The most cells kept over the sheets read.
    public var maximumCells: Int

    /// Creates limits.
    public init(archive: ZipArchive.Limits, maximumCells: Int) {
      self.archive = archive
      self.maximumCells = maximumCells
    }

    /// SIECLE's zip limits and 5,000,000 cells: a school of 3,000 students fills 30,000.
    public static let standard = Limits(archive: .standard, maximumCells: 5_000_000)
  }

  /// The kind of file.
  public var kind: Kind
  /// The sheets read: the first sheet, and the school sheet when there is one.
  public var sheets: [Sheet]
  /// The names of every sheet, in tab order.
  public var sheetNames: [String]

  /// Creates a workbook.
  public init(kind: Kind, sheets: [Sheet], sheetNames: [String]) {
    self.kind = kind
    self.sheets = sheets
    self.sheetNames = sheetNames
  }

  /// Whether `name` is the school sheet's (« Établissement », « School », any case or accents).
  public static func isSchoolSheet(_ name: String) -> Bool {
    WorkbookMessages.schoolSheetNames.map(ColumnMap.key).contains(ColumnMap.key(name))
  }

  /// Reads the first sheet and the school sheet of an `.xlsx` or `.ods` file.
  ///
  /// A pure function of the bytes, for tests and fuzzing.
  /// - Throws: ``WorkbookReadError`` with the part, the sheet, the cell or the line at fault.
  public static func read(bytes: [UInt8], limits: Limits = .standard) throws(WorkbookReadError) -> Workbook {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes, limits: limits.archive)
    } catch {
      throw WorkbookReadError(.archive(error))
    }
    let parts = WorkbookParts(archive: archive)
    if parts.has("xl/workbook.xml") {
      var reader = XLSXReader(parts: parts, limits: limits)
      return try reader.read()
    }
    if parts.has("content.xml") { return try ODSReader(limits: limits).read(try parts.bytes("content.xml")) }
    throw WorkbookReadError(.notAWorkbook)
  }
}
