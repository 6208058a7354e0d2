/// An approximation or bound that is part of a numeral expression.
///
/// `жүзге жуық` → `.nearly`, `мыңнан астам` → `.over`, `мыңдай` → `.about`,
/// `отыздан кем` → `.under`, `мыңға дейін` → `.upTo`, `кемінде бес` → `.atLeast`.
/// The dative + `жуық`/`тарта` construction ("approaching N") is `.nearly`, as in
/// `numerals.tsv` (`nearly:N`); `шамамен`, `шамасында`, `шақты` and `-дай/-дей` are `.about`.
enum Approximation: String, Sendable, Hashable, CaseIterable {
    case about
    case nearly
    case over
    case under
    case upTo = "up-to"
    case atLeast = "at-least"
}
