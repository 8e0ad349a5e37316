/// What an ``XMLReader`` meets in a document, in order.
///
/// A self-closing tag (`<a/>`) gives ``start(name:attributes:line:)`` then ``end(name:line:)``.
/// Character data may come in several pieces (around comments, CDATA sections and references):
/// join consecutive ``text(_:line:)`` events. Comments and the XML declaration give no event.
public enum XMLEvent: Sendable, Equatable {
  /// A start tag: the element's name as written (`x:sheet`), its attributes in order, and its line.
  case start(name: String, attributes: [XMLAttribute], line: Int)
  /// An end tag (or the end of a self-closing tag), with its line.
  case end(name: String, line: Int)
  /// Character data inside the root element, references resolved, line ends normalised to `\n`.
  case text(String, line: Int)
}
