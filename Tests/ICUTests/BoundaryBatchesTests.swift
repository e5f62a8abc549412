import ICU
import XCTest

final class BoundaryBatchesTests: XCTestCase {
    func testBatchesHoldTheBoundariesInOrderFromTheRangeStart() throws {
        // 300 letters and 300 spaces from offset 2: 600 boundaries, a full batch of 256 and more.
        let text = TextBuffer("x " + String(repeating: "a ", count: 299) + "7 ")
        let batches = try BoundaryBatches(.word, in: text, range: 2..<602)
        var sizes: [Int] = [], offsets: [Int32] = [], statuses: [Int32] = []
        while let batch = batches.next() {
            sizes.append(batch.offsets.count)
            offsets += batch.offsets
            statuses += batch.ruleStatuses.map { $0 / 100 }
        }
        XCTAssertEqual(sizes, [256, 256, 88])
        XCTAssertEqual(offsets, Array(1...600))
        XCTAssertEqual(Array(statuses.prefix(4)), [2, 0, 2, 0])
        XCTAssertEqual(Array(statuses.suffix(2)), [1, 0])
        XCTAssertNil(batches.next())
    }

    func testAnEmptyRangeHasNoBatch() throws {
        let batches = try BoundaryBatches(.word, in: TextBuffer("one two"), range: 3..<3)
        XCTAssertNil(batches.next())
    }
}
