import Foundation
import PixReadyCore
import PixReadyIO
import Testing

/// `pixready diff --on`: the students of a class whose result changes between two tree versions.
struct ClassDiffTests {
  static let headers = [
    "ine", "nom", "prenom", "classe", "siecle_a_jour", "gar_attribue", "methode_orga",
    "compte_habituel", "connait_identifiants", "remarque",
  ]

  /// The shipped tree where a forgotten username made elsewhere is recovered instead of escalated.
  static func changedTree() throws -> ValidatedTree {
    let url = IOTestSupport.packageRoot.appendingPathComponent("Trees/certification-readiness.json")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
      .replacing(
        #""no": { "next": "q6-support-identifiant-elsewhere", "steps": ["contact-pix-support"] }"#,
        with:
          #""no": { "next": "q6-forgot-password-then-link", "steps": ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"] }"#
      )
    return try #require(TreeCheck(bytes: Array(text.utf8), sourceName: "changed.json").tree)
  }

  @Test func listsOnlyTheStudentsWhoseVerdictOrStepsChange() throws {
    var source = ArrayRecordSource([
      ["1A", "Durand", "Léa", "2A", "oui", "oui", "Mediacentre", "ENT", "oui", "privé"],
      ["2B", "Leroy", "Hugo", "2A", "oui", "oui", "Aucune", "identifiant", "non", "privé"],
      ["3C", "Petit", "Zoé", "2A", "oui", "oui", "???", "identifiant", "non", ""],
    ])
    let diff = try ClassDiff(
      old: try IOTestSupport.shippedTree(), new: try Self.changedTree(), headers: Self.headers, source: &source)
    #expect(diff.rows == 3)
    #expect(diff.changed.map(\.line) == [3])
    let hugo = try #require(diff.changed.first)
    #expect(hugo.student.values == [.ine: "2B", .nom: "Leroy", .prenom: "Hugo", .classe: "2A"])
    #expect(hugo.old.status == .verdict(.support))
    #expect(hugo.new.status == .verdict(.action))
    #expect(hugo.new.steps.map(\.id).first == "forgot-password-pix-fr")
  }

  @Test func aRenamedStepDoesNotChangeAStudent() throws {
    let url = IOTestSupport.packageRoot.appendingPathComponent("Trees/certification-readiness.json")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
      .replacing("find-linked-account", with: "show-linked-account")
    let renamed = try #require(TreeCheck(bytes: Array(text.utf8), sourceName: "renamed.json").tree)
    let row = ["1A", "Durand", "Léa", "2A", "oui", "oui", "Identifiant", "aucun", "oui", ""]
    var first = ArrayRecordSource([row])
    let without = try ClassDiff(
      old: try IOTestSupport.shippedTree(), new: renamed, headers: Self.headers, source: &first)
    #expect(without.changed.count == 1, "without the rename map the step id differs")
    var second = ArrayRecordSource([row])
    let with = try ClassDiff(
      old: try IOTestSupport.shippedTree(), new: renamed, headers: Self.headers, source: &second,
      stepRenames: ["find-linked-account": "show-linked-account"])
    #expect(with.changed.isEmpty)
  }
}
