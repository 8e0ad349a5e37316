import Foundation
import PixReadyTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `-o` never replaces what it must not: a FIFO, the class file read on standard input; and an
/// interrupted write leaves no temporary file behind.
struct OutputFileSafetyTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private var classFile: String { CLIRunner.packageRoot.appendingPathComponent("Examples/classe-2nde.csv").path }

  @Test func reportIntoAFIFOIsWrittenThroughAndTheFIFOStays() throws {
    let fifo = folder.appendingPathComponent("rapport.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = ReceivedBytes()
    let reader = Thread { received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()) }
    reader.start()
    let result = try CLIRunner.run(["check", classFile, "-o", fifo])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("Rapport écrit : \(fifo) (30 lignes, écrites directement dans ce tube ou périphérique).")
    )
    try Golden.expect(received.wait(), equals: .packageFile("Examples/classe-2nde.rapport.csv"))
    var status = stat()
    #expect(lstat(fifo, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.csv"])
  }

  @Test func classFileOnStandardInputIsNeverTheReport() throws {
    let copy = folder.appendingPathComponent("classe.csv").path
    try FileManager.default.copyItem(atPath: classFile, toPath: copy)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let result = try CLIRunner.run(["check", "-", "-o", copy], input: .file(copy))
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "pixready: erreur : « \(copy) » est le fichier d'entrée : choisissez un autre nom pour -o, le fichier de la "
        + "classe ne sera jamais écrasé.\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
  }

  @Test func reportReplacesAnExistingReportAsOwnerOnlyWithNothingBeside() throws {
    let report = folder.appendingPathComponent("rapport.csv").path
    #expect(FileManager.default.createFile(atPath: report, contents: Data("ancien\n".utf8)))
    #expect(chmod(report, 0o644) == 0)
    let result = try CLIRunner.run(["check", classFile, "-o", report])
    #expect(result.status == 1)
    let attributes = try FileManager.default.attributesOfItem(atPath: report)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport.csv"])
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func interruptedReportLeavesNoTemporaryFile(_ signal: Int32) throws {
    let report = folder.appendingPathComponent("rapport.csv").path
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["check", "-", "-o", report]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // The header and 256 KiB of students (more than pixready reads to detect the format), then the
    // input stays open: pixready waits for the rest with its temporary file open.
    let header = "ine;nom;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\n"
    let rows = String(repeating: "070123456AB;Martin;oui;oui;Médiacentre;mediacentre;oui\n", count: 5_000)
    input.fileHandleForWriting.write(Data((header + rows).utf8))
    let deadline = Date().addingTimeInterval(20)
    var temporary: [String] = []
    while temporary.isEmpty, Date() < deadline {
      temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      Thread.sleep(forTimeInterval: 0.02)
    }
    #expect(temporary.count == 1 && temporary[0].hasPrefix(".rapport.csv.") && temporary[0].hasSuffix(".tmp"))
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signal)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }
}

/// Bytes handed from a reading thread to the test.
private final class ReceivedBytes: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var bytes = Data()

  func set(_ data: Data) {
    bytes = data
    done.signal()
  }

  func wait() -> Data {
    done.wait()
    return bytes
  }
}
