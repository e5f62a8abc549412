/// Numbers for the lowercased forms of a document's word tokens, so a rule can compare and hash
/// them as integers: two tokens get one number exactly when their lowercased texts are equal
/// (Swift `==`, as a `String`-keyed dictionary groups them).
///
/// A number belongs to a word form: a lowercased text gets twice the number of the form that is
/// that text (most forms are their own lowercase, so they need no lookup), else twice the number of
/// the first form lowercased to it, plus one for a form's text without its possessive. Words of
/// ASCII and the apostrophe ’ are lowercased unit by unit (`String.lowercased` maps only `A-Z`
/// there, and such strings are equal only when unit-identical); others go through `String`.
struct LoweredForms {
    /// Per token: the number of its lowercased text.
    let lowered: PerTokenValues<Int32>
    /// Per token: the number of its lowercased text without a possessive (`DocumentWords.removingPossessive`).
    let bareLowered: PerTokenValues<Int32>
    /// The numbers of every form, which the words of a later round extend.
    let byForm: ByForm
    /// The words numbered (their form table finds the forms that are a lowercased text).
    private let words: DocumentWords

    /// Numbers run from 0 below this (some are unused).
    var count: Int { 2 * byForm.formCount }

    /// The numbers of the forms `0..<formCount` of a document's words (more forms are added as
    /// the words of later rounds number them) and the numbering that gave them.
    struct ByForm {
        /// Per form: the number of its lowercased text.
        fileprivate(set) var lowered: [Int32] = []
        /// Per form: the number of its lowercased text without a possessive.
        fileprivate(set) var bareLowered: [Int32] = []
        /// The lowercased texts that were no form when numbered.
        fileprivate var others = OtherTexts()

        /// How many forms are numbered.
        var formCount: Int { lowered.count }
    }

    /// Numbers the lowercased forms of a document's word tokens, extending the numbers of forms an
    /// earlier round's words already numbered (their form numbers are the same).
    init(_ words: DocumentWords, extending known: ByForm = ByForm()) {
        var byForm = known
        if byForm.formCount < words.formCount { Self.number(words, from: byForm.formCount, into: &byForm) }
        self.byForm = byForm
        self.words = words
        lowered = words.perToken(byForm.lowered)
        bareLowered = words.perToken(byForm.bareLowered)
    }

    /// What lowercasing does to a form of ASCII and ’.
    enum PlainKind {
        /// The form is its own lowercase and has no possessive.
        case own
        /// The form is its own lowercase and ends in a possessive.
        case ownWithPossessive
        /// Lowercasing changes the form.
        case changed
    }

    /// Numbers the forms from `first` on: first the plain forms that are their own lowercase (the
    /// texts later lookups find as forms), then the others, each lowercased once.
    private static func number(_ words: DocumentWords, from first: Int, into byForm: inout ByForm) {
        let count = words.formCount
        byForm.lowered.reserveCapacity(count)
        byForm.bareLowered.reserveCapacity(count)
        // Forms numbered in the second pass: plain ones lowercasing changes or with a possessive, and the others.
        var pending: [(form: Int, plain: Bool)] = []
        for form in first..<count {
            // ASCII forms had their kind worked out with their other facts.
            let kind = words.facts.value(ofForm: form).asciiLowercasing ?? words.withFormUnits(form, Self.plainKind)
            let own = Int32(2 * form)
            switch kind {
            case .own?, .ownWithPossessive?:
                // A text numbered in an earlier round before it was a form keeps that number.
                let number = byForm.others.isEmpty ? own : words.withFormUnits(form) { byForm.others.number(plain: $0) } ?? own
                byForm.lowered.append(number)
                byForm.bareLowered.append(kind == .own ? number : -1)
                if kind == .ownWithPossessive { pending.append((form, true)) }
            case .changed?:
                byForm.lowered.append(-1)
                byForm.bareLowered.append(-1)
                pending.append((form, true))
            case nil:
                byForm.lowered.append(-1)
                byForm.bareLowered.append(-1)
                pending.append((form, false))
            }
        }
        guard !pending.isEmpty else { return }
        byForm.others.reserve(plain: pending.count, others: pending.count { !$0.plain })
        var longest = 0
        for (form, plain) in pending where plain { longest = max(longest, words.formUnitCount(form)) }
        let scratch = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: longest)
        defer { scratch.deallocate() }
        for (form, plain) in pending {
            let (own, ownBare) = (Int32(2 * form), Int32(2 * form + 1))
            guard plain else {
                let text = words.texts.value(ofForm: form)
                let lowered = number(text.lowercased(), words: words, byForm: &byForm, new: own)
                let bareText = DocumentWords.removingPossessive(text)
                byForm.lowered[form] = lowered
                byForm.bareLowered[form] = bareText.utf8.count == text.utf8.count
                    ? lowered : number(bareText.lowercased(), words: words, byForm: &byForm, new: ownBare)
                continue
            }
            let (unitCount, bareCount) = words.withFormUnits(form) { units -> (Int, Int) in
                for (index, unit) in units.enumerated() { scratch[index] = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
                // Without its possessive `’s` or `'s` when more than those two characters (one per unit here) remain.
                var bare = units.count
                if units.count > 2 && units[units.count - 1] == 0x73 && (units[units.count - 2] == 0x27 || units[units.count - 2] == 0x2019) {
                    bare -= 2
                }
                return (units.count, bare)
            }
            if byForm.lowered[form] < 0 {
                byForm.lowered[form] = number(plain: UnsafeBufferPointer(rebasing: scratch[..<unitCount]), words: words, byForm: &byForm, new: own)
            }
            byForm.bareLowered[form] = bareCount == unitCount
                ? byForm.lowered[form]
                : number(plain: UnsafeBufferPointer(rebasing: scratch[..<bareCount]), words: words, byForm: &byForm, new: ownBare)
        }
    }

    /// What lowercasing does to a form's units, nil when they are not all ASCII and ’.
    private static func plainKind(_ units: UnsafeBufferPointer<UInt16>) -> PlainKind? {
        var changed = false
        for unit in units {
            guard unit < 0x80 || unit == 0x2019 else { return nil }
            if unit >= 0x41 && unit <= 0x5A { changed = true }
        }
        if changed { return .changed }
        let count = units.count
        let possessive = count > 2 && units[count - 1] == 0x73 && (units[count - 2] == 0x27 || units[count - 2] == 0x2019)
        return possessive ? .ownWithPossessive : .own
    }

    /// The number of a plain lowercased text (ASCII without `A-Z`, and ’): its form's, else the one
    /// given when it was first numbered, else `new`.
    private static func number(plain units: UnsafeBufferPointer<UInt16>, words: DocumentWords, byForm: inout ByForm, new: Int32) -> Int32 {
        if let form = words.formNumber(units: units) {
            let number = byForm.lowered[form]
            precondition(number >= 0, "a form that is its own lowercase is numbered first")
            return number
        }
        return byForm.others.number(plain: units, new: new)
    }

    /// The number of a lowercased text, `new` when no text equal to it (`==`) is numbered yet.
    private static func number(_ text: String, words: DocumentWords, byForm: inout ByForm, new: Int32) -> Int32 {
        if let units = OtherTexts.plainEquivalent(text) {
            return units.withUnsafeBufferPointer { number(plain: $0, words: words, byForm: &byForm, new: new) }
        }
        return byForm.others.number(text, new: new)
    }

    /// The number of a lowercased text, nil when no form has it.
    func number(of loweredText: String) -> Int32? {
        guard let units = OtherTexts.plainEquivalent(loweredText) else { return byForm.others.existing(loweredText) }
        // A lowercased text has no `A-Z`: a form that is such a text is its own lowercase.
        if units.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return nil }
        return units.withUnsafeBufferPointer { units in
            if let form = words.formNumber(units: units), form < byForm.formCount { return byForm.lowered[form] }
            return byForm.others.number(plain: units)
        }
    }
}

/// Lowercased texts that were no word form when numbered, with their numbers: plain ones (ASCII
/// and ’, and the rare ones canonically equivalent to such a string) by their UTF-16 units, all
/// others in a dictionary (no string of one kind equals one of the other).
fileprivate struct OtherTexts {
    private var plain = UnitWordTable(capacity: 0)
    /// Number per string of `plain`.
    private var plainNumbers: [Int32] = []
    private var others: [String: Int32] = [:]

    /// Room for about `plain` plain texts and `others` other texts, made while none of a kind is held.
    mutating func reserve(plain plainCapacity: Int, others otherCapacity: Int) {
        if plainNumbers.isEmpty { plain = UnitWordTable(capacity: plainCapacity) }
        if others.isEmpty && otherCapacity > 0 { others.reserveCapacity(2 * otherCapacity) }
    }

    /// Whether no text is held.
    var isEmpty: Bool { plainNumbers.isEmpty && others.isEmpty }

    /// The number of a plain text, nil when it is not held.
    func number(plain units: UnsafeBufferPointer<UInt16>) -> Int32? {
        plain.number(of: units).map { plainNumbers[$0] }
    }

    /// The number of a plain text, `new` (kept for it) when it is not held yet.
    mutating func number(plain units: UnsafeBufferPointer<UInt16>, new: Int32) -> Int32 {
        let (index, inserted) = plain.insert(units)
        if inserted { plainNumbers.append(new) }
        return plainNumbers[index]
    }

    /// The number of a text that is not plain, `new` (kept for it) when it is not held yet.
    mutating func number(_ text: String, new: Int32) -> Int32 {
        if let known = others[text] { return known }
        others[text] = new
        return new
    }

    /// The number of a text that is not plain, nil when it is not held.
    func existing(_ text: String) -> Int32? {
        others[text]
    }

    /// The UTF-16 units of the plain string equal (`==`) to a text, nil when there is none. Neither
    /// ASCII nor ’ composes with anything, and only three characters decompose canonically to plain
    /// ones alone: U+037E (`;`), U+1FEF (`` ` ``), U+212A (`K`).
    static func plainEquivalent(_ text: String) -> [UInt16]? {
        var units: [UInt16] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80, 0x2019: units.append(UInt16(scalar.value))
            case 0x037E: units.append(0x3B)
            case 0x1FEF: units.append(0x60)
            case 0x212A: units.append(0x4B)
            default: return nil
            }
        }
        return units
    }
}
