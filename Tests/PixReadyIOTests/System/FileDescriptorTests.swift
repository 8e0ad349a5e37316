import Foundation
import PixReadyIO
import Testing

/// The system calls report their failures instead of dropping them.
struct FileDescriptorTests {
  @Test func failedSyncIsAnError() throws {
    // fsync on a pipe fails (EINVAL): the result that AtomicFileWriter.commit() used to ignore.
    let pipe = Pipe()
    let descriptor = FileDescriptor(rawValue: pipe.fileHandleForWriting.fileDescriptor)
    #expect(throws: SystemError.self) { try descriptor.sync() }
  }

  @Test func writeToAClosedDescriptorIsABadDescriptor() throws {
    let descriptor = FileDescriptor(rawValue: 987)
    let error = #expect(throws: SystemError.self) {
      try [UInt8]("x".utf8).withUnsafeBytes { try descriptor.write($0) }
    }
    #expect(error == .badDescriptor)
    let french = SystemErrorText.text(error.map(\.reason) ?? "", language: .fr)
    #expect(french == "descripteur de fichier invalide (entrée ou sortie fermée ?)")
  }

  @Test func readReturnsWhatWasWrittenThenTheEnd() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("abc".utf8))
    try pipe.fileHandleForWriting.close()
    let descriptor = FileDescriptor(rawValue: pipe.fileHandleForReading.fileDescriptor)
    var bytes = [UInt8](repeating: 0, count: 8)
    #expect(try descriptor.read(into: &bytes, at: 2, count: 6) == 3)
    #expect(bytes[2..<5] == [0x61, 0x62, 0x63])
    #expect(try descriptor.read(into: &bytes, at: 0, count: 8) == 0)
  }

  @Test func statusTellsAFolderFromAFile() throws {
    #expect(FileStatus(path: "/")?.kind == .directory)
    #expect(FileStatus(path: "/nonexistent-pixready") == nil)
  }
}
