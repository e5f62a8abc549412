import XCTest
@testable import Tidings

final class SplitMergedRuleTests: XCTestCase {
    private let merged = ["en.merged.*"]

    func testReportingVerbAfterAnOpenQuoteClosesIt() throws {
        try assertCleans("Ruiz spoke. “We need more buses this wintersaid Deputy Mayor Ruiz.",
                         to: "Ruiz spoke. “We need more buses this winter,” said Deputy Mayor Ruiz.", only: merged)
    }

    func testQuoteClosedLaterInTheParagraphIsLeftOpen() throws {
        try assertCleans("“We wait until the workerssaid it,” Ruiz said.", to: "“We wait until the workers said it,” Ruiz said.", only: merged)
    }

    func testInvertedReportingClauseGetsAComma() throws {
        try assertCleans("The vote took nine hoursreported observers at the hall.",
                         to: "The vote took nine hours, reported observers at the hall.", only: merged)
    }

    func testSubjectBeforeReportingVerbGetsASpace() throws {
        try assertCleans("Ruiz came. The ministersaid the plan works.", to: "Ruiz came. The minister said the plan works.", only: merged)
    }

    func testDocumentNameGluedToAppositiveAttribution() throws {
        try assertCleans("Kemal Ayhan left. The order came from Kemal Ayhanthe Interior Ministry said.",
                         to: "Kemal Ayhan left. The order came from Kemal Ayhan, the Interior Ministry said.", only: merged)
    }

    func testDocumentNameGluedToFunctionWord() throws {
        try assertCleans("Ayhan spoke. Then Ayhanand his aides left.", to: "Ayhan spoke. Then Ayhan and his aides left.", only: merged)
    }

    func testTokenEndingOutsideASCIIIsNotSplitBeforeAnASCIIWord() throws {
        // No word of the right-hand sets ends in `é`; a split word ending in `the` still splits.
        try assertKeeps("The talks resumed at the consulaté in Lima.", only: merged)
        try assertCleans("Prices rose sharplyand wages fell at the café.", to: "Prices rose sharply and wages fell at the café.", only: merged)
    }

    func testPossessiveLeftHalfAndATokenEndingTheText() throws {
        // `Ayhan’ssaid` is cut on its bytes: the right half comes after the `’`, the left keeps it.
        try assertCleans("Ayhan’s car left. Ayhan’ssaid nothing.", to: "Ayhan’s car left. Ayhan’s said nothing.", only: merged)
        try assertCleans("Ayhan’s car left. Ayhan’sand his aides left.", to: "Ayhan’s car left. Ayhan’s and his aides left.", only: merged)
        try assertCleans("Prices rose and wages fell sharplyand", to: "Prices rose and wages fell sharply and", only: merged)
        // A lowercase possessive is no lexicon word; a right half never spans the `’`.
        try assertKeeps("The minister’ssaid it, and the Ayhan’s’said too.", only: merged)
    }

    func testTokensWithOtherScalarsSplitByCharacters() throws {
        // Cut by characters: a precomposed and a decomposed accent in the left half, then an ASCII right half.
        try assertCleans("Vera Dvořák arrived. Later Dvořáksaid no.", to: "Vera Dvořák arrived. Later Dvořák said no.", only: merged)
        try assertCleans("Zoe\u{308} arrived. Later Zoe\u{308}said no.", to: "Zoe\u{308} arrived. Later Zoe\u{308} said no.", only: merged)
        // A right half spanning a non-ASCII letter matches no word: `saiđ` and `sáid` stay.
        try assertKeeps("Vera Dvořák arrived. Later Dvořáksaiđ and Dvořáksáid no.", only: merged)
    }

    func testLatin1TokensSplitOnTheirBytes() throws {
        try assertCleans("Zürich voted. Later Zürichsaid no.", to: "Zürich voted. Later Zürich said no.", only: merged)
        try assertCleans("The cafésaid it was closed and the caféthe owners ran.",
                         to: "The café said it was closed and the café the owners ran.", only: merged)
        // A right half holding a Latin-1 letter matches no word; a left half no document form stays.
        try assertKeeps("Zürich voted. Later ZürichsaÏd no, and Ændersaid nothing.", only: merged)
    }

    func testLastUnitsOfTheRightWords() {
        let units = SplitMergedRule.lastUnits(WordSet(name: "v", words: ["SAID", "its", "\u{7F}"], caseInsensitive: true))
        XCTAssertEqual((0..<0x80).filter { units.contains(UInt8($0)) }, [0x64, 0x73, 0x7F])
        let exact = SplitMergedRule.lastUnits(WordSet(name: "v", words: ["SAID", "a\u{0}"]))
        XCTAssertEqual((0..<0x80).filter { exact.contains(UInt8($0)) }, [0x00, 0x44])
    }

    func testCandidatesAreTheLongDigitFreeTokensByMode() {
        let words = Document("Ayhan saw Ayhan’s van, B2B deals and tradePolicy deals in Zürich; oh.").words
        // Words: Ayhan saw Ayhan’s van B2B deals and tradePolicy deals in Zürich oh (0…11).
        let candidates = SplitMergedRule.candidates(in: words, minimumLeft: 2)
        // Once, more than two characters, no digit: Ayhan, saw, Ayhan’s, van, and, tradePolicy, Zürich.
        XCTAssertEqual(candidates[0], [0, 1, 2, 3, 6, 7, 10])
        // Letters only, with a seam when ASCII, however often: tradePolicy, Zürich.
        XCTAssertEqual(candidates[1], [7, 10])
        XCTAssertEqual(SplitMergedRule.candidates(in: words, minimumLeft: 3)[0], [0, 2, 7, 10])
    }

    func testCapitalizedTokenWithoutDocumentNameStays() throws {
        // `Jon` is a lexicon name but the document never uses it on its own.
        try assertKeeps("Jonas and Malia met Theresa.", only: merged)
    }

    func testShortFunctionWordIsOnlySuggested() throws {
        let result = try cleaned("Crowds gatheredin the square.", only: merged)
        assertIdentical(result.text, "Crowds gatheredin the square.")
        XCTAssertEqual(result.suggestions.map(\.after), ["gathered in"])
        XCTAssertEqual(result.suggestions.map(\.ruleID), ["en.merged.short-function-word"])
    }

    func testGluedChromeGoesOntoItsOwnLineAndIsDropped() throws {
        try assertCleans("Fishing is a threat to coastal securityLanguages —\n",
                         to: "Fishing is a threat to coastal security\n", only: ["en.merged.glued-chrome", "chrome.languages-menu"])
    }

    func testCamelCaseSplitIsASuggestion() throws {
        let result = try cleaned(multiUnitPrefix + "Talks on tradePolicy ended.", only: merged, suggestions: true)
        assertIdentical(result.text, multiUnitPrefix + "Talks on trade Policy ended.")
    }

    func testNameGluedToANameTheDocumentWritesAloneIsSplit() throws {
        try assertCleans("Loesser and Richard Lugar spoke.\nFrank LoesserRichard Lugar, former senator.",
                         to: "Loesser and Richard Lugar spoke.\nFrank Loesser Richard Lugar, former senator.", only: merged)
    }

    func testNameBoundaryWithoutTheRightNameAloneIsOnlySuggested() throws {
        try assertSuggests("Former governor of Puerto RicoTyrone Thompson, assemblyman.",
                           to: "Former governor of Puerto Rico Tyrone Thompson, assemblyman.", only: merged)
    }

    func testNameGluedToACapitalizedWordIsOnlySuggested() throws {
        try assertSuggests("Diego Maradona left.\n\nDiego MaradonaPrior to the match, he spoke.",
                           to: "Diego Maradona left.\n\nDiego Maradona Prior to the match, he spoke.", only: merged)
    }

    func testNameBoundaryNeedsACapitalizedWordBeforeThatIsNoTitle() throws {
        for text in ["Beth and Mary came; the singer MaryBeth Smith too.", "Beth and Mary came; Dr MaryBeth Smith too.",
                     "Beth and Mary came; then MaryBeth left."] {
            let result = try cleaned(text, only: merged, suggestions: true)
            assertIdentical(result.text, text)
        }
    }

    func testNameBoundaryKeepsFormsTheDocumentRepeats() throws {
        let text = "Exxon and Mobil merged as ExxonMobil Corp. Shares of ExxonMobil Corp rose."
        let result = try cleaned(text, only: merged, suggestions: true)
        assertIdentical(result.text, text)
    }

    func testTokensInAnUntranslatedPassageStay() throws {
        // Of the lowercase words around `protestas` most are no English words: a Spanish passage.
        let spanish = "Dijo que no iba a ceder por las protestas sociales que hay en Lima."
        assertIdentical(try cleaned(spanish, only: merged, suggestions: true).text, spanish)
        // Around `waitedin` they are English; fewer than four lowercase words are no evidence either way.
        try assertCleans("The crowd waitedin the rain for hours.", to: "The crowd waited in the rain for hours.",
                         only: merged, suggestions: true)
        try assertCleans("Las Vegas waitedin Lima.", to: "Las Vegas waited in Lima.", only: merged, suggestions: true)
    }

    func testWordsGluedToANumberSplitWhereCertain() throws {
        // A number after a word of `before-number`, or before a word; a percentage after a word.
        try assertCleans("The Covid-19pandemic began on March11, 2020 and lasted than700 days.",
                         to: "The Covid-19 pandemic began on March 11, 2020 and lasted than 700 days.", only: merged)
        try assertCleans("In the Dominican Republic73% voted and 1,250people left.",
                         to: "In the Dominican Republic 73% voted and 1,250 people left.", only: merged)
        // A number's ending stays with it when only that reading is a split.
        try assertCleans("In the 21stcentury the 10kmrace grew and the G-20said so in 2023reported talks.",
                         to: "In the 21st century the 10km race grew and the G-20 said so in 2023 reported talks.", only: merged)
    }

    func testWordsGluedToANumberAreSuggestedWhenUnsure() throws {
        // A capitalized word before a number of two digits or more may be a name (`Studio54`);
        // `1990sand` reads as `1990 sand` or `1990s and`.
        let suggestions = try assertSuggests("The Studio54 club opened in the 1990sand closed.",
                                             to: "The Studio 54 club opened in the 1990s and closed.", only: merged)
        XCTAssertEqual(suggestions.map(\.after), ["Studio 54", "1990s and"])
    }

    func testNumbersWrittenWithLettersStay() throws {
        // Acronyms, codes, lowercase words with version numbers, units, footnote and affiliation marks,
        // forms the document repeats, and addresses.
        try assertKeeps("COVID19, MH370, A320, H1N1, G7, mp3, base64, python3, 4x4, 5pm, 10km, 1990s, 2nd, 10fold.", only: merged)
        try assertKeeps("Neanderthals reached Siberia2 and the Caucasus2,7 (Jie Liu1, Xiao Zhang1,3).", only: merged)
        try assertKeeps("Cloud9 won. Cloud9 lost. The 5star hotel had 5star food.", only: merged)
        try assertKeeps("Mail since2020@example.org or see example.com/news/september13.", only: merged)
    }

    func testClippedWordsAndCodeIdentifiersStay() throws {
        // `rockin` is `rocking` without its g; `mediaTypes:` and `.userAgent` are code.
        try assertKeeps("Keep on rockin in the free world, talkin and burnin daylight.", only: merged)
        try assertKeeps("Set mediaTypes: {banner: 1} and navigator.userAgent in the script.", only: merged)
        try assertCleans("The new coach of the team is theInter Miami star.", to: "The new coach of the team is the Inter Miami star.",
                         only: merged, suggestions: true)
    }

    func testNameTheDocumentWritesGluedToAWord() throws {
        // After a first name, a name the document writes alone, glued to a word of five letters or more, or to `is`.
        try assertCleans("Dina Boluarte spoke. The president, Dina Boluartefaces a vote; Sergio Massa and Sergio Massais too.",
                         to: "Dina Boluarte spoke. The president, Dina Boluarte faces a vote; Sergio Massa and Sergio Massa is too.", only: merged)
        // Without a capitalized word before, or with a four-letter word, only suggested; a company name
        // formed from a name (`Petrobras` beside `Petro`) or a lexicon word on the left stays.
        try assertSuggests("Messi scored. He recalled Messimaking his debut. Petro met Petrobras and Holland met Hollandaise.",
                           to: "Messi scored. He recalled Messi making his debut. Petro met Petrobras and Holland met Hollandaise.",
                           only: merged)
    }

    func testFunctionWordGluedToTheWordAfterIt() throws {
        try assertCleans("Trials went on withplans made at thestart; there was nodifference, and thelikelihood fell.",
                         to: "Trials went on with plans made at the start; there was no difference, and the likelihood fell.", only: merged)
        // Another reading (`a resolution`, `are solution`), a short right half (`to war`), compounds
        // whose left is no word of the set (`wearable`, `onscreen`), and a passage in another language stay.
        let kept = "The NA passed aresolution; towar, totoo; the wearable onscreen. Sua nossa senhora thelogo aparece toda vez."
        assertIdentical(try cleaned(kept, only: merged, suggestions: true).text, kept)
    }

    func testWordGluedToAMonthOrDay() throws {
        // A lexicon word, capitalized or not, even one with a letter outside ASCII before the seam.
        try assertCleans("Talks resumed OnDecember 3, lastMonday and at the caféMonday.",
                         to: "Talks resumed On December 3, last Monday and at the café Monday.", only: ["en.merged.before-date"])
        // Two seams, a month followed by more, a left half the lexicon lacks.
        try assertKeeps("The caféOnMonday, MarchMadness, CyberMonday and iPhone stay.", only: ["en.merged.before-date"])
    }

    func testLeftWordModeNeedsItsWordSet() {
        XCTAssertThrowsError(try cleaned("x", yaml: splitMergedRuleFile(fields: ["mode: left-word"]))) { error in
            XCTAssertTrue("\(error)".contains("mode left-word needs a 'left' word set"), "\(error)")
        }
    }

    func testCapitalizedTokensWithAKeptEndingStay() throws {
        let text = "The Argentine envoy met the Argentinean staff and Chef Josean Alija."
        assertIdentical(try cleaned(text, only: merged, suggestions: true).text, text)
    }

    func testCleanTextIsKept() throws {
        try assertKeeps("iPhone, eBay, McDonald’s, YouTube and PowerPoint; de la Cruz; COVID-19; Sino-US; win-win.", only: merged)
        try assertKeeps("The minister said the talks, understated and unsaid, would go on.", only: merged)
        try assertKeeps("Write to pressreleases@example.org or see https://example.com/timesaid and #Ayhanthe.", only: merged)
        try assertKeeps("The G20said summit and the B52s stay.", only: merged)
        try assertKeeps("Ayhanthe spoke. Ayhanthe left.", only: merged)
    }

    /// A rule file with one split-merged rule over the built-in English lexicon, with `fields`
    /// (YAML lines of the rule) after the common ones and `sets` (YAML lines under `sets:`), if any.
    private func splitMergedRuleFile(fields: [String], sets: [String] = []) -> String {
        let setLines = sets.isEmpty ? "" : "sets:\n" + sets.map { "  \($0)\n" }.joined()
        return setLines + """
        rules:
          - id: test.split
            kind: split-merged
            level: fix
            message: Glued words split
            lexicon: english-words
        \(fields.map { "    \($0)\n" }.joined())    examples:
              - in: x
                out: y
              - keep: z
        """
    }

    func testRuleFromYAMLValidatesItsFields() {
        let yaml = splitMergedRuleFile(fields: ["attribution-insert: \", \"", "right: reporting-verbs"])
        XCTAssertThrowsError(try cleaned("x", yaml: yaml)) { error in
            XCTAssertTrue("\(error)".contains("'attribution-insert' and 'attribution-verbs' go together"), "\(error)")
            XCTAssertTrue("\(error)".contains("test.yaml"), "\(error)")
        }
    }

    func testCustomInsertFromYAML() throws {
        let yaml = splitMergedRuleFile(fields: ["right: reporting-verbs", "insert: \" — \""])
        assertIdentical(try cleaned(multiUnitPrefix + "The workerssaid nothing.", yaml: yaml).text, multiUnitPrefix + "The workers — said nothing.")
    }

    func testRightWordsMatchByCanonicalEquivalenceAndIgnoredCase() throws {
        // In a case-insensitive set `GAVE` matches `gave` and `\u{212A}EPT` (a Kelvin sign) matches
        // `kept`; `sne\u{301}` (a decomposed `é`) matches no ASCII right half.
        let yaml = splitMergedRuleFile(fields: ["right: verbs"],
                                       sets: ["verbs: {words: [GAVE, \"\u{212A}EPT\", \"sne\u{301}\"], case-insensitive: true}"])
        assertIdentical(try cleaned("The workersgave nothing.", yaml: yaml).text, "The workers gave nothing.")
        assertIdentical(try cleaned("The workerskept nothing.", yaml: yaml).text, "The workers kept nothing.")
        assertIdentical(try cleaned("The workerssne nothing.", yaml: yaml).text, "The workerssne nothing.")
    }

    func testASCIITableHoldsTheASCIISpellingsOfTheRightWords() {
        let table = SplitMergedRule.asciiTable(WordSet(name: "v", words: ["GAVE", "ate\u{1FEF}", "sn\u{E9}"], caseInsensitive: true))
        func isMember(_ word: String) -> Bool {
            Array(word.utf8).withUnsafeBufferPointer { SplitMergedRule.isLowercaseMember($0, of: table) }
        }
        XCTAssertTrue(isMember("gave"))
        XCTAssertTrue(isMember("ate`"))
        XCTAssertFalse(isMember("GAVE"))
        XCTAssertFalse(isMember("Gave"))
        XCTAssertFalse(isMember("sne"))
        XCTAssertFalse(isMember("gav"))
        XCTAssertFalse(isMember("``"))
    }
}
