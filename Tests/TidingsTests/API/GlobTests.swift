@testable import Tidings
import XCTest

final class GlobTests: XCTestCase {
    func testWildcards() {
        XCTAssertTrue(Glob.matches("chrome.*", "chrome.share"))
        XCTAssertTrue(Glob.matches("*.share", "chrome.share"))
        XCTAssertTrue(Glob.matches("core.?fc", "core.nfc"))
        XCTAssertFalse(Glob.matches("chrome.*", "core.nfc"))
        XCTAssertFalse(Glob.matches("core.nf", "core.nfc"))
        XCTAssertTrue(Glob.matches("*", ""))
    }
}
