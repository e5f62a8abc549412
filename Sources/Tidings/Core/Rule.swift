/// A rule: looks at a document and proposes edits; never changes text itself.
public protocol Rule: Sendable {
    /// The rule's declaration.
    var info: RuleInfo { get }
    /// The edits this rule proposes for a document. Throws on a regex time-out or ICU failure.
    func edits(in document: Document) throws -> [Edit]
}
