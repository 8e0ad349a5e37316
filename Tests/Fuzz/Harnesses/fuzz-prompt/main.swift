// The prompt's reply parsing, through the whole session state machine: each line of the input is
// a reply typed at the prompt of the shipped tree (the input's length chooses the language and the
// echo); never crashes, and the session always ends.
import FuzzDriver
import PixReadyIO

let tree = FuzzDriver.shippedTree()

FuzzDriver.run { input in
  let selector = input.count
  var session = PromptSession(
    tree: tree, configuration: .init(language: selector & 1 == 0 ? .fr : .en, echoesInput: selector & 2 != 0))
  _ = session.start()
  let text = String(decoding: input, as: UTF8.self)
  for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
    _ = session.receive(String(line))
    if session.end != nil { break }
  }
  if session.end == nil { _ = session.endOfInput() }
  FuzzDriver.require(session.end != nil, "the session did not end at the end of the input")
  _ = session.results
}
