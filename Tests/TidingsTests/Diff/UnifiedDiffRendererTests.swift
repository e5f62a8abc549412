import XCTest
@testable import Tidings

final class UnifiedDiffRendererTests: XCTestCase {
    private let original = """
        Title
        Blinkenthe State Department said.
        Para two.

        Para three.
        Para four.
        Para five.
        Para six.
        Para seven.
        Click here to subscribe!
        Para eight.
        End.

        """
    private let cleaned = """
        Title
        Blinken, the State Department said.
        Para two.

        Para three.
        Para four.
        Para five.
        Para six.
        Para seven.
        Para eight.
        End.

        """
    private let attributions = [
        DiffAttribution(ruleID: "fix-comma-space", originalLines: 2...2),
        DiffAttribution(ruleID: "remove-boilerplate", originalLines: 10...10),
        DiffAttribution(ruleID: "collapse-blank-lines", originalLines: 5...7),
        DiffAttribution(ruleID: "fix-comma-space", originalLines: 2...2),
        DiffAttribution(ruleID: "far-away", originalLines: 30...31),
    ]

    func testIdenticalTextsRenderNothing() {
        let renderer = UnifiedDiffRenderer(color: true)
        XCTAssertEqual(renderer.render(path: "a.txt", original: original, cleaned: original, attributions: attributions), "")
        XCTAssertEqual(renderer.render(path: "a.txt", original: "", cleaned: "", attributions: []), "")
    }

    func testPlainOutputIsByteExactWithRuleIDs() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "articles/state.txt", original: original, cleaned: cleaned, attributions: attributions
        )
        XCTAssertEqual(output, """
            --- a/articles/state.txt
            +++ b/articles/state.txt
            @@ -1,5 +1,5 @@ collapse-blank-lines, fix-comma-space
             Title
            -Blinkenthe State Department said.
            +Blinken, the State Department said.
             Para two.
             
             Para three.
            @@ -7,6 +7,5 @@ collapse-blank-lines, remove-boilerplate
             Para five.
             Para six.
             Para seven.
            -Click here to subscribe!
             Para eight.
             End.

            """)
    }

    func testPlainOutputHasNoEscapes() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "a.txt", original: original, cleaned: cleaned, attributions: attributions
        )
        XCTAssertFalse(output.isEmpty)
        XCTAssertFalse(output.contains("\u{1B}"))
    }

    func testColorOutputIsByteExactForAPairedLine() {
        let output = UnifiedDiffRenderer(color: true).render(
            path: "x.txt", original: "Blinkenthe State\nunchanged\n", cleaned: "Blinken, the State\nunchanged\n",
            attributions: [DiffAttribution(ruleID: "fix-comma-space", originalLines: 1...1)]
        )
        XCTAssertEqual(output,
            "\u{1B}[1m--- a/x.txt\u{1B}[0m\n"
            + "\u{1B}[1m+++ b/x.txt\u{1B}[0m\n"
            + "\u{1B}[36m@@ -1,2 +1,2 @@ fix-comma-space\u{1B}[0m\n"
            + "\u{1B}[31m-\u{1B}[7;31mBlinkenthe\u{1B}[27;31m State\u{1B}[0m\n"
            + "\u{1B}[32m+\u{1B}[7;32mBlinken, the\u{1B}[27;32m State\u{1B}[0m\n"
            + " unchanged\n")
    }

    func testColorOutputColorsEveryChangedLineAndResetsIt() {
        let output = UnifiedDiffRenderer(color: true).render(
            path: "a.txt", original: original, cleaned: cleaned, attributions: attributions
        )
        XCTAssertTrue(output.contains("\u{1B}[36m@@ -1,5 +1,5 @@ collapse-blank-lines, fix-comma-space\u{1B}[0m\n"))
        XCTAssertTrue(output.contains("\u{1B}[7;31mBlinkenthe\u{1B}[27;31m"))
        XCTAssertTrue(output.contains("\u{1B}[7;32mBlinken, the\u{1B}[27;32m"))
        // An unpaired removal is red as a whole, without word highlighting.
        XCTAssertTrue(output.contains("\u{1B}[31m-Click here to subscribe!\u{1B}[0m\n"))
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("\u{1B}") {
            XCTAssertTrue(line.hasSuffix("\u{1B}[0m"), "colored line without reset: \(line.debugDescription)")
        }
    }

    func testUnequalRunsAreNotWordHighlighted() {
        let output = UnifiedDiffRenderer(color: true).render(
            path: "a.txt", original: "one two\n", cleaned: "one\ntwo\n", attributions: []
        )
        XCTAssertEqual(output,
            "\u{1B}[1m--- a/a.txt\u{1B}[0m\n"
            + "\u{1B}[1m+++ b/a.txt\u{1B}[0m\n"
            + "\u{1B}[36m@@ -1,1 +1,2 @@\u{1B}[0m\n"
            + "\u{1B}[31m-one two\u{1B}[0m\n"
            + "\u{1B}[32m+one\u{1B}[0m\n"
            + "\u{1B}[32m+two\u{1B}[0m\n")
    }

    func testOldSideWithoutFinalNewline() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "t.txt", original: "a\nb\nc", cleaned: "a\nb\nc\n", attributions: []
        )
        XCTAssertEqual(output, """
            --- a/t.txt
            +++ b/t.txt
            @@ -1,3 +1,3 @@
             a
             b
            -c
            \\ No newline at end of file
            +c

            """)
    }

    func testNewSideWithoutFinalNewline() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "t.txt", original: "a\n", cleaned: "a", attributions: []
        )
        XCTAssertEqual(output, "--- a/t.txt\n+++ b/t.txt\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file\n")
    }

    func testBothSidesWithoutFinalNewlineShareTheMarkerOnContext() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "t.txt", original: "a\nb\nc", cleaned: "A\nb\nc", attributions: []
        )
        XCTAssertEqual(output, "--- a/t.txt\n+++ b/t.txt\n@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n\\ No newline at end of file\n")
    }

    func testBothSidesWithoutFinalNewlineChangingTheLastLine() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "t.txt", original: "a\nb", cleaned: "a\nB", attributions: []
        )
        XCTAssertEqual(output, "--- a/t.txt\n+++ b/t.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n")
    }

    func testPureInsertionHunkIsAttributedByTheNeighbouringLines() {
        let output = UnifiedDiffRenderer(color: false, context: 0).render(
            path: "t.txt", original: "a\nb\nc\nd\n", cleaned: "a\nb\nX\nc\nd\n",
            attributions: [
                DiffAttribution(ruleID: "insert-separator", originalLines: 3...3),
                DiffAttribution(ruleID: "first-line-rule", originalLines: 1...1),
                DiffAttribution(ruleID: "line-before-rule", originalLines: 2...2),
                DiffAttribution(ruleID: "last-line-rule", originalLines: 4...4),
            ]
        )
        XCTAssertEqual(output, "--- a/t.txt\n+++ b/t.txt\n@@ -2,0 +3,1 @@ insert-separator, line-before-rule\n+X\n")
    }

    func testNormalizationOnlyChangeIsRendered() {
        let output = UnifiedDiffRenderer(color: false).render(
            path: "t.txt", original: "caf\u{E9}\n", cleaned: "cafe\u{301}\n",
            attributions: [DiffAttribution(ruleID: "normalize-nfd", originalLines: 1...1)]
        )
        XCTAssertEqual(Array(output.utf8), Array("--- a/t.txt\n+++ b/t.txt\n@@ -1,1 +1,1 @@ normalize-nfd\n-caf\u{E9}\n+cafe\u{301}\n".utf8))
    }
}
