// The tree loader and validator (every rule, exhaustiveness included): never crashes; a tree
// that validates without error is handed over, one with errors is not.
import FuzzDriver
import PixReadyCore

FuzzDriver.run { input in
  let check = TreeCheck(bytes: input, sourceName: "fuzz.json")
  let hasError = check.diagnostics.contains { $0.severity == .error }
  FuzzDriver.require((check.tree == nil) == hasError, "a validated tree with errors, or none without")
  for diagnostic in check.diagnostics {
    FuzzDriver.require(
      !diagnostic.formatted(in: .fr).isEmpty && !diagnostic.formatted(in: .en).isEmpty, "empty message")
  }
}
