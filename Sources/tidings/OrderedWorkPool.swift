import Dispatch
import Foundation

/// Runs work items on `jobs` threads of its own and hands their results, in submission order, to
/// one consumer thread. At most `window` items are queued, running or waiting to be consumed, so
/// `submit` blocks when the workers or the consumer fall behind and memory stays bounded.
///
/// Workers and consumer are plain threads rather than Dispatch queues: on Linux, Dispatch's pool
/// may keep CPU-bound items on a single thread or wake the consumer late.
final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    // Safety: every `var` below is touched only while `condition` is locked; the rest is immutable
    // or thread-safe (semaphore, group).
    private let condition = NSCondition()
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private let consume: @Sendable (Output) -> Void
    private var queue: [(index: Int, work: @Sendable () -> Output)] = []
    private var closed = false
    private var pending: [Int: Output] = [:]
    private var deliverable: [Output] = []
    private var nextToSubmit = 0
    private var nextToDeliver = 0

    /// A pool of `jobs` threads with at most `window` (at least `jobs`) items in flight.
    init(jobs: Int, window: Int, consume: @escaping @Sendable (Output) -> Void) {
        let jobs = max(1, jobs)
        slots = DispatchSemaphore(value: max(jobs, window))
        self.consume = consume
        for number in 1...jobs {
            let thread = Thread { [self] in work() }
            thread.name = "tidings-job-\(number)"
            thread.start()
        }
        let consumer = Thread { [self] in deliver() }
        consumer.name = "tidings-writer"
        consumer.start()
    }

    /// Queues an item once a window slot is free; its result is consumed in order.
    func submit(_ work: @escaping @Sendable () -> Output) {
        slots.wait()
        group.enter()
        condition.lock()
        queue.append((nextToSubmit, work))
        nextToSubmit += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every submitted item has been consumed, then lets the threads end.
    func finish() {
        group.wait()
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// A worker thread's loop: take the oldest item, run it, hand in the result.
    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            guard !queue.isEmpty else {
                condition.unlock()
                return
            }
            let (index, item) = queue.removeFirst()  // at most `window` long
            condition.unlock()
            let output = item()
            condition.lock()
            pending[index] = output
            while let next = pending.removeValue(forKey: nextToDeliver) {
                deliverable.append(next)
                nextToDeliver += 1
            }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The consumer thread's loop: consume results in order as they become deliverable.
    private func deliver() {
        while true {
            condition.lock()
            while deliverable.isEmpty && !closed { condition.wait() }
            guard !deliverable.isEmpty else {
                condition.unlock()
                return
            }
            let batch = deliverable
            deliverable.removeAll()
            condition.unlock()
            for output in batch {
                consume(output)
                slots.signal()
                group.leave()
            }
        }
    }
}
