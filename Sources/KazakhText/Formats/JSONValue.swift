import Foundation

/// A JSON value decoded by Foundation's `JSONDecoder`, for input fields that pass through
/// untouched (gold `spans`, `source`, ...). `JSONDecoder` keeps strings exactly as written
/// (a raw U+FEFF at a string's start included, which `JSONSerialization` drops) and does not
/// reject a line for a number it is not asked to convert.
///
/// ```swift
/// let line = #"{"id": "d1", "text": "Сәлем", "source": "Ақорда", "score": 1e400}"#
/// // extra fields: source → .string("Ақорда"), score → .unrepresentableNumber (written as null, with a warning)
/// ```
public enum JSONValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number that is not an `Int`, kept as a `Decimal` when it fits (its digits untouched).
    case decimal(Decimal)
    case double(Double)
    /// A number beyond `Double`'s range (`1e400`): written back as `null`, with a warning.
    case unrepresentableNumber
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Tries each kind in turn; only a mismatch of kind moves on, so a string that cannot be
    /// decoded (a lone surrogate escape) fails the line instead of passing as another kind.
    public init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null; return }
        func attempt<T: Decodable>(_ type: T.Type) throws -> T? {
            do { return try single.decode(type) } catch DecodingError.typeMismatch { return nil }
        }
        if let b = try attempt(Bool.self) { self = .bool(b); return }
        if let s = try attempt(String.self) { self = .string(s); return }
        if let a = try attempt([JSONValue].self) { self = .array(a); return }
        if let o = try attempt([String: JSONValue].self) { self = .object(o); return }
        if let i = try? single.decode(Int.self) { self = .integer(i); return }
        if let d = try? single.decode(Decimal.self) { self = .decimal(d); return }
        if let d = try? single.decode(Double.self) { self = .double(d); return }
        self = .unrepresentableNumber
    }

    /// The value as Foundation objects, the form `JSONWriter.value` writes.
    public var foundationObject: Any {
        switch self {
        case .null, .unrepresentableNumber: return NSNull()
        case .bool(let b): return NSNumber(value: b)
        case .integer(let i): return NSNumber(value: i)
        case .decimal(let d): return NSDecimalNumber(decimal: d)
        case .double(let d): return NSNumber(value: d)
        case .string(let s): return s
        case .array(let a): return a.map(\.foundationObject)
        case .object(let o): return o.mapValues(\.foundationObject)
        }
    }

    /// True when this value holds a number that could not be kept (see `unrepresentableNumber`).
    public var losesANumber: Bool {
        switch self {
        case .unrepresentableNumber: return true
        case .array(let a): return a.contains(where: \.losesANumber)
        case .object(let o): return o.values.contains(where: \.losesANumber)
        default: return false
        }
    }

    /// A number as text (`5`, `4.5`), as `NSNumber.stringValue` gave it; nil for any other kind.
    var numberText: String? {
        switch self {
        case .integer(let i): return String(i)
        case .decimal(let d): return "\(d)"
        case .double(let d): return NSNumber(value: d).stringValue
        default: return nil
        }
    }

    /// The value as an id: a string as it is, a number as written by Swift (`5`, `1.5`).
    var idText: String? {
        switch self {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .decimal(let d): return "\(d)"
        case .double(let d): return "\(d)"
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}
