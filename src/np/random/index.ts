// `np.random`: numpy's legacy global generator. Its functions share one RandomState, so
// `np.random.seed(1); np.random.randn(5)` gives numpy's numbers bit for bit.

import { RandomState } from "./state";
import { Generator, defaultRng } from "./generator/generator";
import { PCG64 } from "./generator/pcg64";
import { SeedSequence } from "./generator/seed_sequence";

export { RandomState } from "./state";
export type { Size, ChoiceOptions, RandintOptions, NormalOptions, UniformOptions, Shuffleable } from "./state";
export type { ParamValue, SamplerOptions, MultivariateNormalOptions, LegacyStateTuple, StateDict, StateLike } from "./samplers";
export { Generator, defaultRng } from "./generator/generator";
export type { IntegersOptions } from "./generator/generator";
export { PCG64 } from "./generator/pcg64";
export type { PCG64State, Seed } from "./generator/pcg64";
export { SeedSequence } from "./generator/seed_sequence";

/** The type of `np.random`: the global RandomState's methods plus the classes and `defaultRng`. */
export type RandomNamespace = RandomState & {
  readonly RandomState: typeof RandomState;
  readonly Generator: typeof Generator;
  readonly PCG64: typeof PCG64;
  readonly SeedSequence: typeof SeedSequence;
  readonly defaultRng: typeof defaultRng;
};

/**
 * numpy's `np.random` (legacy RandomState API, MT19937): `seed`, `rand`, `randn`, `randint`,
 * `permutation`, `shuffle`, `choice`, `normal`, `uniform`, `random`, `randomSample`, `sample`, `ranf`,
 * `standardNormal`, the distributions (`binomial`, `poisson`, `exponential`, `gamma`, `beta`,
 * `chisquare`, `multinomial`, `dirichlet`, `multivariateNormal`, ... as numpy's RandomState has them),
 * `bytes`, `getState`/`setState`, and the `RandomState` class for independent generators.
 * `defaultRng(seed)` gives numpy's modern `Generator` (PCG64), also bit for bit.
 *
 * @example
 * np.random.seed(1);
 * np.random.randn(5);  // array([ 1.62434536, -0.61175641, -0.52817175, -1.07296862,  0.86540763])
 * np.random.randint(0, 10, [2, 3]);
 * np.random.choice(5, { size: 3, replace: false });
 */
export const random: RandomNamespace = Object.assign(new RandomState(), { RandomState, Generator, PCG64, SeedSequence, defaultRng });
