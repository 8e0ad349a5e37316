import PixReadyCore
import PixReadyTestSupport
import Testing

/// `TreeDiff`: id changes, renames, behaviour over the union of both versions' answers.
struct TreeDiffTests {
  static func versions() throws -> (ValidatedTree, ValidatedTree) {
    (try TreeFixtures.validFixture("diff-v1.json"), try TreeFixtures.validFixture("diff-v2.json"))
  }

  @Test func reportsTheMiniTreesChangesAsItsGoldenText() throws {
    let (old, new) = try Self.versions()
    let diff = TreeDiff(old: old, new: new)
    try Golden.expect(
      diff.text(language: .fr, oldName: "v1.json", newName: "v2.json"), equals: .expected("diff-v1-v2.txt"))
    try Golden.expect(
      diff.text(language: .en, oldName: "v1.json", newName: "v2.json"), equals: .expected("diff-v1-v2.en.txt"))
  }

  @Test func findsAddedRenamedAndModifiedIds() throws {
    let (old, new) = try Self.versions()
    let identifiers = TreeDiff(old: old, new: new).identifiers
    #expect(
      identifiers == [
        IdentifierChanges(kind: .value, fact: "methods", added: ["username"]),
        IdentifierChanges(
          kind: .step, renamed: [.init(old: "create", new: "create-account")], modified: ["escalate"]),
        IdentifierChanges(kind: .actor, added: ["pix"]),
        IdentifierChanges(
          kind: .node, renamed: [.init(old: "done", new: "finished")], modified: ["q-account", "b-methods"]),
      ])
  }

  @Test func countsTheCombinationsThatChange() throws {
    let (old, new) = try Self.versions()
    let diff = TreeDiff(old: old, new: new)
    #expect(diff.combinationCount == 16)
    #expect(diff.changedCombinations == 12)
    #expect(diff.behaviourChanged)
    let noAccount = try #require(diff.changes.last)
    #expect(noAccount.answers == ["hasAccount": .value("no")])
    #expect(noAccount.combinations == 8)
    #expect(noAccount.old == .outcome(node: "done", verdict: .action, steps: ["create"]))
    #expect(noAccount.new == .outcome(node: "support", verdict: .support, steps: ["create-account", "escalate"]))
  }

  @Test func aValueOnlyOneVersionKnowsCannotBeAnsweredByTheOther() throws {
    let (old, new) = try Self.versions()
    let diff = TreeDiff(old: old, new: new)
    let first = try #require(diff.changes.first)
    #expect(first.answers == ["hasAccount": .value("yes"), "methods": .values(["username"])])
    #expect(first.old == .unanswerable(fact: "methods"))
    #expect(first.new == .outcome(node: "finished", verdict: .action, steps: ["create-account"]))
  }

  @Test(arguments: ["certification-readiness", "pix-orga-access", "join-error-codes"])
  func aTreeComparedWithItselfHasNoChange(_ name: String) throws {
    let tree = try TreeFixtures.shipped(name)
    let diff = TreeDiff(old: tree, new: tree)
    #expect(diff.identifiers.isEmpty)
    #expect(diff.changes.isEmpty)
    #expect(diff.combinationCount == tree.combinationsProven)
  }

  @Test func renamingAStepFactAndValueIsNotABehaviourChange() throws {
    let text = String(decoding: try TreeFixtures.shippedBytes("certification-readiness"), as: UTF8.self)
      .replacing("find-linked-account", with: "show-linked-account")
      .replacing("\"siecleImported\"", with: "\"siecleUpToDate\"")
      .replacing("\"id\": \"none\"", with: "\"id\": \"no-account\"")
      .replacing("\"none\": \"b-none\"", with: "\"no-account\": \"b-none\"")
    let renamed = try #require(TreeCheck(bytes: Array(text.utf8), sourceName: "renamed.json").tree)
    let diff = TreeDiff(old: try TreeFixtures.shipped(), new: renamed)
    #expect(!diff.behaviourChanged)
    #expect(diff.identifiers.last == IdentifierChanges(kind: .node, modified: ["q4", "b-none"]), "new spellings")
    #expect(
      diff.identifiers.dropLast().map(\.renamed) == [
        [.init(old: "siecleImported", new: "siecleUpToDate")], [.init(old: "none", new: "no-account")],
        [.init(old: "find-linked-account", new: "show-linked-account")],
      ])
  }

  @Test func groupsChangesByHowTheyChangeAndReadsAProductAsOneLine() throws {
    let text = String(decoding: try TreeFixtures.shippedBytes("certification-readiness"), as: UTF8.self)
      .replacing(
        #""no": { "next": "q6-support-identifiant-elsewhere", "steps": ["contact-pix-support"] }"#,
        with:
          #""no": { "next": "q6-forgot-password-then-link", "steps": ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"] }"#
      )
    let changed = try #require(TreeCheck(bytes: Array(text.utf8), sourceName: "changed.json").tree)
    let diff = TreeDiff(old: try TreeFixtures.shipped(), new: changed)
    #expect(diff.changes.count == 36)
    let groups = diff.groups
    #expect(groups.count == 1)
    let group = try #require(groups.first)
    #expect(group.combinations == 36)
    #expect(
      group.common == [
        "orgaMethods": .values([]), "usualMethod": .value("identifiant"), "knowsCredentials": .value("no"),
      ])
    #expect(group.removedSteps == ["contact-pix-support"])
    #expect(
      group.addedSteps == ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"])
    #expect(group.product?.map(\.fact) == ["siecleImported", "garAssigned", "certifiable"])
    #expect(group.product?.map(\.values.count) == [3, 3, 4])
  }
}
