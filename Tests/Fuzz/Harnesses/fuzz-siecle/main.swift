// The SIECLE reader, XML or zip: never crashes; every finding has a sentence in both languages.
import FuzzDriver
import PixReadyIO

let limits = ZipArchive.Limits(
  maximumEntries: 50, maximumUncompressedSize: 4 << 20, maximumRatio: 200, ratioThreshold: 1 << 16)

FuzzDriver.run { input in
  let export = SiecleReader.read(bytes: input, sourceName: "fuzz.xml", limits: limits)
  for finding in export.findings {
    FuzzDriver.require(!finding.formatted(in: .fr).isEmpty && !finding.formatted(in: .en).isEmpty, "empty message")
  }
  FuzzDriver.require(export.isUsable || export.findings.contains { $0.severity == .error }, "unusable without error")
}
