/// How a batch run may use the machine, chosen by the caller (the library reads no processor count).
public struct BatchContext: Sendable, Equatable {
  /// The threads that diagnose blocks of rows: 1 is the plain row-by-row run.
  public var workers: Int
  /// The bytes of a CSV file read at once (at least 64); a longer record is read on its own.
  public var blockSize: Int
  /// Whether every row goes through ``BatchDiagnoser``, none decided from its bytes: the reference
  /// the byte path is tested against.
  public var decodesEveryRow: Bool
  /// When given, the report shows pseudonyms instead of names, INE and birthdates (observers still
  /// get the real identities): the key comes from the caller, the library draws none.
  public var pseudonymizer: Pseudonymizer?
  /// When given, the workers also work out each observed row's pseudonym code under it, for an
  /// observer that keeps codes (a ``ReportDocument`` with the same pseudonymizer reads them instead
  /// of computing them on the observers' thread); observers still get the real identities.
  public var observerPseudonymizer: Pseudonymizer?

  /// Creates a context.
  public init(
    workers: Int = 1, blockSize: Int = 1 << 17, decodesEveryRow: Bool = false, pseudonymizer: Pseudonymizer? = nil,
    observerPseudonymizer: Pseudonymizer? = nil
  ) {
    self.workers = max(workers, 1)
    self.blockSize = min(max(blockSize, 64), 1 << 30)
    self.decodesEveryRow = decodesEveryRow
    self.pseudonymizer = pseudonymizer
    self.observerPseudonymizer = observerPseudonymizer
  }
}
