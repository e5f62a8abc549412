import XCTest
@testable import Tidings

final class MojibakeRuleTests: XCTestCase {
    private let rules = ["unicode.mojibake", "unicode.c1-controls"]

    func testRepairsWindows1252MojibakeInManyScripts() throws {
        try UnicodeRuleTesting.assertCleans([
            ("Le prÃ©sident sâ€™est rendu Ã  BesanÃ§on.", "Le président s’est rendu à Besançon."),
            ("Die StraÃŸenbahn in DÃ¼sseldorf fÃ¤llt aus.", "Die Straßenbahn in Düsseldorf fällt aus."),
            ("Â¿CuÃ¡nto costarÃ¡ la reforma? Â¡QuÃ© vergÃ¼enza!", "¿Cuánto costará la reforma? ¡Qué vergüenza!"),
            ("A inflaÃ§Ã£o em SÃ£o Paulo subiu.", "A inflação em São Paulo subiu."),
            ("ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„.", "Zażółć gęślą jaźń."),
            ("Ä°stanbulâ€™da ÅŸiddetli yaÄŸÄ±ÅŸ.", "İstanbul’da şiddetli yağış."),
            ("ÎŸ ÎºÎ±Î¹Ï\u{81}ÏŒÏ‚ ÏƒÏ„Î·Î½ Î‘Î¸Î®Î½Î±.", "Ο καιρός στην Αθήνα."),
            ("Ð’ Ð¡Ð¾Ñ‡Ð¸ Ð²Ñ‹Ð¿Ð°Ð» Ñ\u{81}Ð½ÐµÐ³.", "В Сочи выпал снег."),
            ("å¤–äº¤éƒ¨å\u{8F}‘è¨€äºº", "外交部发言人"),
            ("æ\u{9D}±äº¬ã\u{81}§é–‹ã\u{81}‹ã‚Œã\u{81}Ÿ", "東京で開かれた"),
            ("ì„œìš¸ì—\u{90}ì„œ", "서울에서"),
            ("Great meeting ðŸ¤\u{9D}ðŸ‡ºðŸ‡¸ ðŸ‘\u{8F}ðŸ\u{8F}½", "Great meeting 🤝🇺🇸 👏🏽"),
            ("Family ðŸ‘¨â€\u{8D}ðŸ‘©â€\u{8D}ðŸ‘§", "Family 👨\u{200D}👩\u{200D}👧"),
        ], only: rules)
    }

    func testRepairsLatin1MojibakeWithC1Controls() throws {
        try UnicodeRuleTesting.assertCleans([
            ("it\u{E2}\u{80}\u{99}s caf\u{C3}\u{A9}", "it’s café"),
            ("\u{D0}\u{9C}\u{D0}\u{BE}\u{D1}\u{81}\u{D0}\u{BA}\u{D0}\u{B2}\u{D0}\u{B0}", "Москва"),
            ("\u{CF}\u{81}\u{CE}\u{B5}", "ρε"),
            ("\u{E3}\u{81}\u{A0}", "だ"),
        ], only: rules)
    }

    func testRepairsTwoAndThreeLayers() throws {
        try UnicodeRuleTesting.assertCleans([
            ("itÃ¢â‚¬â„¢s", "it’s"),
            ("cafÃƒÂ©", "café"),
            ("ÃŽâ€”", "Η"),
            ("cafÃƒÆ’Ã‚Â©", "café"),
            ("ÃƒÂ\u{81}gua", "Água"),
        ], only: rules)
    }

    func testRepairsOnlyTheDamagedWords() throws {
        let result = try UnicodeRuleTesting.clean("Zürich, cafÃ© and naïve crème brÃ»lÃ©e.", only: rules)
        XCTAssertTrue(result.text.isIdentical(to: "Zürich, café and naïve crème brûlée."), result.text)
        XCTAssertEqual(result.applied.map(\.before), ["Ã©", "Ã»", "Ã©"])
        XCTAssertEqual(result.applied.map(\.ruleID), ["unicode.mojibake", "unicode.mojibake", "unicode.mojibake"])
    }

    func testRestoresNoBreakSpacesThatBecameSpaces() throws {
        try UnicodeRuleTesting.assertCleans([
            ("5,2Â % en mars", "5,2\u{A0}% en mars"),
            ("voilÃ  tout", "voilà tout"),
            ("Ã  Paris", "à Paris"),
            ("Ð Ð¾Ñ\u{81}Ñ\u{81}Ñ‚Ð°Ñ‚", "Росстат"),
        ], only: rules)
    }

    func testRepairsLostNoBreakSpacesAroundFrenchAndPortugueseA() throws {
        try UnicodeRuleTesting.assertCleans([
            ("Ã partir de lundi, jusqu'Ã demain", "à partir de lundi, jusqu'à demain"),  // byte A0 and the word space collapsed
            ("dedicada Ã s famÃ­lias e Ã quele grupo", "dedicada às famílias e àquele grupo"),  // Portuguese contractions
        ], only: rules)
    }

    func testRepairsDamageInsideWordsOfOtherScriptsAndSymbols() throws {
        try UnicodeRuleTesting.assertCleans([
            ("RÄ«ga and ZURÃœCK", "Rīga and ZURÜCK"),
            ("the IL6RÎ±cKO mice and 5 Î¼g doses", "the IL6RαcKO mice and 5 μg doses"),
            ("was $Ì¶9Ì¶9Ì¶ now", "was $̶9̶9̶ now"),
            ("lost ï¿½ byte and â\u{9D}¤ and âœ” done", "lost � byte and ❤ and ✔ done"),
            ("l’Ã©quipe de l’Ã©tat", "l’équipe de l’état"),
        ], only: rules)
    }

    func testLeavesHopelessGarbleAlone() throws {
        // Repairing pieces of this would create new misread sequences with their neighbours, round after round.
        try UnicodeRuleTesting.assertKeeps(["ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡"], only: ["unicode.mojibake"])
    }

    func testWeakEvidenceRepairsOnlyBesideStrongEvidence() throws {
        // "Î—" alone could be a capital I with a circumflex and a dash; next to clear damage it is Η.
        try UnicodeRuleTesting.assertKeeps(["Î— is odd."], only: ["unicode.mojibake"])
        try UnicodeRuleTesting.assertCleans([("Î— Î¿Î¹ÎºÎ¿Î½Î¿Î¼Î¯Î±", "Η οικονομία")], only: rules)
    }

    func testKeepsCorrectTextInManyScripts() throws {
        try UnicodeRuleTesting.assertKeeps([
            "Ça coûte cher à Zürich; naïve São Paulo, Ångström, déjà vu, crème brûlée.",
            "SÃO PAULO — NÃO, IRMÃ, CORAÇÃO; ESPAÑA Y MÉXICO; À PARIS, L’ÉTÉ.",
            "„Spaß“, „Gruß“ und „Fuß“ — sagte er. Größere Änderungen, Öl, Über.",
            "CAFÉ… NESCAFÉ® “IRMÔ, “OLÉ”, Ç’ka ndodhi? café…” and so on.",
            "Zażółć gęślą jaźń; Příliš žluťoučký kůň; Árvíztűrő tükörfúrógép; İstanbul’da şiddetli.",
            "Ελλάδα: «Η οικονομία αναπτύχθηκε». Москва — «Мы готовы». Київ, Україна.",
            "外交部发言人表示：“中美关系。” 東京で開かれた会議（サミット）。 서울에서 열린 회의.",
            "Emoji 🤝🇺🇸🇨🇳 👏🏽 👨‍👩‍👧‍👦 ❤️ ✅ ☕ 📈 🏳️‍🌈.",
            "Prices: £350, ¥1,200, €4.2, ½ point ± 0.1, 45 °C, © 2024, § 3, ™, 2×3.",
            "Bộ trưởng cho biết Việt Nam sẵn sàng hợp tác. Þetta er mjög mikilvægt fyrir Ísland.",
            "Ærø og Fanø; Ministrul a declarat că situația este sub control în București.",
        ], only: rules)
    }

    func testKeepsTextThatOnlyLooksLikeMojibake() throws {
        try UnicodeRuleTesting.assertKeeps([
            "Offering 3×£20 tickets, 2×½ cups, 4288×…",                // × before a symbol is arithmetic
            "S A Ã O   P A U L O and C O N C L U S Ã O",               // spaced-out capitals
            "GÄ£ÄM ÑÝÄ ÌÑÌ, the caps stay caps",                        // leetspeak in capitals
            "pra lá´´ and ``aí´´",                                       // acute accents as quotation marks
            "NESTLÉ® and NESCAFÉ®, VOCÊ…, MARQUÉ…, QUEM É¿, SÓ…",
            "SELKÄ\u{A0}EDELLÄ\u{A0}MAAHAN, Āø, ∆°, (-1/2)! = √π, ├┤a┼┐a",
            "Con il corpo ammaccato,\u{A0}è come se; L’épisode 8; Ôôô VIDA",
        ], only: rules)
    }

    func testStrayC1ControlsBecomeWindows1252Characters() throws {
        let result = try UnicodeRuleTesting.clean("don\u{92}t say \u{93}never\u{94}\u{85} a\u{81}b", only: ["unicode.c1-controls"])
        XCTAssertTrue(result.text.isIdentical(to: "don’t say “never”… ab"), result.text)
        XCTAssertEqual(result.applied.last?.message, "C1 control character removed (undefined in Windows-1252)")
    }

    func testC1ControlsInsideMojibakeAreLeftToTheMojibakeRepair() throws {
        let result = try UnicodeRuleTesting.clean("it\u{E2}\u{80}\u{99}s", only: rules)
        XCTAssertTrue(result.text.isIdentical(to: "it’s"))
        XCTAssertEqual(result.applied.map(\.ruleID), ["unicode.mojibake"])
        XCTAssertEqual(result.conflicts.count, 0)
    }

    func testWindows1252TableComesFromICU() {
        XCTAssertEqual(SloppyWindows1252.byte(for: 0x20AC), 0x80)  // €
        XCTAssertEqual(SloppyWindows1252.byte(for: 0x2019), 0x92)  // ’
        XCTAssertEqual(SloppyWindows1252.byte(for: 0x0081), 0x81)  // undefined in cp1252: the C1 control itself
        XCTAssertEqual(SloppyWindows1252.byte(for: 0x00E9), 0xE9)
        XCTAssertNil(SloppyWindows1252.byte(for: 0x0100))
        XCTAssertEqual(SloppyWindows1252.specialBytes.count, 27)
    }

    func testRepairsInTheLastParagraphAndAtTheEndOfALongText() throws {
        let plain = String(repeating: "Nothing is damaged in this sentence. ", count: 3)
        try UnicodeRuleTesting.assertCleans([
            (plain + "\n\n" + plain + "\n\nLe prÃ©sident sâ€™est rendu Ã  BesanÃ§on", plain + "\n\n" + plain + "\n\nLe président s’est rendu à Besançon"),
            (plain + "👍🏽 it\u{E2}\u{80}\u{99}s caf\u{C3}\u{A9}", plain + "👍🏽 it’s café"),
        ], only: rules)
        // A lead character as the last unit has no continuation: nothing to repair.
        try UnicodeRuleTesting.assertKeeps([plain + "Ã"], only: rules)
    }

    func testStrayC1ControlsAnywhereInALongText() throws {
        let plain = String(repeating: "plain text, ", count: 5)
        let result = try UnicodeRuleTesting.clean("\u{93}" + plain + "don\u{92}t" + plain + "\u{85}", only: ["unicode.c1-controls"])
        XCTAssertTrue(result.text.isIdentical(to: "“" + plain + "don’t" + plain + "…"), result.text)
        XCTAssertEqual(result.applied.map(\.start.utf8Offset), [0, 65, 128])
    }

    // MARK: Central European code pages

    func testRepairsUTF8ReadAsCentralEuropeanCodePages() throws {
        try UnicodeRuleTesting.assertCleans([
            // The article this came from: `ú` read as ISO-8859-16 (`ș` is 0xBA), `é` as Windows-1250 (`©` is 0xA9).
            ("candidate ZamandĂș Orsi, the political heir of former president JosĂ© ‘Pepe’ Mujica",
             "candidate Zamandú Orsi, the political heir of former president José ‘Pepe’ Mujica"),
            ("GarcĂ­a, MĂĽller, SĂŁo Paulo, KrakĂłw, SeĂ±or", "García, Müller, São Paulo, Kraków, Señor"),  // Windows-1250
            ("SchrĂśder, MĂźller and JosĂŠ", "Schröder, Müller and José"),                                   // ISO-8859-2: ś 0xB6, ź 0xBC, Š 0xA9
            ("WaĹ‚Ä™sa in ĹÓdź and ZaĹĽĂłĹ‚Ä‡ gÄ™Ĺ›lÄ… jaĹşĹ„", "Wałęsa in ĹÓdź and Zażółć gęślą jaźń"),
            ("Romanian Č™i BucureČ™ti, ceČ›ean", "Romanian și București, cețean"),                         // ș ț: C8 99, C8 9B
            ("He said â€śhelloâ€ť and left.", "He said “hello” and left."),                             // “ ” in Windows-1250
            ("GARCĂŤA, JOSĂ‰ and MĂśLLER", "GARCÍA, JOSÉ and MÜLLER"),                                  // capitals
            ("a ÂŁ350 fee", "a £350 fee"),
        ], only: rules)
    }

    func testCentralEuropeanRepairsSayWhichCodePages() throws {
        let result = try UnicodeRuleTesting.clean("JosĂ© and cafÃ©", only: rules)
        XCTAssertTrue(result.text.isIdentical(to: "José and café"), result.text)
        XCTAssertEqual(result.applied.map(\.message), [MojibakeRule.centralEuropeanMessage, "Mojibake repaired (UTF-8 text that had been decoded as Windows-1252 or Latin-1)"])
    }

    func testCodePagesThatDisagreeAreSettledByTheRestOfTheText() throws {
        // `Ăź` is `ß` in Windows-1250, `ü` in ISO-8859-2, `î` in ISO-8859-16; `ĂŠ` is `é` or `æ`. Alone: only suggested.
        let alone = try UnicodeRuleTesting.clean("MĂźller and JosĂŠ", only: rules)
        XCTAssertTrue(alone.text.isIdentical(to: "MĂźller and JosĂŠ"), alone.text)
        XCTAssertEqual(alone.suggestions.map(\.after), ["ß", "é"])
        XCTAssertEqual(alone.suggestions.first?.message, MojibakeRule.message(for: .otherReading))
        // `ĂŠ` fits as uppercase `Ê` only in capitals; `Ăș` (ISO-8859-16 only) makes `Ăź` an `î`.
        try UnicodeRuleTesting.assertCleans([
            ("JOSĂŠ", "JOSÊ"),
            ("ZamandĂș and ĂźnvăĂ",  "Zamandú and învăĂ"),
        ], only: rules)
    }

    func testKeepsCleanRomanianPolishCzechAndHungarian() throws {
        try UnicodeRuleTesting.assertKeeps([
            "Ăsta e bun. Ăștia au venit la București; Ștefan cel Mare și Țara Românească.",
            "ĂȘTIA AU VENIT. BĂȘTINĂ, CÂȘTIGĂ, ÎȘI, ȚARĂ, „CASĂ”, CASĂ… ȘI MAI MULT",
            "Legacy cedillas: Ăştia, PĂŞUNE, CÂŞTIGĂ, BĂŞTINĂ, Ştefan, Ţara, păşune.",
            "Zażółć gęślą jaźń; ŁÓDŹ, ŻÓŁW, ŁÓŻKO, Wałęsa, Kraków, Ćwiczenia, ĆMA.",
            "Příliš žluťoučký kůň úpěl ďábelské ódy; ČŠI, ČEŠTINA, DĹŽKA, ĽUBOŠ, Ĺ.",
            "Árvíztűrő tükörfúrógép; ŐSZ, ŰR, Ő és Ű.",
            "Mixed: Orsi said „Ăștia” in Montevideo, then Wałęsa met Ștefan in Kraków — ČSSD, ÂȘA?",
        ], only: rules)
    }

    func testRomanianLookalikesAreOnlySuggested() throws {
        // `Ăș` starting a word is `ú` as often as Romanian `Ăștia`: beside a certain repair, only suggested.
        let result = try UnicodeRuleTesting.clean("JosĂ© said: Ăştia au venit", only: rules)
        XCTAssertTrue(result.text.isIdentical(to: "José said: Ăştia au venit"), result.text)
        XCTAssertEqual(result.suggestions.map(\.after), ["ú"])
        XCTAssertEqual(result.suggestions.map(\.message), [MojibakeRule.message(for: .mayBeRomanian)])
        // `CASĂ”` is a Romanian word in capitals and its quote, or `CASÔ`: only suggested.
        let capitals = try UnicodeRuleTesting.clean("ÂŁ5 „CASĂ” and more", only: rules)
        XCTAssertTrue(capitals.text.isIdentical(to: "£5 „CASĂ” and more"), capitals.text)
        XCTAssertEqual(capitals.suggestions.map(\.after), ["Ô"])
        // Alone, neither is reported at all.
        try UnicodeRuleTesting.assertKeeps(["He said: Ăştia au venit", "„CASĂ” and more"], only: rules)
    }

    func testCentralEuropeanTablesComeFromICUAndTheStandard() {
        XCTAssertEqual(CentralEuropeanCodePage.windows1250.leadByte(for: 0x0102), 0xC3)  // Ă
        XCTAssertEqual(CentralEuropeanCodePage.windows1250.leadByte(for: 0x0139), 0xC5)  // Ĺ
        XCTAssertEqual(CentralEuropeanCodePage.iso8859_16.leadByte(for: 0x0106), 0xC5)   // Ć
        XCTAssertNil(CentralEuropeanCodePage.iso8859_16.leadByte(for: 0x010C))           // 0xC8 is È there
        XCTAssertEqual(CentralEuropeanCodePage.windows1250.continuationByte(for: 0x00A9), 0xA9)  // ©
        XCTAssertEqual(CentralEuropeanCodePage.windows1250.continuationByte(for: 0x015F), 0xBA)  // ş
        XCTAssertEqual(CentralEuropeanCodePage.windows1250.continuationByte(for: 0x0083), 0x83)  // undefined: the C1 control itself
        XCTAssertEqual(CentralEuropeanCodePage.iso8859_2.continuationByte(for: 0x0160), 0xA9)    // Š
        XCTAssertEqual(CentralEuropeanCodePage.iso8859_16.continuationByte(for: 0x0219), 0xBA)   // ș
        XCTAssertNil(CentralEuropeanCodePage.iso8859_16.continuationByte(for: 0x015F))           // ş: not in ISO-8859-16
        for page in CentralEuropeanCodePage.allCases {
            for byte in CentralEuropeanCodePage.leadBytes {
                let unit = page.character(of: byte)!
                XCTAssertTrue(MojibakeDetector.isPossibleLead(unit), "\(page) 0x\(String(byte, radix: 16))")
            }
        }
    }

    func testNextPossibleLeadStopsAtCentralEuropeanLeads() {
        let units = Array("ā ł ś Ż Ă ĺ Ĺ".utf16)  // outside U+0102–U+0139: ā ł ś Ż ĺ cannot lead; Ă and Ĺ can
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: units, after: -1), 8)
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: units, after: 8), 12)
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: Array(String(repeating: "ł", count: 40).utf16) + [0x102], after: -1), 40)
    }

    func testNextPossibleLeadSkipsEverythingElse() {
        let units = Array((String(repeating: "±5 € ’ ā ", count: 5) + "Ã©").utf16)   // ± (U+00B1), €, ’ and ā cannot lead
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: units, after: -1), 45)
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: units, after: 45), 47)
        XCTAssertEqual(units.withUnsafeBufferPointer { MojibakeDetector.nextPossibleLead(in: $0, after: 10) }, 45)
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: units[40...], after: 40), 45)     // a slice keeps its indices
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: Array("Ãx".utf16), after: 0), 2)
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: Array("xxô".utf16), after: 0), 2)   // U+00F4, the last lead
        XCTAssertEqual(MojibakeDetector.nextPossibleLead(in: Array("xxõÁ".utf16), after: 0), 4)  // U+00F5 and U+00C1 are not leads
    }
}
