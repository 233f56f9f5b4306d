// Shared shapes of the nn building blocks, keyed as in the lectures.
import type { NDArray } from "../np";

/**
 * Network parameters keyed like the lectures: `{ W1, b1, W2, b2, ... }` with `W{l}` of shape
 * (n[l], n[l-1]) and `b{l}` of shape (n[l], 1). Batch normalisation adds `gamma{l}`, `beta{l}`.
 */
export type Parameters = Record<string, NDArray>;

/** Gradients keyed like the parameters with a `d` in front: `{ dW1, db1, dA0, ... }`. */
export type Grads = Record<string, NDArray>;

/** A random source: a seed (a fresh `np.random.RandomState(seed)`) or a RandomState to draw from. */
export type { RandomLike } from "../np";
