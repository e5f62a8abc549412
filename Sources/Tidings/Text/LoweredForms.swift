/// Numbers for the lowercased forms of a document's word tokens, so a rule can compare and hash
/// them as integers: two tokens get one number exactly when their lowercased texts are equal
/// (Swift `==`, as a `String`-keyed dictionary groups them).
///
/// Words of ASCII and the apostrophe ’ are lowercased and numbered byte by byte (`String.lowercased`
/// maps only `A-Z` there, and such strings are equal only when byte-identical); others go through `String`.
struct LoweredForms {
    /// Per token: the number of its lowercased text.
    let lowered: PerTokenValues<Int32>
    /// Per token: the number of its lowercased text without a possessive (`DocumentWords.removingPossessive`).
    let bareLowered: PerTokenValues<Int32>
    /// The numbers of every form, which the words of a later round extend.
    let byForm: ByForm

    /// How many distinct lowercased texts there are (numbers run from 0 below it).
    var count: Int { byForm.numbering.count }

    /// The numbers of the forms `0..<formCount` of a document's words (more forms are added as
    /// the words of later rounds number them) and the numbering that gave them.
    struct ByForm {
        /// Per form: the number of its lowercased text.
        fileprivate(set) var lowered: [Int32] = []
        /// Per form: the number of its lowercased text without a possessive.
        fileprivate(set) var bareLowered: [Int32] = []
        fileprivate var numbering = Numbering(capacity: 0)

        /// How many forms are numbered.
        var formCount: Int { lowered.count }
    }

    /// Numbers the lowercased forms of a document's word tokens, extending the numbers of forms an
    /// earlier round's words already numbered (their form numbers are the same).
    init(_ words: DocumentWords, extending known: ByForm = ByForm()) {
        var byForm = known
        if byForm.formCount < words.formCount { Self.number(words, from: byForm.formCount, into: &byForm) }
        self.byForm = byForm
        lowered = words.perToken(byForm.lowered)
        bareLowered = words.perToken(byForm.bareLowered)
    }

    /// Numbers the forms from `first` on; each distinct form is lowercased once.
    private static func number(_ words: DocumentWords, from first: Int, into byForm: inout ByForm) {
        let added = words.formCount - first
        // Most forms are plain; a form with a possessive numbers its bare form too.
        if byForm.numbering.count == 0 { byForm.numbering = Numbering(capacity: added + added / 4) }
        byForm.lowered.reserveCapacity(words.formCount)
        byForm.bareLowered.reserveCapacity(words.formCount)
        // A plain form's lowercased UTF-8, written from its code units (three bytes for ’).
        var longest = 0
        for number in first..<words.formCount { longest = max(longest, words.formUnitCount(number)) }
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 3 * longest)
        defer { scratch.deallocate() }
        for number in first..<words.formCount {
            let plain = words.withFormUnits(number) { units in Self.plainNumbers(units, scratch: scratch, numbering: &byForm.numbering) }
            let (lowered, bare): (Int32, Int32)
            if let plain {
                (lowered, bare) = plain
            } else {
                let text = words.formText(number)
                lowered = byForm.numbering.number(text.lowercased())
                let bareText = DocumentWords.removingPossessive(text)
                bare = bareText.utf8.count == text.utf8.count ? lowered : byForm.numbering.number(bareText.lowercased())
            }
            byForm.lowered.append(lowered)
            byForm.bareLowered.append(bare)
        }
    }

    /// The numbers of a plain token's lowercased text with and without its possessive, nil when
    /// the token is not plain.
    private static func plainNumbers(_ units: UnsafeBufferPointer<UInt16>, scratch: UnsafeMutableBufferPointer<UInt8>,
                                     numbering: inout Numbering) -> (Int32, Int32)? {
        var count = 0
        for unit in units {
            if unit < 0x80 {
                scratch[count] = unit >= 0x41 && unit <= 0x5A ? UInt8(unit) | 0x20 : UInt8(unit)
                count += 1
            } else if unit == 0x2019 {
                (scratch[count], scratch[count + 1], scratch[count + 2]) = (0xE2, 0x80, 0x99)    // ’ stays
                count += 3
            } else {
                return nil
            }
        }
        // Without its possessive `’s` or `'s` when more than those two characters (one per unit here) remain.
        var bare = count
        if units.count > 2 && units[units.count - 1] == 0x73 {
            if units[units.count - 2] == 0x27 { bare = count - 2 } else if units[units.count - 2] == 0x2019 { bare = count - 4 }
        }
        let number = numbering.number(plain: UnsafeBufferPointer(rebasing: scratch[..<count]))
        return (number, bare == count ? number : numbering.number(plain: UnsafeBufferPointer(rebasing: scratch[..<bare])))
    }

    /// The number of a lowercased text, nil when no form has it.
    func number(of loweredText: String) -> Int32? {
        byForm.numbering.existing(loweredText)
    }
}

/// Numbers strings by `==`: plain ones (ASCII and ’, and the rare ones canonically equivalent to
/// such a string) in a byte table, all others in a dictionary (no string of one kind equals one of the other).
fileprivate struct Numbering {
    private var plain: ByteStringTable
    /// Number per string of `plain`.
    private var plainNumbers: [Int32] = []
    private var others: [String: Int32] = [:]
    private(set) var count = 0

    /// An empty numbering with room for about `capacity` plain strings.
    init(capacity: Int) {
        plain = ByteStringTable(capacity: capacity)
        plainNumbers.reserveCapacity(capacity)
    }

    /// The number of a plain string's UTF-8, a new one when it is not numbered yet.
    mutating func number(plain bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (index, inserted) = plain.insert(bytes)
        if inserted {
            plainNumbers.append(Int32(count))
            count += 1
        }
        return plainNumbers[index]
    }

    /// The number of a string, a new one when it is not numbered yet.
    mutating func number(_ text: String) -> Int32 {
        if let bytes = Self.plainEquivalent(text) { return bytes.withUnsafeBufferPointer { number(plain: $0) } }
        if let known = others[text] { return known }
        let new = Int32(count)
        others[text] = new
        count += 1
        return new
    }

    /// The number of a string, nil when it is not numbered.
    func existing(_ text: String) -> Int32? {
        if let bytes = Self.plainEquivalent(text) { return bytes.withUnsafeBufferPointer { plain.index(of: $0) }.map { plainNumbers[$0] } }
        return others[text]
    }

    /// The UTF-8 of the plain string equal (`==`) to a text, nil when there is none. Neither ASCII
    /// nor ’ composes with anything, and only three characters decompose canonically to plain ones
    /// alone: U+037E (`;`), U+1FEF (`` ` ``), U+212A (`K`).
    private static func plainEquivalent(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x037E: bytes.append(0x3B)
            case 0x1FEF: bytes.append(0x60)
            case 0x212A: bytes.append(0x4B)
            case 0x2019: bytes.append(contentsOf: [0xE2, 0x80, 0x99])
            default: return nil
            }
        }
        return bytes
    }
}
