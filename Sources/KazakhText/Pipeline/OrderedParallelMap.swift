import Dispatch

/// Processes a stream in bounded batches on all cores and hands results back in input order:
/// memory is bounded by the batch size, not by the length of the stream.
public struct OrderedParallelMap<Input: Sendable, Output: Sendable> {
    public let batchSize: Int
    /// At most this many inputs are transformed at once (nil: as many as there are cores).
    public let workers: Int?
    public let transform: @Sendable (Input) -> Output

    public init(batchSize: Int = 256, workers: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.batchSize = batchSize
        self.workers = workers.map { max(1, $0) }
        self.transform = transform
    }

    /// Pulls inputs from `next` until it returns nil; calls `emit` for every output, in order.
    /// A batch is closed early once `maxBatchBytes` of input (as measured by `size`) is read.
    ///
    /// Pipelined: while the worker threads transform one batch, this thread writes out the batch
    /// before it and reads the next, so no core waits for input or output. At most two batches
    /// are in flight, so a batch's outputs are written once the next batch is read (or the input
    /// ends). `next` and `emit` are called on this thread only.
    public func run(
        next: () -> Input?, size: (Input) -> Int = { _ in 1 }, maxBatchBytes: Int = 8 << 20,
        emit: (Output) -> Void
    ) {
        func read() -> [Input] {
            var batch: [Input] = []
            batch.reserveCapacity(batchSize)
            var bytes = 0
            while batch.count < batchSize && bytes < maxBatchBytes, let input = next() {
                bytes += size(input)
                batch.append(input)
            }
            return batch
        }
        var inFlight: InFlight? = nil
        while true {
            let batch = read()
            if batch.isEmpty { break }
            let started = Self.start(batch, workers: workers, transform)
            if let previous = inFlight { previous.finish(emit) }
            inFlight = started
        }
        inFlight?.finish(emit)
    }

    /// A batch being transformed on the worker threads.
    struct InFlight {
        let results: ResultSlots<Output>
        let done: DispatchSemaphore

        /// Waits for the batch, then emits its outputs in order.
        func finish(_ emit: (Output) -> Void) {
            done.wait()
            for output in results.collect() { emit(output) }
        }
    }

    static func start(_ batch: [Input], workers: Int?, _ transform: @escaping @Sendable (Input) -> Output) -> InFlight {
        let results = ResultSlots<Output>(count: batch.count)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if let workers {
                // `workers` stripes, each transforming every workers-th input.
                DispatchQueue.concurrentPerform(iterations: min(workers, batch.count)) { stripe in
                    for i in stride(from: stripe, to: batch.count, by: workers) { results.set(i, transform(batch[i])) }
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                    results.set(i, transform(batch[i]))
                }
            }
            done.signal()
        }
        return InFlight(results: results, done: done)
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
