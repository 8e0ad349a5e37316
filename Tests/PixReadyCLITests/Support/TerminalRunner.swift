import Foundation
import PixReadyTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the real `pixready` binary in a pseudo-terminal, as a person at a terminal would: its
/// standard input, output and error are the terminal, Enter sends `\r`, Ctrl-C and Ctrl-D are
/// bytes the terminal turns into a signal or an end of input.
///
/// Uses only the C library (`/dev/ptmx`, `posix_spawn`), so `swift test` needs nothing else.
final class TerminalRunner {
  /// Why the terminal could not be set up or the binary did not behave.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// How the process ended.
  enum Termination: Equatable {
    /// Exited with this status.
    case exited(Int32)
    /// Killed by this signal.
    case signalled(Int32)
  }

  private let master: Int32
  private let pid: pid_t
  private var bytes: [UInt8] = []
  /// How many UTF-8 bytes of ``transcript`` earlier waits have gone past.
  private var consumed = 0
  /// Why the last read stopped, for a failure's message.
  private var stopped = ""

  /// Everything the program wrote to the terminal, `\r\n` turned into `\n`, non-breaking spaces
  /// read as spaces (``Swift/String/plain``).
  var transcript: String {
    String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").plain
  }

  /// Starts `pixready arguments` in a new session whose controlling terminal is a pty of
  /// `columns`×24 (80 by default).
  init(_ arguments: [String], environment: [String: String] = [:], columns: UInt16 = 80) throws {
    // Both ends are opened close-on-exec at once (not `openpty` then `fcntl`): tests run side by
    // side, and a process another test starts in between would keep this terminal open, so its
    // end would not be seen when `pixready` exits.
    // posix_openpt, unlockpt and ptsname, as glibc does them on Linux (Swift does not import
    // them): the ioctl numbers are _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int).
    // The terminal's name comes from its number, never from `ttyname`, whose result lives in a
    // buffer shared by the process: with two threads opening terminals, 32 calls in 40,000 gave
    // another terminal's name or none, and a test's `pixready` then ran on another test's
    // terminal while its own stayed silent (seen under load; most likely the unnamed CI failure
    // of 5 December 2026).
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw Failure(description: "could not open /dev/ptmx") }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
      close(master)
      throw Failure(description: "could not unlock the pseudo-terminal or read its number")
    }
    let slavePath = "/dev/pts/\(number)"
    // The parent holds the terminal open until the child has opened it too.
    let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard slave >= 0 else {
      close(master)
      throw Failure(description: "could not open \(slavePath)")
    }
    defer { close(slave) }
    var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(slave, UInt(TIOCSWINSZ), &size) == 0 else {
      close(master)
      throw Failure(description: "could not set the terminal's size")
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid(), so the terminal becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc 2.26+), not imported into Swift
    posix_spawnattr_setflags(
      &attributes, Int16(setSessionID | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)

    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["TERM"] = "xterm"
    for (key, value) in environment { env[key] = value }
    let argv = ([CLIRunner.binary.path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }

    var child: pid_t = 0
    let status = posix_spawn(&child, CLIRunner.binary.path, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw Failure(description: "posix_spawn failed: \(String(cString: strerror(status)))")
    }
    self.master = master
    pid = child
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Types `text` (use `\r` for Enter, `\u{3}` for Ctrl-C, `\u{4}` for Ctrl-D).
  func type(_ text: String) throws {
    let data = Array(text.utf8)
    var written: Int
    repeat {
      written = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    } while written < 0 && errno == EINTR
    guard written == data.count else { throw Failure(description: "could not type \(text.debugDescription)") }
  }

  /// Waits until the program has written `text` since the last wait; returns what it wrote meanwhile.
  @discardableResult
  func expect(_ text: String, timeout: Double = 30) throws -> String {
    let begun = Date()
    let deadline = begun.addingTimeInterval(timeout)
    while true {
      let all = transcript
      let start = all.utf8.index(all.startIndex, offsetBy: min(consumed, all.utf8.count))
      if let range = all.range(of: text, range: start..<all.endIndex) {
        consumed = all.utf8.distance(from: all.startIndex, to: range.upperBound)
        return String(all[start..<range.upperBound])
      }
      guard Date() < deadline, readMore(until: deadline) else {
        let waited = String(format: "%.3f", Date().timeIntervalSince(begun))
        throw Failure(
          description: "gave up waiting for \(text.debugDescription) after \(waited) s (\(stopped)); got:\n\(all)")
      }
    }
  }

  /// Reads until the program exits, then returns how it ended.
  func wait(timeout: Double = 30) throws -> Termination {
    let deadline = Date().addingTimeInterval(timeout)
    while readMore(until: deadline) {}
    while Date() < deadline {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
      }
      usleep(10_000)
    }
    throw Failure(description: "the program did not exit; got:\n\(transcript)")
  }

  /// Whether the terminal is still in its ordinary mode: line editing and echo on.
  var terminalIsInLineMode: Bool {
    var settings = termios()
    guard tcgetattr(master, &settings) == 0 else { return false }
    let flags = tcflag_t(ICANON) | tcflag_t(ECHO) | tcflag_t(ISIG)
    return settings.c_lflag & flags == flags
  }

  /// Reads what is available; `false` at the end of output (the program closed the terminal).
  ///
  /// A signal caught by the test process (a child of another test ending) interrupts `poll` and
  /// `read` (`EINTR`): they are tried again, or an interrupted wait would pass for the end of
  /// output, and a test would fail at once with nothing read.
  private func readMore(until deadline: Date) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var ready: Int32
    repeat {
      ready = poll(&descriptor, 1, max(0, Int32(deadline.timeIntervalSinceNow * 1000)))
    } while ready < 0 && errno == EINTR
    guard ready > 0 else {
      stopped = ready == 0 ? "nothing more before the deadline" : "poll failed: \(String(cString: strerror(errno)))"
      return false
    }
    var chunk = [UInt8](repeating: 0, count: 4096)
    var count: Int
    repeat {
      count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    } while count < 0 && errno == EINTR
    guard count > 0 else {
      // EIO: no process has the terminal open any more (the program ended).
      stopped = count == 0 ? "end of output" : "read failed: \(String(cString: strerror(errno)))"
      return false
    }
    bytes += chunk[..<count]
    return true
  }
}
