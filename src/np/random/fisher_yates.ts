// numpy's shuffles, for the legacy RandomState and the Generator alike: Fisher-Yates from the end,
// each step drawing j in [0, i] with the caller's generator (`interval`), on one strided lane or on
// the subarrays along an axis. The draw order is numpy's, so the streams stay bit for bit.

import type { StridedView } from "./legacy";

/** Draws an integer in [0, max] from the caller's generator. */
export type Interval = (max: number) => number;

/** Swaps n elements spaced `stride` apart starting at `offset` into random order. */
export function shuffleLane(interval: Interval, data: StridedView["data"], n: number, offset: number, stride: number): void {
  for (let i = n - 1; i > 0; i--) {
    const j = interval(i);
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
export function shuffleAxis(interval: Interval, v: StridedView, axis: number): void {
  if (v.shape.some((d) => d === 0)) return;
  const n = v.shape[axis];
  const s0 = v.strides[axis];
  if (v.shape.length === 1) return shuffleLane(interval, v.data, n, v.offset, s0);
  const rel = laneOffsets(v, axis);
  const data = v.data;
  for (let i = n - 1; i > 0; i--) {
    const j = interval(i);
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
