// The XML reader: never crashes; on success, start and end tags balance and the first is the root.
import FuzzDriver
import PixReadyIO

FuzzDriver.run { input in
  var reader = XMLReader(bytes: input)
  var open: [String] = []
  var roots = 0
  do {
    while let event = try reader.next() {
      switch event {
      case .start(let name, _, let line):
        if open.isEmpty { roots += 1 }
        open.append(name)
        FuzzDriver.require(line >= 1, "line \(line)")
      case .end(let name, _):
        FuzzDriver.require(open.popLast() == name, "end tag \(name) does not close the element open")
      case .text(_, let line):
        FuzzDriver.require(!open.isEmpty && line >= 1, "text outside the root element")
      }
    }
    FuzzDriver.require(open.isEmpty && roots == 1, "a document read whole has one root, closed")
  } catch let error as XMLError {
    FuzzDriver.require(error.line >= 1 && error.column >= 1, "error without a location: \(error)")
    _ = XMLMessages(language: .fr).text(error.kind)
  } catch {
    FuzzDriver.require(false, "an error that is not an XMLError: \(error)")
  }
}
