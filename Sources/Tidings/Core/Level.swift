/// How sure a rule is: a `fix` is applied, a `suggest`ion is only reported unless asked for.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    /// Certain: applied by default.
    case fix
    /// A guess: reported, applied only when suggestions are requested.
    case suggest

    /// Fixes sort before suggestions.
    public static func < (lhs: Level, rhs: Level) -> Bool { lhs == .fix && rhs == .suggest }
}
