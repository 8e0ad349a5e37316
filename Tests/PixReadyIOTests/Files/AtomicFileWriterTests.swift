import Foundation
import PixReadyIO
import Testing

/// The temporary file of a report: random, exclusive, owner-only, in the destination's folder.
struct AtomicFileWriterTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("pixready-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  @Test func temporaryNameIsRandomAndBesideTheDestination() throws {
    let first = try AtomicFileWriter(path: path("rapport.csv"))
    let second = try AtomicFileWriter(path: path("rapport.csv"))
    let names = [first.temporaryPath, second.temporaryPath].compactMap { $0 }
    #expect(names.count == 2 && names[0] != names[1])
    for name in names {
      #expect(name.hasPrefix(path(".rapport.csv.")) && name.hasSuffix(".tmp"))
      #expect(FileStatus(linkAt: name)?.kind == .regular)
      #expect(FileStatus(linkAt: name)?.permissions == 0o600)
    }
  }

  @Test func symbolicLinkAtTheOldPredictableNameIsNeitherFollowedNorReplaced() throws {
    let victim = path("victime.txt")
    try Data("à garder\n".utf8).write(to: URL(fileURLWithPath: victim))
    let report = path("rapport.csv")
    let planted = report + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
    let writer = try AtomicFileWriter(path: report)
    writer.write("ine;verdict\n")
    try writer.commit()
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "à garder\n")
    #expect(FileStatus(linkAt: planted)?.kind == .symbolicLink)
    #expect(FileStatus(linkAt: report)?.kind == .regular)
    #expect(FileStatus(linkAt: report)?.permissions == 0o600)
    #expect(try String(contentsOfFile: report, encoding: .utf8) == "ine;verdict\n")
  }

  @Test func exclusiveCreationRefusesASymbolicLinkAndKeepsItsTarget() throws {
    let victim = path("victime.txt")
    try Data("à garder\n".utf8).write(to: URL(fileURLWithPath: victim))
    let link = path("lien")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
    #expect(throws: SystemError.self) { try FileDescriptor.open(link, .createNew) }
    #expect(throws: SystemError.self) { try FileDescriptor.open(victim, .createNew) }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "à garder\n")
  }

  @Test func unwrittenReportLeavesNothingBehind() throws {
    let temporaries = TemporaryFiles()
    do {
      let writer = try AtomicFileWriter(path: path("rapport.csv"), temporaries: temporaries)
      writer.write("début")
      #expect(temporaries.current == Set([writer.temporaryPath].compactMap { $0 }))
    }
    #expect(temporaries.current.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }

  @Test func interruptionRemovesTheRecordedTemporaryFiles() throws {
    let temporaries = TemporaryFiles()
    let writer = try AtomicFileWriter(path: path("rapport.csv"), temporaries: temporaries)
    writer.write("début")
    temporaries.removeAll()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }

  /// An interruption that comes as a temporary file is being created waits until the file is
  /// recorded, then removes it: the file never exists unrecorded.
  @Test func interruptionDuringCreationWaitsAndRemovesTheNewFile() throws {
    let temporaries = TemporaryFiles()
    let name = path(".rapport.csv.1.tmp")
    let inside = DispatchSemaphore(value: 0)
    let interrupted = DispatchSemaphore(value: 0)
    Thread {
      inside.wait()
      temporaries.removeAll()
      interrupted.signal()
    }.start()
    let descriptor = try temporaries.create(name) { () throws(SystemError) in
      inside.signal()
      // The interruption is now waiting for the file and its record.
      Thread.sleep(forTimeInterval: 0.05)
      return try FileDescriptor.open(name, .createNew)
    }
    descriptor.close()
    interrupted.wait()
    #expect(temporaries.current.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }

  @Test func folderIsRefusedWithTheSystemReason() throws {
    #expect(throws: AtomicFileWriter.Failure(path: folder.path, reason: "Is a directory")) {
      try AtomicFileWriter(path: folder.path)
    }
  }

  @Test func missingFolderIsRefusedWithTheSystemReason() throws {
    let report = path("absent/rapport.csv")
    #expect(throws: AtomicFileWriter.Failure(path: report, reason: "No such file or directory")) {
      try AtomicFileWriter(path: report)
    }
  }
}
