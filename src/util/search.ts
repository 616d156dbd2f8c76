/**
 * Binary search over anything sorted: the first index in [0, length) at which `before(i)`
 * turns false (`before` must be true on a prefix and false after it); `length` when never.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
