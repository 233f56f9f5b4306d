// numpy's Generator shuffles: ../fisher_yates.ts with random_interval (masked rejection) on PCG64,
// on 1-D strided data, on rows (subarrays along an axis) and on plain JS arrays.

import type { PCG64 } from "./pcg64";
import { interval } from "./bounded";
import type { StridedView } from "../legacy";
import { shuffleLane as lane, shuffleAxis as axisShuffle, laneOffsets } from "../fisher_yates";

/** Swaps n elements spaced `stride` apart starting at `offset` into random order. */
export function shuffleLane(bg: PCG64, data: StridedView["data"], n: number, offset: number, stride: number): void {
  lane((i) => interval(bg, i), data, n, offset, stride);
}

export { laneOffsets };

/** Shuffles the subarrays along `axis` of a strided array in place (numpy's n-d shuffle). */
export function shuffleAxis(bg: PCG64, v: StridedView, axis: number): void {
  axisShuffle((i) => interval(bg, i), v, axis);
}

/** A plain JS array shuffled in place. */
export function shuffleList<T>(bg: PCG64, x: T[]): void {
  for (let i = x.length - 1; i > 0; i--) {
    const j = interval(bg, i);
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}
