// Zip and inflate: the archive reader never crashes and keeps its limits; the input read as a raw
// DEFLATE stream gives exactly what the system zlib gives (when libz.so.1 is present), and the
// CRC-32 agrees with zlib's.
import FuzzDriver
import PixReadyIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let outputLimit = 1 << 18
let limits = ZipArchive.Limits(
  maximumEntries: 50, maximumUncompressedSize: outputLimit, maximumRatio: 200, ratioThreshold: 1 << 16)

/// The system zlib's raw inflate and CRC-32, loaded at run time.
struct SystemZlib {
  typealias InflateInit = @convention(c) (UnsafeMutableRawPointer, Int32, UnsafePointer<CChar>, Int32) -> Int32
  typealias InflateStep = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
  typealias InflateEnd = @convention(c) (UnsafeMutableRawPointer) -> Int32
  typealias CRC = @convention(c) (UInt, UnsafePointer<UInt8>?, UInt32) -> UInt
  typealias Version = @convention(c) () -> UnsafePointer<CChar>

  let initialize: InflateInit
  let step: InflateStep
  let finish: InflateEnd
  let crc: CRC
  let version: Version

  init?() {
    guard let library = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.dylib", RTLD_NOW),
      let initialize = dlsym(library, "inflateInit2_"), let step = dlsym(library, "inflate"),
      let finish = dlsym(library, "inflateEnd"), let crc = dlsym(library, "crc32"),
      let version = dlsym(library, "zlibVersion")
    else { return nil }
    self.initialize = unsafeBitCast(initialize, to: InflateInit.self)
    self.step = unsafeBitCast(step, to: InflateStep.self)
    self.finish = unsafeBitCast(finish, to: InflateEnd.self)
    self.crc = unsafeBitCast(crc, to: CRC.self)
    self.version = unsafeBitCast(version, to: Version.self)
  }

  enum Outcome: Equatable {
    case decoded([UInt8])
    case tooLarge
    case failed
  }

  /// Inflates a raw DEFLATE stream (window bits -15) into at most `limit` bytes.
  func inflate(_ input: [UInt8], limit: Int) -> Outcome {
    // z_stream on LP64: next_in 0, avail_in 8, total_in 16, next_out 24, avail_out 32, total_out 40,
    // msg 48, state 56, zalloc 64, zfree 72, opaque 80, data_type 88, adler 96, reserved 104.
    let stream = UnsafeMutableRawPointer.allocate(byteCount: 112, alignment: 8)
    stream.initializeMemory(as: UInt8.self, repeating: 0, count: 112)
    defer { stream.deallocate() }
    var output = [UInt8](repeating: 0, count: limit + 1)
    var input = input
    guard initialize(stream, -15, version(), 112) == 0 else { return .failed }
    defer { _ = finish(stream) }
    let status = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.storeBytes(of: inBuffer.baseAddress, toByteOffset: 0, as: UnsafeMutablePointer<UInt8>?.self)
        stream.storeBytes(of: UInt32(inBuffer.count), toByteOffset: 8, as: UInt32.self)
        stream.storeBytes(of: outBuffer.baseAddress, toByteOffset: 24, as: UnsafeMutablePointer<UInt8>?.self)
        stream.storeBytes(of: UInt32(outBuffer.count), toByteOffset: 32, as: UInt32.self)
        return step(stream, 4)  // Z_FINISH
      }
    }
    let produced = Int(stream.load(fromByteOffset: 40, as: UInt.self))
    if status == 1 { return produced > limit ? .tooLarge : .decoded(Array(output[..<produced])) }
    return produced > limit ? .tooLarge : .failed
  }
}

let zlib = SystemZlib()
if zlib == nil { print("libz not found: inflate is fuzzed without comparison") }

FuzzDriver.run { input in
  if let archive = try? ZipArchive(bytes: input, limits: limits) {
    for entry in archive.entries {
      if let data = try? archive.extract(entry) {
        FuzzDriver.require(data.count <= limits.maximumUncompressedSize, "entry larger than the limit")
      }
    }
  }
  let ours: SystemZlib.Outcome
  do {
    ours = .decoded(try Inflate.decompress(input[...], outputLimit: outputLimit))
  } catch let failure as Inflate.Failure {
    if case .outputLimitExceeded = failure { ours = .tooLarge } else { ours = .failed }
  } catch {
    ours = .failed
  }
  guard let zlib else { return }
  let theirs = zlib.inflate(input, limit: outputLimit)
  FuzzDriver.require(ours == theirs, "inflate differs from zlib: ours \(ours), zlib \(theirs)")
  let crc = input.withUnsafeBufferPointer { zlib.crc(0, $0.baseAddress, UInt32($0.count)) }
  FuzzDriver.require(UInt(CRC32.checksum(input)) == crc, "CRC-32 differs from zlib")
}
