import XCTest
@testable import Tidings

final class CaseConsistencyRuleTests: XCTestCase {
    func testLowercaseNameRecasedFromTheDocument() throws {
        try assertCleans("Envoy Liu Wei arrived. Talks with envoy liu wei ended.",
                         to: "Envoy Liu Wei arrived. Talks with envoy Liu Wei ended.", only: ["en.names.recase"])
    }

    func testSingleUnknownNameRecased() throws {
        try assertCleans("They met Okafor in Abuja. Later okafor spoke.", to: "They met Okafor in Abuja. Later Okafor spoke.",
                         only: ["en.names.recase"])
    }

    func testOrdinaryWordsAreNotRecased() throws {
        try assertKeeps("Bill Gates paid the bill. Will Smith said he will.", only: ["en.names.recase"])
        try assertKeeps("The Prime Minister spoke; the prime minister of Peru did not.", only: ["en.names.recase"])
        try assertKeeps("De la Cruz arrived; later de la Cruz left. Ana De la Cruz and Rafael de la Cruz met.", only: ["en.names.recase"])
        try assertKeeps("Visit Okafor’s page at example.org/okafor today.", only: ["en.names.recase"])
    }

    func testNameWrittenMoreOftenInLowercaseIsOnlySuggested() throws {
        // Twice in lower case, once as a name: maybe the document's own spelling (a tool, a handle).
        let twice = try cleaned("They met Okafor. Later okafor left, and okafor wrote.", only: ["en.names.recase"])
        assertIdentical(twice.text, "They met Okafor. Later okafor left, and okafor wrote.")
        XCTAssertEqual(twice.suggestions.map(\.after), ["Okafor", "Okafor"])
        // As often in lower case as written as a name: recased.
        try assertCleans("They met Okafor and Okafor’s aide. Later okafor left, and okafor wrote.",
                         to: "They met Okafor and Okafor’s aide. Later Okafor left, and Okafor wrote.", only: ["en.names.recase"])
        // Three times in lower case, once as a name: the document's own usage, left alone.
        try assertKeeps("They met Okafor. Later okafor left, okafor wrote and okafor spoke.", only: ["en.names.recase"])
    }

    func testOnlyOrdinaryWordsToRecaseAreLeftAlone() throws {
        // `police` is an ordinary word: `Houston Police Chief` is no reason to recase `Houston police`.
        try assertKeeps("The Houston Police Chief spoke. A Houston police officer and a Houston police sergeant were hurt.",
                        only: ["en.names.recase"])
        // A surname that is an ordinary word, where the document ends a name with it.
        try assertCleans("Critics, including Pedro Park, spoke. Later Pedro park left.",
                         to: "Critics, including Pedro Park, spoke. Later Pedro Park left.", only: ["en.names.recase"])
        // With a name among the words recased, the ordinary ones follow the document's spelling too.
        try assertCleans("The Houston Police Chief Ana Okafor spoke. Later houston police chief ana okafor left.",
                         to: "The Houston Police Chief Ana Okafor spoke. Later Houston Police Chief Ana Okafor left.", only: ["en.names.recase"])
    }

    func testAddressesWithAtAndDotInBracketsAreNoMentions() throws {
        // An e-mail address written with [at] and [dot] is no mention of a name.
        try assertKeeps("On Stocktwits, sentiment rose. Email newsroom[at]stocktwits[dot]com today.", only: ["en.names.recase"])
    }

    /// A rule file with one case-consistency rule over the built-in English lexicon: `operation`,
    /// then `fields` (YAML lines of the rule).
    private func caseConsistencyRuleFile(operation: String, fields: [String] = []) -> String {
        """
        rules:
          - id: test.case
            kind: case-consistency
            operation: \(operation)
            level: fix
            message: m
            lexicon: english-words
        \(fields.map { "    \($0)\n" }.joined())    examples:
              - in: a
                out: b
              - keep: c
        """
    }

    func testOrdinaryEndingsMarkWordsTheLexiconLacks() throws {
        func rules(_ endings: String) -> String {
            caseConsistencyRuleFile(operation: "names", fields: ["ordinary-endings: \(endings)"])
        }
        let text = "The Climatology Agency spoke. Later climatology models and okafor agreed, Okafor said."
        assertIdentical(try cleaned(text, yaml: rules("[ology]")).text, "The Climatology Agency spoke. Later climatology models and Okafor agreed, Okafor said.")
        assertIdentical(try cleaned(text, yaml: rules("[]")).text, "The Climatology Agency spoke. Later Climatology models and Okafor agreed, Okafor said.")
        XCTAssertThrowsError(try cleaned(text, yaml: rules("[Ology]")))
    }

    func testFirstNameVariantTakesTheCommonerForm() throws {
        try assertCleans("Phillip Ruiz spoke. Phillip Ruiz left. Later, Philip Ruiz returned.",
                         to: "Phillip Ruiz spoke. Phillip Ruiz left. Later, Phillip Ruiz returned.", only: ["en.names.first-name-variant"])
        // `John` is also an ordinary word (`john`), so `Jon`/`John` are never merged.
        try assertKeeps("Jon Ruiz spoke. Jon Ruiz left. Later John Ruiz returned.", only: ["en.names.first-name-variant"])
    }

    func testFirstNameVariantAcrossPossessivesAndOtherSurnames() throws {
        // `Ruiz’s` is the surname `Ruiz`; `Ana Lopez` (one first name) and `Ana Ruiz` are other people.
        try assertCleans("Phillip Ruiz’s aide spoke. Ana Lopez met Phillip Ruiz. Ana Lopez left. Later, Philip Ruiz returned.",
                         to: "Phillip Ruiz’s aide spoke. Ana Lopez met Phillip Ruiz. Ana Lopez left. Later, Phillip Ruiz returned.",
                         only: ["en.names.first-name-variant"])
        try assertKeeps("Philip Ruiz spoke. Phillip Lopez left. Philip Ruiz and Phillip Lopez met.", only: ["en.names.first-name-variant"])
    }

    func testFirstNameVariantTieTakesTheFirstFullMention() throws {
        try assertCleans("Matthew Hale (pictured).\n\nThe vote passed, said Mathew Hale.",
                         to: "Matthew Hale (pictured).\n\nThe vote passed, said Matthew Hale.", only: ["en.names.first-name-variant"])
    }

    func testTieCanBeASuggestion() throws {
        let yaml = caseConsistencyRuleFile(operation: "name-variants", fields: ["on-tie: suggest"])
        let result = try cleaned("Matthew Hale spoke. Mathew Hale left.", yaml: yaml)
        assertIdentical(result.text, "Matthew Hale spoke. Mathew Hale left.")
        XCTAssertEqual(result.suggestions.map(\.after), ["Matthew"])
    }

    func testNoNameInAChainOfThreeLowercaseWordsJoinedByHyphens() throws {
        // A slug or a chant: not even suggested.
        let text = "Minister Qin Gang came. See news-minister-qin-gang-visits; the Bom-Bom-Chick song went bom-bom-chick."
        assertIdentical(try cleaned(text, only: ["en.names.recase"], suggestions: true).text, text)
        // The same word outside a chain is recased.
        try assertCleans("Minister Qin Gang came. Later minister qin gang left.", to: "Minister Qin Gang came. Later minister Qin Gang left.", only: ["en.names.recase"])
    }

    func testAFormHyphenedToAnUnknownLowercaseWordIsOnlySuggested() throws {
        let rules = try Cleaner(only: ["en.names.recase"])
        let slug = try rules.clean("Report\n\nflorian-lejeune\nPublished\n\nFlorian Lejeune scored twice for the visitors.")
        assertIdentical(slug.text, "Report\n\nflorian-lejeune\nPublished\n\nFlorian Lejeune scored twice for the visitors.")
        XCTAssertEqual(slug.suggestions.map(\.after), ["Lejeune"])
        // A lexicon word before the hyphen, both halves recased, or a compound the document writes so: applied.
        let name = try rules.clean("Ngozi Okonjo and Wu Hao spoke. Later the pro-okonjo camp cheered the wu-hao plan.")
        assertIdentical(name.text, "Ngozi Okonjo and Wu Hao spoke. Later the pro-Okonjo camp cheered the Wu-Hao plan.")
        XCTAssertEqual(name.suggestions.count, 0)
        let korean = try rules.clean("President Yoon Suk-yeol spoke. Later Yoon suk-yeol left.")
        assertIdentical(korean.text, "President Yoon Suk-yeol spoke. Later Yoon Suk-yeol left.")
    }

    func testDifferentPeopleAreKept() throws {
        try assertKeeps("Mark Lee met Marko Lee. Joan Ruiz and John Ruiz came; Jon Ortiz and John Ortiz are brothers.",
                        only: ["en.names.first-name-variant"])
    }

    func testSentenceStartCapitalized() throws {
        try assertCleans("Talks ended on Monday. the envoys left.\n\nboth sides agreed.",
                         to: "Talks ended on Monday. The envoys left.\n\nBoth sides agreed.", only: ["en.names.sentence-start"])
        // A paragraph after one ending in a lowercase word continues its sentence.
        try assertKeeps("The vote went to the leader of the\n\nones who stayed in the party.", only: ["en.names.sentence-start"])
        // An indented paragraph too, so that cleaning the output again (indentation gone) changes nothing.
        try assertCleans("Talks ended.\n\n  both sides agreed on Monday.", to: "Talks ended.\n\n  Both sides agreed on Monday.",
                         only: ["en.names.sentence-start"])
    }

    func testSentenceStartUsesTheDocumentLocale() throws {
        let rules = try Cleaner(only: ["en.names.sentence-start"])
        let result = try rules.clean("Done.\n\nistanbul is big.", options: CleanOptions(locale: "tr"))
        // `istanbul` is not in the lexicon; a lexicon word shows the Turkish dotted capital İ.
        assertIdentical(result.text, "Done.\n\nistanbul is big.")
        let turkish = try rules.clean("Done.\n\nit is big.", options: CleanOptions(locale: "tr"))
        assertIdentical(turkish.text, "Done.\n\nİt is big.")
    }

    func testAFiniteVerbOutsideAQuestionIsOnlySuggested() throws {
        let rules = try Cleaner(only: ["en.names.sentence-start"])
        let stray = try rules.clean("The small seat place. is one of the hardest to book. it opened in May.")
        assertIdentical(stray.text, "The small seat place. is one of the hardest to book. It opened in May.")
        XCTAssertEqual(stray.suggestions.map(\.after), ["Is"])
        let question = try rules.clean("The talks ended. is it over? Nobody knows.")
        assertIdentical(question.text, "The talks ended. Is it over? Nobody knows.")
        XCTAssertEqual(question.suggestions.count, 0)
    }

    func testAWordThatSeldomOpensASentenceIsOnlySuggested() throws {
        // Translation inserts periods (`relations. big engine`); a paragraph's first word is capitalized anyway.
        let result = try cleaned("It strengthens bilateral relations. big engine. The talks ended. the ministers left.\n\nbig changes came.",
                                 only: ["en.names.sentence-start"])
        assertIdentical(result.text, "It strengthens bilateral relations. big engine. The talks ended. The ministers left.\n\nBig changes came.")
        XCTAssertEqual(result.suggestions.map(\.after), ["Big"])
    }

    func testACompoundOfOrdinaryWordsCapitalizedOnceIsOnlySuggested() throws {
        // `Photobook` on a slogan line is no evidence enough that `photobook` is a name.
        try assertSuggests("Her first Photobook!\n\nShe released her very first photobook in May.",
                           to: "Her first Photobook!\n\nShe released her very first Photobook in May.", only: ["en.names.recase"])
    }

    func testACapitalAfterAnotherScriptIsNoNameEvidence() throws {
        try assertKeeps("Ah daebak ㅋㅋㅋ so good.\n\nㅋㅋ Daebak! She is back.", only: ["en.names.recase"])
    }

    func testAWordAfterAnArticleOrANumberIsACommonNoun() throws {
        // `Garda Commissioner` and `Garda Nick Keogh` are names; `a garda` is an officer.
        let text = "Garda Commissioner Drew Harris, Garda Nick Keogh and Garda Ann Lee spoke. He was misled by a garda."
        try assertKeeps(text, only: ["en.names.recase"])
        try assertCleans("Garda Commissioner Drew Harris spoke. The garda commissioner left.",
                         to: "Garda Commissioner Drew Harris spoke. The Garda Commissioner left.", only: ["en.names.recase"])
    }

    func testADropCapIsJoinedToTheRestOfItsWord() throws {
        // Set as a paragraph of its own, or before one space: joined when the two make a word.
        try assertCleans("The talks.\n\nP\n\nresident Joko Widodo spoke.\n\nS ince then, T he envoy left.",
                         to: "The talks.\n\nPresident Joko Widodo spoke.\n\nSince then, T he envoy left.",
                         only: ["en.names.sentence-start"])
        // The document's capitalized words count as words (`J⏎⏎akarta` beside `Jakarta`).
        try assertCleans("Jakarta police said so.\n\nJ\n\nakarta was calm.", to: "Jakarta police said so.\n\nJakarta was calm.",
                         only: ["en.names.sentence-start"])
        // No word made (`T cells`), a letter that is a word (`A`, `I`, `O`), letter-spaced text.
        try assertKeeps("T cells rose.\n\nA\n\nman came.\n\nI\n\nam here.\n\nB e f o r e the talks.\n\nP\n\nxq was here.",
                        only: ["en.names.sentence-start"])
    }

    func testLegalCitationAbbreviationsKept() throws {
        try assertKeeps("700 S.E.2d 23 (2010), pet. for writ allowed; cert. denied, 5 F. Supp. at 4, and vol. two.",
                        only: ["en.names.sentence-start"])
    }

    func testCapitalsInMidSentenceLowercased() throws {
        try assertCleans("Talks resumed in The summer; It can be long, and the crisis that They feared grew.",
                         to: "Talks resumed in the summer; it can be long, and the crisis that they feared grew.",
                         only: ["en.names.capital-mid-sentence"])
        // Used so twice, the capital is the writer's: a title (the novel `We`).
        try assertKeeps("The novel We inspired Orwell, who read We in French.", only: ["en.names.capital-mid-sentence"])
        try assertKeeps("He read The Guardian. Ocean It is, said Liu He, and “Yes,” She said.", only: ["en.names.capital-*"])
        // He, his and her only suggested (capitals for God are a writer's choice).
        let pronoun = try cleaned("While you are at it, He says, fill the boat.", only: ["en.names.capital-pronoun-mid-sentence"])
        assertIdentical(pronoun.text, "While you are at it, He says, fill the boat.")
        XCTAssertEqual(pronoun.suggestions.map(\.after), ["he"])
        // He, His, Him and Her counted together: twice in a document, capitals for God.
        try assertKeeps("God loves us so much that He gave up His Son.", only: ["en.names.capital-pronoun-mid-sentence"])
    }

    func testCapitalsAfterAVerseNumberOrInScriptureAreKept() throws {
        // A number opening its line, then `;` or `,`: a verse or list number, not mid-sentence.
        try assertKeeps("5; Guide us in the Straight Path,\n6; The path of those who stay;\n  7, These are guided.",
                        only: ["en.names.capital-mid-sentence"])
        try assertCleans("In 2019; The talks ended.", to: "In 2019; the talks ended.", only: ["en.names.capital-mid-sentence"])
        // A document writing `Thee` or `Thy` in mid-sentence capitalizes deliberately.
        try assertKeeps("We serve Thee alone, and spend of what We have given them; It is The way.",
                        only: ["en.names.capital-*"])
        try assertCleans("Thee, O Lord.\nThey spend of what We have given them.", to: "Thee, O Lord.\nThey spend of what we have given them.",
                         only: ["en.names.capital-mid-sentence"])
    }

    func testMidSentenceCapitalsNeedsItsWordSet() {
        let yaml = caseConsistencyRuleFile(operation: "mid-sentence-capitals")
        XCTAssertThrowsError(try cleaned("x", yaml: yaml)) { error in
            XCTAssertTrue("\(error)".contains("needs 'capitals'"), "\(error)")
        }
    }

    func testAbbreviationsAndMixedCaseKept() throws {
        try assertKeeps("It began at 8 p.m. local time with pens etc. and Microsoft Corp. co-founders.", only: ["en.names.sentence-start"])
        try assertKeeps("iPhone sales rose. eBay fell. Sino-US ties, win-win, COVID-19.", only: ["en.names.sentence-start"])
    }

    func testParagraphAfterOneEndingInACapitalOrDigitIsOnlySuggested() throws {
        // A page may split a sentence after an acronym (`the BJP⏎⏎returned to power`).
        try assertSuggests("Leaders on Monday said that the BJP\n\nreturned to power in the state, they said.",
                           to: "Leaders on Monday said that the BJP\n\nReturned to power in the state, they said.",
                           only: ["en.names.sentence-start"])
    }

    func testParagraphAfterAQuotedPhraseWithoutSentenceEndContinues() throws {
        // `a⏎⏎"May Pact"⏎⏎with ten points`: no sentence ends inside the quoted phrase.
        try assertKeeps("Governors will sign a\n\n\"May Pact\"\n\nwith ten economic points.", only: ["en.names.sentence-start"])
        try assertCleans("He said: “We won the vote.”\n\nthe crowd cheered.", to: "He said: “We won the vote.”\n\nThe crowd cheered.",
                         only: ["en.names.sentence-start"])
    }

}
