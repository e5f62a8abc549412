// Cleans standard input with the built-in rules and prints the text, then one line per edit.
import Foundation
import Tidings

let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
do {
    let cleaner = try Cleaner()
    let result = try cleaner.clean(input)
    print(result.text, terminator: "")
    for edit in result.applied {
        print("# \(edit.ruleID) \(edit.start.line):\(edit.start.column) \(edit.before.debugDescription) → \(edit.after.debugDescription)")
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
