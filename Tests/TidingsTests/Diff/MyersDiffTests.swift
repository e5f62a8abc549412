import XCTest
@testable import Tidings

/// Checks the Myers implementation against a plain dynamic-programming LCS on many random inputs.
final class MyersDiffTests: XCTestCase {
    private func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    func testEditScriptsAreValidAndMinimalOnRandomInputs() {
        var generator = SplitMix(seed: 20_240_611)
        for round in 0..<3000 {
            let alphabet = Int.random(in: 1...6, using: &generator)
            let old = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let new = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let script = DiffEditOperation.script(old: old, new: new)

            var rebuiltOld: [Int] = []
            var rebuiltNew: [Int] = []
            var equalCount = 0
            for operation in script {
                switch operation {
                case let .equal(i, j):
                    XCTAssertEqual(old[i], new[j], "round \(round)")
                    rebuiltOld.append(old[i])
                    rebuiltNew.append(new[j])
                    equalCount += 1
                case let .delete(i):
                    rebuiltOld.append(old[i])
                case let .insert(j):
                    rebuiltNew.append(new[j])
                }
            }
            XCTAssertEqual(rebuiltOld, old, "round \(round)")
            XCTAssertEqual(rebuiltNew, new, "round \(round)")
            XCTAssertEqual(equalCount, lcsLength(old, new), "round \(round): \(old) → \(new)")
        }
    }

    func testCompletelyDifferentSequences() {
        let (removed, inserted) = MyersDiff.changes(old: [1, 2, 3], new: [4, 5])
        XCTAssertEqual(removed, [true, true, true])
        XCTAssertEqual(inserted, [true, true])
    }
}
