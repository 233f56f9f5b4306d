// A seed-or-generator argument, shared by nn and data: numpy's legacy generator, so a seeded call
// draws exactly what the same numpy code draws after `np.random.seed(seed)`.
import { random } from "./index";
import { RandomState } from "./state";

/**
 * A seed or a generator. A number gives a fresh `RandomState(seed)` (the same numbers as
 * `np.random.seed(seed)` followed by the same draws, without touching the global generator);
 * a RandomState is used as is; `undefined` draws from the global `np.random`.
 */
export type RandomLike = number | RandomState | undefined;

/**
 * The generator behind a {@link RandomLike}.
 * @example const rs = randomState(3); rs.randn(2, 2) // what np.random.seed(3); np.random.randn(2, 2) gives
 */
export function randomState(r?: RandomLike): RandomState {
  if (r === undefined) return random;
  if (typeof r === "number") return new RandomState(r);
  return r;
}
