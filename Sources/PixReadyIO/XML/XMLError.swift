/// Why an XML document cannot be read, and where (1-based line and column, in characters).
///
/// Sentences are written in ``XMLMessages``, once per language.
public struct XMLError: Error, Sendable, Equatable {
  /// What is wrong.
  public enum Kind: Sendable, Equatable {
    /// UTF-16, UTF-32 or an encoding name the reader does not know.
    case unsupportedEncoding(String)
    /// A UTF-8 byte-order mark, but the declaration names another encoding.
    case encodingConflict(declared: String)
    /// Bytes that are not valid in the document's encoding (named as the reader spells it).
    case invalidBytes(encoding: String)
    /// A character XML forbids (a control character such as U+0000), as a code point.
    case forbiddenCharacter(UInt32)
    /// A document type declaration (`<!DOCTYPE`, `<!ENTITY`…), refused: it is how entity bombs and
    /// external-entity reads work.
    case documentTypeDeclaration
    /// A processing instruction (`<?…?>`) other than the XML declaration at the very start, refused.
    case processingInstruction
    /// An XML declaration (`<?xml …?>`) that cannot be read.
    case invalidDeclaration
    /// More than ``XMLReader/maximumPrologLength`` bytes before the root element.
    case prologTooLong
    /// The document ends inside markup or before its root element is closed.
    case unexpectedEndOfFile
    /// A document without any element.
    case noRootElement
    /// A name was expected (after `<`, `</`, or for an attribute).
    case expectedName
    /// This piece of syntax was expected (`>`, `=`, `"`, `;`).
    case expected(String)
    /// `<` inside an attribute value.
    case lessThanInAttributeValue
    /// The same attribute twice in one tag.
    case duplicateAttribute(String)
    /// A reference to an entity that is not one of the five predefined ones (`&eacute;`).
    case undeclaredEntity(String)
    /// A character reference (`&#…;`) that is not a number or names a forbidden character.
    case invalidCharacterReference(String)
    /// An end tag that does not close the element open (`expected`).
    case mismatchedEndTag(expected: String, found: String)
    /// An end tag outside any element.
    case unexpectedEndTag(String)
    /// Text before or after the root element.
    case textOutsideRoot
    /// A second root element, or other markup after the root element is closed.
    case contentAfterRoot
    /// Elements nested deeper than ``XMLReader/maximumDepth``.
    case tooDeep(limit: Int)
  }

  /// What is wrong.
  public var kind: Kind
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, in characters.
  public var column: Int

  /// Creates an error.
  public init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }
}
