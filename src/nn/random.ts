// Where nn draws its random numbers: numpy's legacy generator (np.random), so a seeded nn call draws
// exactly what the same numpy code draws after `np.random.seed(seed)`.
import { np } from "../np";
import type { RandomState } from "../np/random";

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
  if (r === undefined) return np.random;
  if (typeof r === "number") return new np.random.RandomState(r);
  return r;
}
