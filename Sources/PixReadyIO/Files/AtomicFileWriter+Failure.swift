import PixReadyCore

/// A report that cannot be written is a problem of the whole run: the sentence names the file.
extension AtomicFileWriter.Failure: Problem {
  /// The stable code.
  public var code: String { "cannot-write" }

  /// « impossible d'écrire « path » : reason. », the system's reason in `language`.
  public func message(in language: Language) -> String {
    let reason = SystemErrorText.text(reason, language: language)
    switch language {
    case .fr: return "impossible d'écrire « \(path) » : \(reason)."
    case .en: return "cannot write '\(path)': \(reason)."
    }
  }
}
