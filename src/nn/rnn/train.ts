// A small character-level training loop (the course's optimize / model for names).
import { np, NDArray } from "../../np";
import { bptt } from "./bptt";
import { charVocabulary, oneHotSequence, sample } from "./char";
import type { CharVocabulary } from "./char";
import { clipByGlobalNorm, clipByValue } from "./clip";
import { initializeRnnParameters, updateRnnParameters } from "./init";
import type { RnnParamGradients, RnnParameters } from "./types";

/** Options of {@link optimize}. */
export interface OptimizeOptions {
  /** α; default 0.01. */
  learningRate?: number;
  /** Clip every gradient entry to [−clipValue, clipValue]; default 5 (the course's choice). */
  clipValue?: number;
  /** Clip by global norm instead (then `clipValue` is not used). */
  maxNorm?: number;
}

/** Result of {@link optimize}. */
export interface OptimizeResult {
  /** The loss of this sequence before the update. */
  loss: number;
  /** The clipped gradients that were applied. */
  gradients: RnnParamGradients;
  /** The updated parameters. */
  parameters: RnnParameters;
  /** a⟨T_x⟩, to start the next sequence from. */
  aLast: NDArray;
}

/**
 * One training step on one sequence: forward, BPTT, clip, gradient-descent update. X and Y are
 * character indices; X[t] = null is a zero input (X = [null, ...word], Y = [...word, eos]).
 *
 * @example
 * const v = nn.rnn.charVocabulary(["anna"]);                            // "\n", "a", "n"
 * const parameters = nn.rnn.initializeRnnParameters(4, 3, 3, { seed: 1, scale: 0.5 });
 * const X = [null, ...[..."anna"].map((c) => v.charToIx[c])];          // [null, 1, 2, 2, 1]
 * const Y = [...X.slice(1), v.charToIx["\n"]];                         // [1, 2, 2, 1, 0]
 * const { loss, parameters: next, aLast } = nn.rnn.optimize(X, Y, np.zeros([4, 1]), parameters, { learningRate: 0.01 });
 * loss.toFixed(6) // → '4.833337'
 * np.round(aLast, 4) // → array([[ 0.0916],
 * //        [ 0.4937],
 * //        [-0.8597],
 * //        [ 0.9145]])
 */
export function optimize(
  X: readonly (number | null)[],
  Y: readonly number[],
  aPrev: NDArray,
  parameters: RnnParameters,
  opts: OptimizeOptions = {},
): OptimizeResult {
  if (X.length !== Y.length) throw new Error(`X and Y must have the same length, got ${X.length} and ${Y.length}`);
  const nX = parameters.Wax.shape[1];
  const nY = parameters.Wya.shape[0];
  const r = bptt(oneHotSequence(X, nX), oneHotSequence(Y, nY), aPrev, parameters);
  const { dWax, dWaa, dba, dWya, dby } = r.gradients;
  const raw: RnnParamGradients = { dWax, dWaa, dba, dWya, dby };
  const gradients = opts.maxNorm !== undefined ? clipByGlobalNorm(raw, opts.maxNorm).gradients : clipByValue(raw, opts.clipValue ?? 5);
  return {
    loss: r.loss,
    gradients,
    parameters: updateRnnParameters(parameters, gradients, opts.learningRate ?? 0.01),
    aLast: r.a.get(":", ":", -1),
  };
}

const PARAMETER_NAMES = ["Wax", "Waa", "ba", "Wya", "by"] as const;

/** Options of {@link trainCharRnn}. */
export interface TrainCharOptions extends OptimizeOptions {
  /** Number of optimize steps (one word each, cycling through the shuffled list); default 2000. */
  iterations?: number;
  /** Hidden units; default 50. */
  nA?: number;
  /** Seeds the initial weights, the word order and the samples; default 0. */
  seed?: number;
  /** Character maps; default {@link charVocabulary} of the words. */
  vocabulary?: CharVocabulary;
  /** Sample this many words every `sampleEvery` iterations and pass them to `onSample`. */
  sampleEvery?: number;
  samples?: number;
  /** Called with the iteration, the smoothed loss and the sampled words (for printing or plots). */
  onSample?: (iteration: number, loss: number, words: string[]) => void;
}

/** Result of {@link trainCharRnn}. */
export interface TrainCharResult {
  parameters: RnnParameters;
  vocabulary: CharVocabulary;
  /** The smoothed loss after every iteration: L̄ := 0.999 L̄ + 0.001 L, from the uniform guess. */
  losses: number[];
}

/**
 * Trains a character-level RNN on a word list (e.g. data.firstNames({ lowercase: true })): the
 * words are shuffled once, then each iteration runs {@link optimize} on one word, carrying the hidden
 * state from word to word. The loss starts from that of uniform guessing, −samples·log(1/size).
 *
 * @example
 * const words = ["anna", "bob", "ida"];      // the course trains on data.firstNames({ lowercase: true })
 * const samples = [];                         // words sampled every `sampleEvery` iterations
 * const { parameters, vocabulary, losses } = nn.rnn.trainCharRnn(words, { iterations: 10, nA: 5, learningRate: 0.05,
 *   sampleEvery: 10, samples: 2, onSample: (it, loss, names) => samples.push(`${it}: ${names.join(" ").replace(/\n/g, "")}`) });
 * samples // → [ '10: doibi aiaib' ]
 * vocabulary.chars.join("") // → '\nabdino'
 * np.round(np.array([losses[0], losses[9]]), 4) // → array([3.8957, 3.9362])
 */
export function trainCharRnn(words: readonly string[], opts: TrainCharOptions = {}): TrainCharResult {
  if (words.length === 0) throw new Error("trainCharRnn needs at least one word");
  const vocabulary = opts.vocabulary ?? charVocabulary(words);
  const { charToIx, ixToChar, size } = vocabulary;
  if (!("\n" in charToIx)) throw new Error("the vocabulary needs the end mark \"\\n\"");
  const eos = charToIx["\n"];
  const nA = opts.nA ?? 50;
  const seed = opts.seed ?? 0;
  const iterations = opts.iterations ?? 2000;
  const nSamples = opts.samples ?? 7;
  const rng = new np.random.RandomState(seed);
  // One set of parameter arrays and one hidden state for the whole run: each step's new values are
  // copied into them, so nothing outlives the step's np.scope and its memory is reused at once.
  const parameters = initializeRnnParameters(nA, size, size, { rng });
  const order = Array.from(rng.permutation(words.length).data as Float64Array);
  const aPrev = np.zeros([nA, 1]);
  let loss = -Math.log(1 / size) * nSamples;
  const losses: number[] = [];
  for (let j = 0; j < iterations; j++) {
    const word = words[order[j % words.length]];
    const X: (number | null)[] = [null];
    for (const ch of word) {
      if (!(ch in charToIx)) throw new Error(`character ${JSON.stringify(ch)} of ${JSON.stringify(word)} is not in the vocabulary`);
      X.push(charToIx[ch]);
    }
    const Y = [...(X.slice(1) as number[]), eos];
    const stepLoss = np.scope(() => {
      const step = optimize(X, Y, aPrev, parameters, opts);
      for (const k of PARAMETER_NAMES) np.copyto(parameters[k], step.parameters[k]);
      np.copyto(aPrev, step.aLast);
      return step.loss;
    });
    loss = loss * 0.999 + stepLoss * 0.001;
    losses.push(loss);
    if (opts.sampleEvery && opts.onSample && (j + 1) % opts.sampleEvery === 0) {
      const out: string[] = [];
      for (let s = 0; s < nSamples; s++) out.push(sample(parameters, { rng, eos }).map((i) => ixToChar[i]).join(""));
      opts.onSample(j + 1, loss, out);
    }
  }
  return { parameters, vocabulary, losses };
}
