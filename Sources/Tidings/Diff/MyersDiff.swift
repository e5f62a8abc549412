/// Myers' O(ND) difference algorithm, linear-space variant (middle snake, divide and conquer).
///
/// Works on interned element ids and reports which elements of each side are not part of
/// the longest common subsequence found.
struct MyersDiff {
    private let old: [Int]
    private let new: [Int]
    private var removed: [Bool]
    private var inserted: [Bool]

    private init(old: [Int], new: [Int]) {
        self.old = old
        self.new = new
        self.removed = Array(repeating: false, count: old.count)
        self.inserted = Array(repeating: false, count: new.count)
    }

    /// Flags for each element of `old` (removed) and `new` (inserted) in a shortest edit script.
    static func changes(old: [Int], new: [Int]) -> (removed: [Bool], inserted: [Bool]) {
        var diff = MyersDiff(old: old, new: new)
        diff.compare(oldRange: 0..<old.count, newRange: 0..<new.count)
        return (diff.removed, diff.inserted)
    }

    private mutating func compare(oldRange: Range<Int>, newRange: Range<Int>) {
        var oldLow = oldRange.lowerBound, oldHigh = oldRange.upperBound
        var newLow = newRange.lowerBound, newHigh = newRange.upperBound
        while oldLow < oldHigh && newLow < newHigh && old[oldLow] == new[newLow] {
            oldLow += 1
            newLow += 1
        }
        while oldLow < oldHigh && newLow < newHigh && old[oldHigh - 1] == new[newHigh - 1] {
            oldHigh -= 1
            newHigh -= 1
        }
        if oldLow == oldHigh || newLow == newHigh {
            markChanged(oldRange: oldLow..<oldHigh, newRange: newLow..<newHigh)
            return
        }
        guard let (x, y) = middleSnake(oldRange: oldLow..<oldHigh, newRange: newLow..<newHigh) else {
            markChanged(oldRange: oldLow..<oldHigh, newRange: newLow..<newHigh)
            return
        }
        compare(oldRange: oldLow..<x, newRange: newLow..<y)
        compare(oldRange: x..<oldHigh, newRange: y..<newHigh)
    }

    private mutating func markChanged(oldRange: Range<Int>, newRange: Range<Int>) {
        for index in oldRange { removed[index] = true }
        for index in newRange { inserted[index] = true }
    }

    /// Finds a point (absolute indices) on a shortest edit path where the forward and the
    /// reverse searches meet; both halves around it have a strictly shorter edit distance.
    private func middleSnake(oldRange: Range<Int>, newRange: Range<Int>) -> (Int, Int)? {
        let oldLow = oldRange.lowerBound, oldHigh = oldRange.upperBound
        let newLow = newRange.lowerBound, newHigh = newRange.upperBound
        let n = oldRange.count
        let m = newRange.count
        let maxD = (n + m + 1) / 2
        let offset = maxD
        let length = 2 * maxD + 2
        var forward = [Int](repeating: -1, count: length)
        var reverse = [Int](repeating: -1, count: length)
        forward[offset + 1] = 0
        reverse[offset + 1] = 0
        let delta = n - m
        let checksInForward = delta % 2 != 0
        var forwardStart = 0, forwardEnd = 0
        var reverseStart = 0, reverseEnd = 0

        for d in 0..<maxD {
            var k = -d + forwardStart
            while k <= d - forwardEnd {
                let index = offset + k
                var x = (k == -d || (k != d && forward[index - 1] < forward[index + 1]))
                    ? forward[index + 1] : forward[index - 1] + 1
                var y = x - k
                while x < n && y < m && old[oldLow + x] == new[newLow + y] {
                    x += 1
                    y += 1
                }
                forward[index] = x
                if x > n {
                    forwardEnd += 2
                } else if y > m {
                    forwardStart += 2
                } else if checksInForward {
                    let reverseIndex = offset + delta - k
                    if reverseIndex >= 0 && reverseIndex < length && reverse[reverseIndex] != -1
                        && x >= n - reverse[reverseIndex] {
                        return (oldLow + x, newLow + y)
                    }
                }
                k += 2
            }

            k = -d + reverseStart
            while k <= d - reverseEnd {
                let index = offset + k
                var x = (k == -d || (k != d && reverse[index - 1] < reverse[index + 1]))
                    ? reverse[index + 1] : reverse[index - 1] + 1
                var y = x - k
                while x < n && y < m && old[oldHigh - 1 - x] == new[newHigh - 1 - y] {
                    x += 1
                    y += 1
                }
                reverse[index] = x
                if x > n {
                    reverseEnd += 2
                } else if y > m {
                    reverseStart += 2
                } else if !checksInForward {
                    let forwardIndex = offset + delta - k
                    if forwardIndex >= 0 && forwardIndex < length && forward[forwardIndex] != -1 {
                        let forwardX = forward[forwardIndex]
                        let forwardY = forwardX - (delta - k)
                        if forwardX <= n && forwardY >= 0 && forwardY <= m && forwardX >= n - x {
                            return (oldLow + forwardX, newLow + forwardY)
                        }
                    }
                }
                k += 2
            }
        }
        return nil
    }
}
