import Foundation
import PixReadyCore
import Testing

/// The shipped trees' texts follow `Trees/README.md` §12 and §13 (issue 19 §4, §9–12; issue 17
/// §12, §14): questions as sentences the tool numbers, a `short` for every asked fact, settled
/// terms, and English written for English readers.
struct ShippedTreeTextsTests {
  static let trees = ["certification-readiness", "pix-orga-access", "join-error-codes"]

  /// Every text of a tree in `language`: the values of its `fr` or `en` members, `comment` aside
  /// (accepted spellings are plain strings, so they are not texts).
  static func texts(_ name: String, _ language: String) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(try TreeFixtures.shippedBytes(name)))
    var found: [String] = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, member) in object where key != "comment" {
          if key == language, let text = member as? String { found.append(text) } else { walk(member) }
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(object)
    return found
  }

  /// The question texts of a tree, the facts' and the nodes' own, in both languages.
  static func questions(_ tree: ValidatedTree) -> [String] {
    var wordings = tree.tree.facts.map(\.question)
    for node in tree.tree.nodes { if let own = tree.question(at: node.id)?.question { wordings.append(own) } }
    return wordings.flatMap { [$0.fr, $0.en ?? ""] }
  }

  @Test(arguments: trees)
  func questionsAreSentencesTheToolNumbers(name: String) throws {
    for question in Self.questions(try TreeFixtures.shipped(name)) {
      #expect(!question.hasPrefix("Question"), "\(name): « \(question) »")
      #expect(question.first?.isUppercase == true, "\(name): « \(question) » starts without a capital")
      #expect(question.last == "?", "\(name): « \(question) »")
    }
  }

  @Test(arguments: trees)
  func everyAskedFactHasAShortWordingInBothLanguages(name: String) throws {
    let tree = try TreeFixtures.shipped(name)
    for fact in tree.tree.facts where tree.questionNumber(of: fact.id) != nil {
      let short = try #require(fact.short, "\(name): \(fact.id) has no short")
      #expect(short.en != nil, "\(name): \(fact.id)")
      #expect(short.fr.count <= 40 && (short.en ?? "").count <= 40, "\(name): \(fact.id) short is not short")
    }
  }

  /// The glossary's rejected French terms (Trees/README.md §12) and the known faults of issue 19 §11.
  static let rejectedInFrench = [
    "boîte mail", "messagerie", "la base SIECLE", "via le Médiacentre", "code campagne",
    "sans autre donnée personnelle que nécessaire", "lui a été généré", "Ce mail est à usage unique",
    "par lequel il atteint Pix", "réinitialiser un accès Médiacentre", "compte à identifiant",
    "compte à adresse e-mail", "courriel", "administrateur de l'ENT", "responsable d'affectation du GAR",
  ]

  @Test(arguments: trees)
  func frenchTextsUseTheSettledTerms(name: String) throws {
    for text in try Self.texts(name, "fr") {
      for term in Self.rejectedInFrench { #expect(!text.contains(term), "\(name): « \(term) » in « \(text) »") }
      #expect(!Self.hasMailAlone(text), "\(name): « mail » alone in « \(text) »")
    }
  }

  @Test(arguments: trees)
  func englishTextsQuoteAndNameThingsForEnglishReaders(name: String) throws {
    for text in try Self.texts(name, "en") {
      #expect(!text.contains("«") && !text.contains("»"), "\(name): French quotes in '\(text)'")
      for term in ["academy", "academic", "Pix referent", "need action"] {
        #expect(!text.contains(term), "\(name): '\(term)' in '\(text)'")
      }
    }
  }

  @Test func theGlossaryCheckSeesMailAlone() {
    #expect(Self.hasMailAlone("Je n'ai pas reçu le mail d'invitation"))
    #expect(!Self.hasMailAlone("l'e-mail d'invitation, l'adresse e-mail"))
  }

  @Test func pixOrgaAccessSpeaksOfStaffMembers() throws {
    let subject = try TreeFixtures.shipped("pix-orga-access").tree.subject
    #expect(subject.singular.fr == "membre du personnel")
    #expect(subject.next.en == "Next staff member?")
    #expect(try TreeFixtures.shipped("join-error-codes").tree.subject.singular.fr == "élève")
  }

  /// Whether `text` has the word « mail » not preceded by « e- ».
  static func hasMailAlone(_ text: String) -> Bool {
    let characters = Array(text.lowercased())
    let word = Array("mail")
    guard characters.count >= word.count else { return false }
    for start in 0...(characters.count - word.count) where Array(characters[start..<start + word.count]) == word {
      let before = start > 0 ? characters[start - 1] : " "
      let after = start + word.count < characters.count ? characters[start + word.count] : " "
      if !before.isLetter && before != "-" && !after.isLetter { return true }
    }
    return false
  }
}
