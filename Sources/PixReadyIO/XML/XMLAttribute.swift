/// One attribute of a start tag, its name as written (`r:id`) and its value with references resolved.
public struct XMLAttribute: Sendable, Equatable {
  /// The name as written, with its namespace prefix if any.
  public var name: String
  /// The value, references resolved and white space normalised as XML requires.
  public var value: String

  /// Creates an attribute.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

extension Array where Element == XMLAttribute {
  /// The value of the attribute named `name` (as written), or `nil`.
  public subscript(attribute name: String) -> String? {
    first { $0.name == name }?.value
  }
}
