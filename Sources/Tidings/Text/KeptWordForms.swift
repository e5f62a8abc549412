/// The words of the stretches a `WordBreakMemo` keeps, numbered: a kept stretch with exactly one
/// word token gives that word an entry (numbers from 1; 0 means none; stretches with the same word
/// share its entry), with its text and shape facts worked out once for as long as the memo keeps
/// the stretch.
///
/// `DocumentWords` notes per entry the form number it gave the word, stamped with a number of its
/// own (`newStamp`), so the next token of the same entry finds its form without hashing its units.
/// Stamps are never reused while entries live, so a note left by other words never answers.
final class KeptWordForms {
    /// The words by their units (entry: number plus one).
    private var words = UnitWordTable(capacity: 1024)
    /// Each entry's text (index 0: no entry).
    private(set) var texts: [String] = [""]
    /// Each entry's shape facts (index 0: no entry).
    private(set) var facts: [DocumentWords.Facts]
    /// Each entry's note (index: entry): the stamp of the words that numbered it (high half) and
    /// its form number there (low half); 0 when no words did. Room for `noteCapacity` entries.
    private(set) var notes: UnsafeMutablePointer<UInt64>
    private var noteCapacity = 256
    /// The last stamp handed out.
    private var lastStamp: UInt32 = 0

    init() {
        facts = [DocumentWords.Facts(units: UnsafeBufferPointer(start: nil, count: 0), text: "")]
        notes = .allocate(capacity: noteCapacity)
        notes.initialize(repeating: 0, count: noteCapacity)
    }

    deinit {
        notes.deallocate()
    }

    /// How many entries there are.
    var count: Int { texts.count - 1 }

    /// The entry of a word given by its UTF-16 units (a new one for a word not numbered yet), 0
    /// when all 65,535 entries are taken.
    func entry(of units: UnsafeBufferPointer<UInt16>) -> UInt16 {
        // Once all entries are taken, a word not numbered yet gets none.
        guard count < Int(UInt16.max) else { return words.number(of: units).map { UInt16(truncatingIfNeeded: $0 + 1) } ?? 0 }
        let (number, inserted) = words.insert(units)
        guard inserted else { return UInt16(truncatingIfNeeded: number + 1) }
        let text = DocumentWords.text(of: units)
        texts.append(text)
        facts.append(DocumentWords.Facts(units: units, text: text))
        let entry = texts.count - 1
        if entry == noteCapacity {
            let larger = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * noteCapacity)
            larger.moveInitialize(from: notes, count: noteCapacity)
            larger.advanced(by: noteCapacity).initialize(repeating: 0, count: noteCapacity)
            notes.deallocate()
            notes = larger
            noteCapacity *= 2
        }
        notes[entry] = 0
        return UInt16(truncatingIfNeeded: entry)
    }

    /// Drops every entry (the memo forgot their stretches).
    func removeAll() {
        words = UnitWordTable(capacity: 1024)
        texts.removeSubrange(1...)
        facts.removeSubrange(1...)
    }

    /// A stamp no notes carry yet.
    func newStamp() -> UInt32 {
        if lastStamp == UInt32.max {
            // (After four billion words.) Old notes must not match a stamp handed out again.
            notes.update(repeating: 0, count: noteCapacity)
            lastStamp = 0
        }
        lastStamp += 1
        return lastStamp
    }

    /// The note of a form number for words with a stamp.
    @inline(__always)
    static func note(form: Int, stamp: UInt32) -> UInt64 {
        UInt64(stamp) << 32 | UInt64(UInt32(truncatingIfNeeded: form))
    }

    /// The form number a note gives words with a stamp, nil when other words (or none) left it.
    @inline(__always)
    static func form(in note: UInt64, stamp: UInt32) -> Int? {
        UInt32(truncatingIfNeeded: note >> 32) == stamp ? Int(UInt32(truncatingIfNeeded: note)) : nil
    }
}
