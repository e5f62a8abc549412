import Dispatch
import Foundation

/// Runs work items on up to `jobs` threads at once and hands their results, in submission order,
/// to one consumer on a serial queue. At most `window` items are running or waiting to be consumed,
/// so `submit` blocks when the consumer falls behind and memory stays bounded.
final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    // Safety: `nextToSubmit` is touched only by the submitting thread; `pending` and `nextToDeliver`
    // only under `lock`; the rest is immutable or thread-safe (semaphores, queues, group).
    private let running: DispatchSemaphore
    private let slots: DispatchSemaphore
    private let consumer = DispatchQueue(label: "tidings.ordered-consumer")
    private let group = DispatchGroup()
    private let lock = NSLock()
    private let consume: @Sendable (Output) -> Void
    private var pending: [Int: Output] = [:]
    private var nextToSubmit = 0
    private var nextToDeliver = 0

    /// A pool running up to `jobs` items at once with at most `window` (at least `jobs`) in flight.
    init(jobs: Int, window: Int, consume: @escaping @Sendable (Output) -> Void) {
        let jobs = max(1, jobs)
        running = DispatchSemaphore(value: jobs)
        slots = DispatchSemaphore(value: max(jobs, window))
        self.consume = consume
    }

    /// Starts an item once a thread and a window slot are free; its result is consumed in order.
    func submit(_ work: @escaping @Sendable () -> Output) {
        slots.wait()
        running.wait()
        let index = nextToSubmit
        nextToSubmit += 1
        group.enter()
        DispatchQueue.global().async {
            let output = work()
            self.running.signal()
            self.completed(index, output)
        }
    }

    /// Waits until every submitted item has been consumed.
    func finish() {
        group.wait()
    }

    private func completed(_ index: Int, _ output: Output) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = output
        var ready: [Output] = []
        while let next = pending.removeValue(forKey: nextToDeliver) {
            ready.append(next)
            nextToDeliver += 1
        }
        guard !ready.isEmpty else { return }
        let batch = ready
        // Queued while holding the lock, so batches reach the serial consumer in order.
        consumer.async { [self] in
            for output in batch {
                consume(output)
                slots.signal()
                group.leave()
            }
        }
    }
}
