import Foundation
import PixReadyCLI

exit(PixReadyCLI.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
