import PixReadyCore

/// The sentences for ``XMLError``, once per language: what is wrong with the XML, in a few words.
public struct XMLMessages {
  /// The language of the sentences.
  public var language: Language

  /// Messages in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// What `kind` means, without the location (`fin de fichier inattendue`).
  public func text(_ kind: XMLError.Kind) -> String {
    switch language {
    case .fr: french(kind)
    case .en: english(kind)
    }
  }

  private func french(_ kind: XMLError.Kind) -> String {
    switch kind {
    case .unsupportedEncoding(let name): "encodage « \(name) » non pris en charge"
    case .encodingConflict(let declared): "marque UTF-8 (BOM) mais encodage déclaré « \(declared) »"
    case .invalidBytes(let encoding): "octets invalides pour l'encodage déclaré (\(encoding))"
    case .forbiddenCharacter(let value): "caractère interdit en XML (\(Self.codePoint(value)))"
    case .documentTypeDeclaration: "déclaration <!DOCTYPE ou <!ENTITY refusée"
    case .processingInstruction: "instruction de traitement <?…?> refusée"
    case .invalidDeclaration: "déclaration <?xml …?> illisible"
    case .prologTooLong: "plus de 64 Kio avant le premier élément"
    case .unexpectedEndOfFile: "fin de fichier inattendue"
    case .noRootElement: "aucun élément"
    case .expectedName: "nom attendu"
    case .expected(let syntax): "« \(syntax) » attendu"
    case .lessThanInAttributeValue: "« < » dans la valeur d'un attribut"
    case .duplicateAttribute(let name): "attribut « \(name) » répété"
    case .undeclaredEntity(let name): "entité non déclarée « &\(name); »"
    case .invalidCharacterReference(let body): "référence de caractère invalide « &\(body); »"
    case .mismatchedEndTag(let expected, let found):
      "balise fermante </\(found)> au lieu de </\(expected)>"
    case .unexpectedEndTag(let name): "balise fermante </\(name)> sans élément ouvert"
    case .textOutsideRoot: "texte en dehors de l'élément racine"
    case .contentAfterRoot: "contenu après la fin de l'élément racine"
    case .tooDeep(let limit): "éléments imbriqués sur plus de \(limit) niveaux"
    }
  }

  private func english(_ kind: XMLError.Kind) -> String {
    switch kind {
    case .unsupportedEncoding(let name): "encoding '\(name)' not supported"
    case .encodingConflict(let declared): "UTF-8 byte-order mark but declared encoding '\(declared)'"
    case .invalidBytes(let encoding): "bytes not valid in the declared encoding (\(encoding))"
    case .forbiddenCharacter(let value): "character not allowed in XML (\(Self.codePoint(value)))"
    case .documentTypeDeclaration: "<!DOCTYPE or <!ENTITY declaration refused"
    case .processingInstruction: "processing instruction <?…?> refused"
    case .invalidDeclaration: "unreadable <?xml …?> declaration"
    case .prologTooLong: "more than 64 KiB before the first element"
    case .unexpectedEndOfFile: "unexpected end of file"
    case .noRootElement: "no element"
    case .expectedName: "name expected"
    case .expected(let syntax): "'\(syntax)' expected"
    case .lessThanInAttributeValue: "'<' in an attribute value"
    case .duplicateAttribute(let name): "attribute '\(name)' repeated"
    case .undeclaredEntity(let name): "undeclared entity '&\(name);'"
    case .invalidCharacterReference(let body): "invalid character reference '&\(body);'"
    case .mismatchedEndTag(let expected, let found):
      "closing tag </\(found)> instead of </\(expected)>"
    case .unexpectedEndTag(let name): "closing tag </\(name)> with no open element"
    case .textOutsideRoot: "text outside the root element"
    case .contentAfterRoot: "content after the end of the root element"
    case .tooDeep(let limit): "elements nested more than \(limit) levels deep"
    }
  }

  private static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
