import XCTest
@testable import Tidings

final class DocumentLookupTests: XCTestCase {
    /// `isAddress(chunk:)` of a whole one-chunk document.
    private func isAddress(_ chunk: String) -> Bool {
        let document = Document(chunk)
        return document.isAddress(chunk: 0..<document.count)
    }

    func testASCIIChunksMatchEveryAddressPattern() {
        for address in ["press@un.org", "https://x.com", "a/b", "#tag", "snake_case", "a=b", "`code`", "std::move", "f()",
                        "www.example", "example.com", "example.org"] {
            XCTAssertTrue(isAddress(address), address)
        }
        for word in ["Washington", "U.S.", "3:30", "(sic)", "f(x)", "co.uk", ".co", "wwwx.", "x.www.", "it’s", "say—and", "end…", ":", ".", "“www.x”"] {
            XCTAssertFalse(isAddress(word), word)
        }
    }

    func testAddressesWrittenWithAtAndDotInBrackets() {
        // ASCII, and with a character beyond it (the general search).
        for address in ["newsroom[at]stocktwits[dot]com.", "site[dot]com", "josé[at]example", "café[dot]fr"] {
            XCTAssertTrue(isAddress(address), address)
        }
        for word in ["[a]", "[at", "[dotted]", "note[1]", "café[a]t"] {
            XCTAssertFalse(isAddress(word), word)
        }
    }

    func testPatternsAtTheEndOfAChunkAreFound() {
        XCTAssertTrue(isAddress("site.com"))
        XCTAssertFalse(isAddress("site.co"))
        XCTAssertTrue(isAddress("x::"))
        XCTAssertFalse(isAddress("x:"))
        XCTAssertTrue(isAddress("call()"))
        XCTAssertFalse(isAddress("call("))
    }

    func testStandalonePunctuationBreaksNoPatternAndIsNoMarker() {
        // A curly quote between the characters of a pattern breaks it, as it does in Foundation's search.
        XCTAssertFalse(isAddress("f(’)"))
        XCTAssertFalse(isAddress(".c’om"))
        XCTAssertTrue(isAddress("“f()”"))
    }

    func testOtherCharactersUseCanonicalEquivalence() {
        // Whole characters are compared: `≠` (canonically `=` and a combining overlay) is no `=`.
        XCTAssertFalse(isAddress("a\u{2260}b"))
        XCTAssertFalse(isAddress("a=\u{338}b"))
        XCTAssertTrue(isAddress("é=b"))
        XCTAssertTrue(isAddress("café@mail"))
        XCTAssertFalse(isAddress("café"))
        XCTAssertFalse(isAddress("naïve.co"))
    }
}
