import BigInt

/// An exact decimal number: `significand × 10^exponent`, never rounded, never a `Double`.
///
/// The representation is normalized (the significand has no trailing zero digits, and zero is
/// `0 × 10^0`), so equal values are equal structs and hash alike. A significand that fits in an
/// `Int` is stored inline, so the arithmetic of ordinary numbers needs no big-integer work.
///
/// ```swift
/// let x = ExactDecimal("4,5")!                         // «4,5 миллион» → 4.5
/// (x * ExactDecimal(1_000_000)).description            // "4500000"
/// ExactDecimal("99999999999999999999999")!.description  // exact, no exponent
/// ```
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The significand when it fits in an `Int` (`big` is then nil), else 0.
    private let small: Int
    /// The significand when it does not fit in an `Int` (boxed: the struct stays small and
    /// cheap to copy).
    private let big: Big?
    /// The power of ten the significand is multiplied by.
    /// (`-1` for `4,5`, 45 × 10⁻¹; `5` for `4,5 миллион`, 45 × 10⁵.)
    public let exponent: Int

    private final class Big: Hashable, Sendable {
        let value: BigInt
        init(_ value: BigInt) { self.value = value }
        static func == (a: Big, b: Big) -> Bool { a.value == b.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }

    private var large: BigInt? { big?.value }

    /// The digits of the number, without trailing zeros (unless the number is 0).
    /// (`45` for `4,5` and for `4,5 миллион`.)
    public var significand: BigInt { large ?? BigInt(small) }

    /// Creates `significand × 10^exponent`, normalized.
    /// (`ExactDecimal(significand: 45, exponent: 5)` is `4,5 миллион`, 4500000.)
    public init(significand: BigInt, exponent: Int = 0) {
        if let s = Int(exactly: significand) {
            self.init(small: s, exponent: exponent)
            return
        }
        var s = significand
        var e = exponent
        while true {
            let (q, r) = s.quotientAndRemainder(dividingBy: 10)
            if r != 0 { break }
            s = q
            e += 1
        }
        if let fits = Int(exactly: s) {
            self.init(small: fits, exponent: e)
        } else {
            self.init(raw: 0, large: s, exponent: e)
        }
    }

    private init(raw small: Int, large: BigInt?, exponent: Int) {
        self.small = small
        self.big = large.map(Big.init)
        self.exponent = exponent
    }

    /// `significand × 10^exponent` for an `Int` significand, normalized.
    private init(small significand: Int, exponent: Int) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while s % 10 == 0 {
                s /= 10
                e += 1
            }
        }
        self.init(raw: s, large: nil, exponent: e)
    }

    /// An integer value.
    /// The integer `value` (`ExactDecimal(62)` for `62%-ға`).
    public init(_ value: Int) { self.init(small: value, exponent: 0) }

    /// An integer value.
    /// The integer `value`, however large (`бір триллион` is `ExactDecimal(BigInt(10).power(12))`).
    public init(_ value: BigInt) { self.init(significand: value) }

    /// Parses a plain decimal string: optional sign, digits, optionally one decimal
    /// separator (`,` as in Kazakh text, or `.`) followed by digits.
    /// `"4,5"`, `"0.86"`, `"-12"`, `"99999999999999999999999"`. Grouping is not accepted here.
    /// (`ExactDecimal("4,5")` for the `4,5` of `4,5 миллион тоннаны`.)
    public init?(_ text: some StringProtocol) {
        var chars = Substring(text)
        var negative = false
        if let first = chars.first, first == "-" || first == "+" || first == "−" {
            negative = first != "+"
            chars = chars.dropFirst()
        }
        var intPart = Substring("")
        var fracPart = Substring("")
        if let sep = chars.firstIndex(where: { $0 == "," || $0 == "." }) {
            intPart = chars[..<sep]
            fracPart = chars[chars.index(after: sep)...]
            if fracPart.isEmpty { return nil }
        } else {
            intPart = chars
        }
        guard !intPart.isEmpty || !fracPart.isEmpty,
              (intPart + fracPart).allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        if intPart.utf8.count + fracPart.utf8.count <= 18 {   // fits in an Int
            var n = 0
            for b in intPart.utf8 { n = n * 10 + Int(b - 0x30) }
            for b in fracPart.utf8 { n = n * 10 + Int(b - 0x30) }
            self.init(small: negative ? -n : n, exponent: -fracPart.count)
            return
        }
        guard let digits = BigInt(String(intPart + fracPart)) else { return nil }
        self.init(significand: negative ? -digits : digits, exponent: -fracPart.count)
    }

    /// 0 (`нөл`).
    public static let zero = ExactDecimal(0)
    /// 1 (`бір`).
    public static let one = ExactDecimal(1)

    /// True when the value has no fractional part.
    /// (`4,5 миллион` is; `4,5` is not.)
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an `Int` when it is an integer that fits in one (no `BigInt` built): the
    /// cheap test for a year (`2017`).
    var smallIntegerValue: Int? {
        guard isInteger, big == nil else { return nil }
        return Self.scaled(small, by: exponent)
    }

    /// The value as an integer when it is one.
    /// (`4500000` for `4,5 миллион`; nil for `4,5`.)
    public var integerValue: BigInt? {
        guard isInteger else { return nil }
        if big == nil, let scaled = Self.scaled(small, by: exponent) { return BigInt(scaled) }
        return significand * BigInt(10).power(exponent)
    }

    /// `n × 10^power` (power ≥ 0) when it fits in an `Int`.
    @inline(__always)
    private static func scaled(_ n: Int, by power: Int) -> Int? {
        var x = n
        for _ in 0..<power {
            let (y, overflow) = x.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            x = y
        }
        return x
    }

    /// Number of significant digits in the integer written out (for "thirty-five point
    /// fifty-three" decimals: `53` → 2).
    var digitCount: Int {
        (large.map { $0.magnitude.description } ?? small.magnitude.description).count + max(exponent, 0)
    }

    /// `self × 10^power`, exact.
    func multiplied(byPowerOfTen power: Int) -> ExactDecimal {
        big == nil ? ExactDecimal(small: small, exponent: exponent + power)
            : ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// `self ÷ 10^power`, exact.
    func divided(byPowerOfTen power: Int) -> ExactDecimal {
        big == nil ? ExactDecimal(small: small, exponent: exponent - power)
            : ExactDecimal(significand: significand, exponent: exponent - power)
    }

    /// `n` when the value is exactly `10^n` (n ≥ 0), else nil.
    var powerOfTen: Int? {
        big == nil && small == 1 && exponent >= 0 ? exponent : nil
    }

    /// The quotient `numerator ÷ denominator` when its decimal expansion terminates, else nil.
    static func exactQuotient(_ numerator: BigInt, _ denominator: BigInt) -> ExactDecimal? {
        guard denominator != 0 else { return nil }
        var d = denominator.magnitude
        var twos = 0, fives = 0
        while d % 2 == 0 { d /= 2; twos += 1 }
        while d % 5 == 0 { d /= 5; fives += 1 }
        guard d == 1 else { return nil }
        let k = max(twos, fives)
        let scaled = numerator * BigInt(10).power(k) / denominator
        return ExactDecimal(significand: scaled, exponent: -k)
    }

    /// The quotient truncated toward zero after `places` decimal places.
    static func truncatedQuotient(_ numerator: BigInt, _ denominator: BigInt, places: Int) -> ExactDecimal {
        ExactDecimal(significand: numerator * BigInt(10).power(places) / denominator, exponent: -places)
    }

    /// Exact sum: `бір жарым` = 1 + 0.5.
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let e = min(a.exponent, b.exponent)
        if a.big == nil, b.big == nil, let x = scaled(a.small, by: a.exponent - e),
           let y = scaled(b.small, by: b.exponent - e) {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return ExactDecimal(small: sum, exponent: e) }
        }
        let x = a.significand * BigInt(10).power(a.exponent - e)
        let y = b.significand * BigInt(10).power(b.exponent - e)
        return ExactDecimal(significand: x + y, exponent: e)
    }

    /// Negation (`минус бес` → -5).
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        if a.big == nil, a.small != .min { return ExactDecimal(small: -a.small, exponent: a.exponent) }
        return ExactDecimal(significand: -a.significand, exponent: a.exponent)
    }

    /// Exact difference.
    /// Exact difference (`5-10 пайыз` spans `10 - 5` = 5 points).
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { a + (-b) }

    /// Exact product: `4,5 миллион` = 4.5 × 1000000.
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        if a.big == nil, b.big == nil {
            let (product, overflow) = a.small.multipliedReportingOverflow(by: b.small)
            if !overflow { return ExactDecimal(small: product, exponent: a.exponent + b.exponent) }
        }
        return ExactDecimal(significand: a.significand * b.significand, exponent: a.exponent + b.exponent)
    }

    /// Numeric order (`1.5 < 2`).
    /// Numeric order (`4,5 миллион` < `бір миллиард`).
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let d = a - b
        return d.large.map { $0 < 0 } ?? (d.small < 0)
    }

    /// Plain decimal notation: no exponent, no grouping, `.` as decimal point.
    /// (`"4500000"` for `4,5 миллион`, `"0.5"` for `жарты`, `"4.5"` for `4,5`.)
    public var description: String {
        let digits = large.map { $0.magnitude.description } ?? small.magnitude.description
        let negative = large.map { $0 < 0 } ?? (small < 0)
        let sign = negative ? "-" : ""
        if exponent >= 0 {
            let zero = big == nil && small == 0
            return sign + digits + (zero ? "" : String(repeating: "0", count: exponent))
        }
        let places = -exponent
        let padded = digits.count <= places
            ? String(repeating: "0", count: places - digits.count + 1) + digits
            : digits
        let cut = padded.index(padded.endIndex, offsetBy: -places)
        return sign + padded[..<cut] + "." + padded[cut...]
    }
}
