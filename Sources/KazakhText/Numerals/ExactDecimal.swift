import BigInt

/// An exact decimal number: `significand × 10^exponent`, never rounded, never a `Double`.
///
/// The representation is normalized (the significand has no trailing zero digits, and zero is
/// `0 × 10^0`), so equal values are equal structs and hash alike.
///
/// ```swift
/// let x = ExactDecimal("4,5")!                        // «4,5 миллион» → 4.5
/// x.multiplied(byPowerOfTen: 6).description           // "4500000"
/// ExactDecimal("99999999999999999999999")!.description // exact, no exponent
/// ```
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits of the number, without trailing zeros (unless the number is 0).
    public let significand: BigInt
    /// The power of ten the significand is multiplied by.
    public let exponent: Int

    /// Creates `significand × 10^exponent`, normalized.
    public init(significand: BigInt, exponent: Int = 0) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while true {
                let (q, r) = s.quotientAndRemainder(dividingBy: 10)
                if r != 0 { break }
                s = q
                e += 1
            }
        }
        self.significand = s
        self.exponent = e
    }

    /// An integer value.
    public init(_ value: Int) { self.init(significand: BigInt(value)) }

    /// An integer value.
    public init(_ value: BigInt) { self.init(significand: value) }

    /// Parses a plain decimal string: optional sign, digits, optionally one decimal
    /// separator (`,` as in Kazakh text, or `.`) followed by digits.
    /// `"4,5"`, `"0.86"`, `"-12"`, `"99999999999999999999999"`. Grouping is not accepted here.
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
        guard let digits = BigInt(String(intPart + fracPart)) else { return nil }
        self.init(significand: negative ? -digits : digits, exponent: -fracPart.count)
    }

    /// 0 (`нөл`).
    public static let zero = ExactDecimal(0)
    /// 1 (`бір`).
    public static let one = ExactDecimal(1)

    /// True when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an integer when it is one.
    public var integerValue: BigInt? {
        isInteger ? significand * BigInt(10).power(exponent) : nil
    }

    /// Number of significant digits in the integer written out (for "thirty-five point
    /// fifty-three" decimals: `53` → 2).
    public var digitCount: Int { significand.magnitude.description.count + max(exponent, 0) }

    /// `self × 10^power`, exact.
    public func multiplied(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// `self ÷ 10^power`, exact.
    public func divided(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent - power)
    }

    /// `n` when the value is exactly `10^n` (n ≥ 0), else nil.
    public var powerOfTen: Int? {
        significand == 1 && exponent >= 0 ? exponent : nil
    }

    /// The quotient `numerator ÷ denominator` when its decimal expansion terminates, else nil.
    public static func exactQuotient(_ numerator: BigInt, _ denominator: BigInt) -> ExactDecimal? {
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
    public static func truncatedQuotient(_ numerator: BigInt, _ denominator: BigInt, places: Int) -> ExactDecimal {
        ExactDecimal(significand: numerator * BigInt(10).power(places) / denominator, exponent: -places)
    }

    /// Exact sum: `бір жарым` = 1 + 0.5.
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let e = min(a.exponent, b.exponent)
        let x = a.significand * BigInt(10).power(a.exponent - e)
        let y = b.significand * BigInt(10).power(b.exponent - e)
        return ExactDecimal(significand: x + y, exponent: e)
    }

    /// Negation (`минус бес` → -5).
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -a.significand, exponent: a.exponent)
    }

    /// Exact difference.
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { a + (-b) }

    /// Exact product: `4,5 миллион` = 4.5 × 1000000.
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: a.significand * b.significand, exponent: a.exponent + b.exponent)
    }

    /// Numeric order (`1.5 < 2`).
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        (a - b).significand < 0
    }

    /// Plain decimal notation: no exponent, no grouping, `.` as decimal point.
    public var description: String {
        let digits = significand.magnitude.description
        let sign = significand < 0 ? "-" : ""
        if exponent >= 0 {
            return sign + digits + (significand == 0 ? "" : String(repeating: "0", count: exponent))
        }
        let places = -exponent
        let padded = digits.count <= places
            ? String(repeating: "0", count: places - digits.count + 1) + digits
            : digits
        let cut = padded.index(padded.endIndex, offsetBy: -places)
        return sign + padded[..<cut] + "." + padded[cut...]
    }
}
