import Dispatch

/// Processes a stream in bounded batches on all cores and hands results back in input order:
/// memory is bounded by the batch size, not by the length of the stream.
public struct OrderedParallelMap<Input: Sendable, Output: Sendable> {
    public let batchSize: Int
    public let transform: @Sendable (Input) -> Output

    public init(batchSize: Int = 256, transform: @escaping @Sendable (Input) -> Output) {
        self.batchSize = batchSize
        self.transform = transform
    }

    /// Pulls inputs from `next` until it returns nil; calls `emit` for every output, in order.
    /// A batch is closed early once `maxBatchBytes` of input (as measured by `size`) is read.
    public func run(
        next: () -> Input?, size: (Input) -> Int = { _ in 1 }, maxBatchBytes: Int = 8 << 20,
        emit: (Output) -> Void
    ) {
        var batch: [Input] = []
        batch.reserveCapacity(batchSize)
        var bytes = 0
        func flush() {
            guard !batch.isEmpty else { return }
            let outputs = Self.process(batch, transform)
            for output in outputs { emit(output) }
            batch.removeAll(keepingCapacity: true)
            bytes = 0
        }
        while let input = next() {
            bytes += size(input)
            batch.append(input)
            if batch.count >= batchSize || bytes >= maxBatchBytes { flush() }
        }
        flush()
    }

    static func process(_ batch: [Input], _ transform: @escaping @Sendable (Input) -> Output) -> [Output] {
        if batch.count == 1 { return [transform(batch[0])] }
        let results = ResultSlots<Output>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            results.set(i, transform(batch[i]))
        }
        return results.collect()
    }
}

/// Write-once slots filled from many threads, each slot by exactly one.
final class ResultSlots<T>: @unchecked Sendable {
    // Safety: every index is written by one iteration of concurrentPerform and read only
    // after concurrentPerform returns.
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ i: Int, _ value: T) { slots[i] = value }

    func collect() -> [T] { (0..<count).map { slots[$0]! } }
}
