// Characters as one-hot vectors, and sampling text from a trained character-level RNN.
import { np, NDArray } from "../../np";
import { vocabulary, type Vocabulary } from "../../data";
import { rnnCellForward } from "./cell";
import type { RandomState } from "./init";
import { randomState } from "../../np";
import type { RnnParameters } from "./types";

/** Character ↔ index maps: data.vocabulary()'s result. */
export type CharVocabulary = Vocabulary;

/**
 * The characters of `words` plus the end-of-word mark "\n", sorted by code point (so "\n" is
 * index 0): data.vocabulary(words).
 *
 * @example
 * nn.rnn.charVocabulary(["ab", "ba"]).chars // → [ '\n', 'a', 'b' ]
 */
export function charVocabulary(words: readonly string[]): CharVocabulary {
  return vocabulary(words);
}

/**
 * A sequence of character indices as x of shape (size, 1, T_x), one one-hot column per step;
 * `null` gives the zero vector (the course's "no previous character" at t = 1).
 *
 * @example
 * nn.rnn.oneHotSequence([null, 2, 0], 3).get(":", 0, ":") // → array([[0., 0., 1.],
 * //        [0., 0., 0.],
 * //        [0., 1., 0.]])
 */
export function oneHotSequence(indices: readonly (number | null)[], size: number): NDArray {
  const T = indices.length;
  const x = np.zeros([size, 1, T]);
  const data = x.data; // fresh and C-ordered: element (ix, 0, t) is data[ix·T + t]
  indices.forEach((ix, t) => {
    if (ix === null) return;
    if (!Number.isInteger(ix) || ix < 0 || ix >= size) throw new Error(`index ${ix} is out of bounds for size ${size}`);
    data[ix * T + t] = 1;
  });
  return x;
}

/** Options of {@link sample}. */
export interface SampleOptions {
  /** Seed of a private RandomState; omitted: np.random's global generator. */
  seed?: number;
  /** Generator to draw from (wins over `seed`). */
  rng?: RandomState;
  /** Index of the end-of-word mark; default 0 ("\n" in {@link charVocabulary}). */
  eos?: number;
  /** Stop after this many characters (then the end mark is appended); default 50. */
  maxLength?: number;
}

/**
 * Generates one word: starting from x⟨1⟩ = 0 and a⟨0⟩ = 0, run a cell step, draw the next
 * character from ŷ⟨t⟩ (np.random.choice with p = ŷ), feed it back as the next one-hot input, until
 * the end mark is drawn or maxLength characters are out. Returns the indices, ending with the end mark.
 *
 * @example
 * const v = nn.rnn.charVocabulary(["ab", "ba"]);                       // "\n", "a", "b"
 * const parameters = nn.rnn.initializeRnnParameters(2, 3, 3, { seed: 1, scale: 0.5 }); // untrained
 * const ix = nn.rnn.sample(parameters, { seed: 0 });
 * ix.join(" ") // → '1 2 1 1 1 1 1 2 2 0'
 * ix.map((i) => v.ixToChar[i]).join("") // → 'abaaaaabb\n'
 */
export function sample(parameters: RnnParameters, opts: SampleOptions = {}): number[] {
  const rng = randomState(opts.rng ?? opts.seed);
  const eos = opts.eos ?? 0;
  const maxLength = opts.maxLength ?? 50;
  const vocabSize = parameters.by.shape[0];
  let x = np.zeros([parameters.Wax.shape[1], 1]);
  let aPrev = np.zeros([parameters.Waa.shape[0], 1]);
  const indices: number[] = [];
  let idx = -1;
  while (idx !== eos && indices.length < maxLength) {
    const { aNext, yt } = rnnCellForward(x, aPrev, parameters);
    idx = rng.choice(vocabSize, { p: yt.ravel() }) as number;
    indices.push(idx);
    x = np.zeros([vocabSize, 1]);
    x.set(idx, 0, 1);
    aPrev = aNext;
  }
  if (idx !== eos) indices.push(eos);
  return indices;
}
