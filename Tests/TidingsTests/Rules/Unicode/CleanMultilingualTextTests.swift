import XCTest
@testable import Tidings

/// Clean text in many scripts must come out of the full default rule set byte for byte, and
/// damaged versions of it must come back to it.
final class CleanMultilingualTextTests: XCTestCase {
    static let cleanArticle = """
    “It’s not over yet,” the minister said — and nobody in the room believed him. The café on Rue Saint-Honoré reopened.

    « Nous ne céderons pas », a déclaré la ministre à Bruxelles. Ça coûte trop cher : les ménages réduisent leurs dépenses.

    „Wir schaffen das“, sagte die Kanzlerin. Die Straßenbahn in Düsseldorf fällt wegen eines Streiks aus.

    ¿Cuánto costará la reforma? «No vamos a permitir que esto vuelva a ocurrir», afirmó el presidente.

    “Não há alternativa ao diálogo”, disse o ministro em São Paulo. SÃO PAULO — A seleção conquistou o título.

    „To nie jest koniec rozmów” – powiedział rzecznik rządu. Zażółć gęślą jaźń.

    İstanbul’da şiddetli yağış nedeniyle bazı yollar trafiğe kapatıldı. Öğrenciler okulda toplandı.

    «Η Ελλάδα θα συνεχίσει να στηρίζει τον διάλογο», δήλωσε ο υπουργός Εξωτερικών.

    «Мы готовы к переговорам», — заявил представитель Кремля. Съешь же ещё этих мягких французских булок.

    外交部发言人表示：“中美关系正处于建交以来的最低点。”双方同意鼓励更多的人文和教育交流。

    岸田首相は「対話を続けることが重要だ」と述べた。東京で開かれた会議には、各国の代表が出席した。

    Great meeting today 🤝🇺🇸🇨🇳 👏🏽 The team celebrated 🎉 with their families 👨‍👩‍👧‍👦 ❤️ 👩🏽‍💻 🏳️‍🌈.

    COVID-19, Sino-US, win-win, 1990-2000, 8:00 p.m., iPhone, eBay, McDonald’s, de la Cruz, ’90s, rock ’n’ roll.

    """

    func testCleanMultilingualTextIsByteIdenticalAfterTheDefaultRules() throws {
        let result = try Cleaner().clean(Self.cleanArticle)
        XCTAssertTrue(result.text.isIdentical(to: Self.cleanArticle), result.applied.map { "\($0.ruleID): \($0.before) → \($0.after)" }.joined(separator: "\n"))
        XCTAssertEqual(result.applied.count, 0)
    }

    func testTypographicStylePackLeavesTypographicTextAlone() throws {
        let result = try Cleaner(enable: ["style.*"]).clean(Self.cleanArticle)
        XCTAssertTrue(result.text.isIdentical(to: Self.cleanArticle), result.applied.map { "\($0.ruleID): \($0.before) → \($0.after)" }.joined(separator: "\n"))
    }

    func testMojibakeOfTheArticleIsRepairedByTheDefaultRules() throws {
        let damaged = Self.windows1252Mojibake(of: Self.cleanArticle)
        XCTAssertFalse(damaged.isIdentical(to: Self.cleanArticle))
        let result = try Cleaner().clean(damaged)
        XCTAssertTrue(result.text.isIdentical(to: Self.cleanArticle), result.text)
        XCTAssertTrue(result.applied.allSatisfy { $0.ruleID == "unicode.mojibake" })
    }

    /// UTF-8 bytes read as Windows-1252, the five undefined bytes kept as C1 controls (ftfy's "sloppy" reading).
    static func windows1252Mojibake(of text: String) -> String {
        let cp1252: [UInt8: UInt16] = SloppyWindows1252.controlReplacements
        return String(decoding: text.utf8.map { byte in cp1252[byte] ?? UInt16(byte) }, as: UTF16.self)
    }
}
