import type { RandomLike } from "../np";
import { permutation } from "./rng";

/**
 * Size of the test part for `testSize`, following scikit-learn's train_test_split: a fraction in
 * (0, 1) takes `ceil(testSize * m)` examples, an integer takes that many.
 * @example
 * testCount(0.25, 10) // → 3
 * testCount(4, 10) // → 4
 */
export function testCount(testSize: number, m: number): number {
  const isFraction = !Number.isInteger(testSize) || testSize === 0;
  if (isFraction ? !(testSize > 0 && testSize < 1) : !(testSize > 0 && testSize < m)) {
    throw new Error(`test_size=${testSize} should be either positive and smaller than the number of samples ${m} or a float in the (0, 1) range`);
  }
  return isFraction ? Math.ceil(testSize * m) : testSize;
}

/**
 * Example indices of a train/test split, the same ones scikit-learn's
 * `train_test_split(..., test_size, random_state=seed, shuffle)` picks: shuffled, the test part is
 * the first `nTest` entries of `RandomState(seed).permutation(m)` and the training part the rest;
 * unshuffled, the training part is the first `m - nTest` examples.
 * @example
 * const { train, test } = data.splitIndices(10, 0.3, true, 0); // as train_test_split(..., test_size=0.3, random_state=0)
 * test // → [ 2, 8, 4 ]
 * train.join(" ") // → '9 1 6 7 3 0 5'
 */
export function splitIndices(m: number, testSize: number, shuffle = true, seed?: RandomLike): { train: number[]; test: number[] } {
  const nTest = testCount(testSize, m);
  const order = exampleOrder(m, shuffle, seed);
  if (shuffle) return { test: order.slice(0, nTest), train: order.slice(nTest) };
  return { train: order.slice(0, m - nTest), test: order.slice(m - nTest) };
}

/**
 * The order examples are visited in: `RandomState(seed).permutation(m)` when shuffling, else 0..m-1.
 * @example
 * exampleOrder(4, false) // → [ 0, 1, 2, 3 ]
 * exampleOrder(5, true, 0) // → [ 2, 0, 1, 3, 4 ]
 */
export function exampleOrder(m: number, shuffle: boolean, seed?: RandomLike): number[] {
  return shuffle ? permutation(m, seed) : range(m);
}

/** 0, 1, ..., n-1. @example range(3) // → [ 0, 1, 2 ] */
export function range(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}
