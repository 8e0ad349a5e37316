import PixReadyCore
import Testing

/// One actor per role across the three shipped trees (issue 12 §3): the same id always carries
/// the same label, one label is never spelled under two ids, and a step shared by two trees names
/// the same people.
struct ShippedTreeActorsTests {
  static let trees = ["certification-readiness", "pix-orga-access", "join-error-codes"]

  @Test func anActorIdHasTheSameLabelInEveryTree() throws {
    var labels: [String: (tree: String, label: LocalizedText)] = [:]
    for name in Self.trees {
      for actor in try TreeFixtures.shipped(name).tree.actors {
        if let known = labels[actor.id] {
          #expect(known.label == actor.label, "\(actor.id): \(known.tree) and \(name) differ")
        } else {
          labels[actor.id] = (name, actor.label)
        }
      }
    }
    let ids = Dictionary(grouping: labels, by: { $0.value.label.fr }).mapValues { $0.map(\.key).sorted() }
    for (label, sharing) in ids { #expect(sharing.count == 1, "« \(label) » is the label of \(sharing)") }
  }

  @Test func aStepSharedByTwoTreesNamesTheSamePeople() throws {
    let readiness = try TreeFixtures.shipped("certification-readiness")
    let codes = try TreeFixtures.shipped("join-error-codes")
    var shared = 0
    for step in readiness.tree.steps {
      guard let other = codes.step(step.id) else { continue }
      #expect(step.actors == other.actors, "\(step.id)")
      shared += 1
    }
    #expect(shared == 5)
  }
}
