import XCTest
@testable import Tidings

/// Checks the Myers implementation against a plain dynamic-programming LCS on many random inputs.
final class MyersDiffTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so failures are reproducible.
    private struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

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
        var generator = SplitMix64(state: 20_240_611)
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
