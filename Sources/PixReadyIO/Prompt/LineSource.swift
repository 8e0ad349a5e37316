/// Where a prompt session reads its answers, one line at a time.
///
/// The terminal or a pipe in the shell (``DescriptorLineSource``), a list of strings in tests
/// (``ScriptedLineSource``).
public protocol LineSource {
  /// The next line without its line break, or `nil` at the end of input.
  mutating func nextLine() -> String?
}
