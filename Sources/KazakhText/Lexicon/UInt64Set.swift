/// An immutable set of 64-bit keys (packed word starts, FNV hashes of lexicon words), asked
/// for membership in a few instructions: a multiplicative hash and linear probing, where
/// `Set<UInt64>` runs SipHash on every call. The hot paths ask it for most tokens.
struct UInt64Set: Sendable {
    /// Power-of-two table; 0 marks an empty slot (the key 0 itself is kept in `hasZero`).
    private let slots: [UInt64]
    private let shift: UInt64
    private let hasZero: Bool

    init(_ keys: some Sequence<UInt64>) {
        let unique = Set(keys)
        var bits = 4
        while 1 << bits < unique.count * 2 { bits += 1 }
        let shift = UInt64(64 - bits)
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for key in unique where key != 0 {
            var i = Int(truncatingIfNeeded: Self.mix(key) >> shift)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.shift = shift
        self.hasZero = unique.contains(0)
    }

    @inline(__always)
    private static func mix(_ key: UInt64) -> UInt64 { (key ^ key >> 29) &* 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: Self.mix(key) >> shift)
        return slots.withUnsafeBufferPointer { table in
            while true {
                let slot = table[i]
                if slot == key { return true }
                if slot == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
