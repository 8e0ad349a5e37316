import PixReadyCore
import PixReadyIO
import PixReadyTestSupport

/// Collects what a run writes on standard output.
final class RecordedOutput: ByteOutputStream {
  var bytes: [UInt8] = []
  func write(_ string: String) { bytes += string.utf8 }
  func write(bytes: UnsafeRawBufferPointer) { self.bytes += bytes }
  /// The bytes as text.
  var text: String { String(decoding: bytes, as: UTF8.self) }
  /// The text's lines.
  var lines: [Substring] { text.split(whereSeparator: \.isNewline) }
}

/// What a run said to the person: its sentences and the problems it failed on.
final class RecordingConsole {
  var sentences: [String] = []
  var problems: [any Problem] = []
  /// The problems' sentences in French.
  var failures: [String] { problems.map { $0.message(in: .fr) } }
  /// The console to give the run.
  var console: RunConsole {
    RunConsole(say: { self.sentences.append($0) }, fail: { self.problems.append($0) })
  }
  /// Everything said, as plain words.
  var text: String { sentences.joined().plain }
}
