import PixReadyCore

extension StringProtocol {
  /// The text without leading and trailing whitespace: ``Whitespace/trimmed(_:)``.
  var trimmedSpaces: String { Whitespace.trimmed(self) }
}
