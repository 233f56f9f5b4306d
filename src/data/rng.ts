import { randomState, type RandomLike } from "../np";

/**
 * Random numbers for shuffling, splitting and the planar set, from np.random (numpy's legacy
 * MT19937 stream), so a Python user gets the same order with `np.random.RandomState(seed).permutation(m)`.
 * A seed gives a private RandomState, leaving np.random's global state alone; no seed draws from
 * the global generator, so `np.random.seed(...)` before a loader call also makes it reproducible.
 */
export interface Rng {
  /** `permutation(n)`: a shuffled 0..n-1. */
  permutation(n: number): number[];
  /** `randn(n)`: n standard normal values. */
  randn(n: number): Float64Array;
}

/**
 * A generator: seeded → a fresh private RandomState; a RandomState as is; unseeded → np.random's global one.
 * @example rng(0).permutation(5) // → [ 2, 0, 1, 3, 4 ]
 */
export function rng(seed?: RandomLike): Rng {
  const rs = randomState(seed);
  return {
    permutation: (n) => Array.from(rs.permutation(n).data),
    randn: (n) => Float64Array.from(rs.randn(n).data),
  };
}

/**
 * `RandomState(seed).permutation(n)` as a plain array of indices.
 * @example permutation(5, 0) // → [ 2, 0, 1, 3, 4 ]
 */
export function permutation(n: number, seed?: RandomLike): number[] {
  return rng(seed).permutation(n);
}
