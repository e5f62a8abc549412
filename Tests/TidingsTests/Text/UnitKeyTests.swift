import XCTest
@testable import Tidings

final class UnitKeyTests: XCTestCase {
    func testByteAndUTF16KeysOfTheSameUnitsHashAlike() {
        for word in ["", "a", "the", "said", "minister", "Blinkenthe", "McDonald's"] {
            let bytes = Array(word.utf8), units = Array(word.utf16)
            let byteHash = bytes.withUnsafeBufferPointer { UnitKey.hash($0) }
            XCTAssertEqual(byteHash, units.withUnsafeBufferPointer { UnitKey.hash($0) }, word)
        }
        // Lengths and tails take part: a word and the same word one unit longer differ.
        let hashes = ["a", "aa", "aaa", "aaaa", "aaaaa", "aaaa\u{0}"].map { word in Array(word.utf16).withUnsafeBufferPointer { UnitKey.hash($0) } }
        XCTAssertEqual(Set(hashes).count, hashes.count)
    }

    func testKeysEqualStoredUnitsOnlyWhenEveryUnitAndTheLengthAgree() {
        for length in 0...9 {
            let stored = (0..<length).map { UInt16(0x61 + $0) }
            stored.withUnsafeBufferPointer { stored in
                XCTAssertTrue(UnitKey.equal(stored, UnsafeRawPointer(stored.baseAddress), count: length))
                let bytes = stored.map { UInt8($0) }
                XCTAssertTrue(bytes.withUnsafeBufferPointer { UnitKey.equal($0, UnsafeRawPointer(stored.baseAddress), count: length) })
                for position in 0..<length {
                    var changed = Array(stored)
                    changed[position] ^= 0x100
                    XCTAssertFalse(changed.withUnsafeBufferPointer { UnitKey.equal($0, UnsafeRawPointer(stored.baseAddress), count: length) }, "\(length) \(position)")
                }
                if length > 0 {
                    XCTAssertFalse(Array(stored.dropLast()).withUnsafeBufferPointer { UnitKey.equal($0, UnsafeRawPointer(stored.baseAddress), count: length) })
                }
            }
        }
        XCTAssertTrue([UInt16]().withUnsafeBufferPointer { UnitKey.equal($0, nil, count: 0) })
    }
}
