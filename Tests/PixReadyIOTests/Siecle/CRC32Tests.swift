import PixReadyIO
import Testing

struct CRC32Tests {
  @Test func givesTheStandardCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test func updatesIncrementally() {
    var crc = CRC32()
    crc.update(Array("12345".utf8))
    crc.update(Array("6789".utf8))
    #expect(crc.value == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
  }
}
