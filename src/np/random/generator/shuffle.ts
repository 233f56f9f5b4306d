// numpy's Generator shuffles: Fisher-Yates from the end with random_interval (masked rejection),
// on 1-D strided data, on rows (subarrays along an axis) and on plain JS arrays.

import type { PCG64 } from "./pcg64";
import { interval } from "./bounded";
import type { StridedView } from "../legacy";

/** Swaps n elements spaced `stride` apart starting at `offset` into random order. */
export function shuffleLane(bg: PCG64, data: StridedView["data"], n: number, offset: number, stride: number): void {
  for (let i = n - 1; i > 0; i--) {
    const j = interval(bg, i);
    const a = offset + i * stride;
    const b = offset + j * stride;
    const t = data[a];
    data[a] = data[b];
    data[b] = t;
  }
}

/** Relative offsets of the elements of one subarray (all axes but `axis`), in C order. */
export function laneOffsets(v: StridedView, axis: number): number[] {
  let rel: number[] = [0];
  v.shape.forEach((d, ax) => {
    if (ax === axis) return;
    const next: number[] = [];
    for (const r of rel) for (let k = 0; k < d; k++) next.push(r + k * v.strides[ax]);
    rel = next;
  });
  return rel;
}

/**
 * Shuffles the subarrays along `axis` of a strided array in place (numpy's n-d shuffle: nothing is
 * drawn for an empty array, and j == i swaps nothing).
 */
export function shuffleAxis(bg: PCG64, v: StridedView, axis: number): void {
  if (v.shape.some((d) => d === 0)) return;
  const n = v.shape[axis];
  const s0 = v.strides[axis];
  if (v.shape.length === 1) return shuffleLane(bg, v.data, n, v.offset, s0);
  const rel = laneOffsets(v, axis);
  const data = v.data;
  for (let i = n - 1; i > 0; i--) {
    const j = interval(bg, i);
    if (i === j) continue;
    const a = v.offset + i * s0;
    const b = v.offset + j * s0;
    for (const r of rel) {
      const t = data[a + r];
      data[a + r] = data[b + r];
      data[b + r] = t;
    }
  }
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
