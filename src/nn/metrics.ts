// How good are the predictions: accuracy, accuracy per class, confusion matrix. Arguments come in
// scikit-learn's order: true labels first, then predictions.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";

/**
 * Class labels as a plain list from any of the usual forms: a label vector (m,), a label row (1, m),
 * or a (classes, m) matrix of one-hot columns or probabilities (its argmax over axis 0).
 * @example
 * nn.toLabels(np.array([[0, 1], [1, 0]])) // → [ 1, 0 ]
 * nn.toLabels(np.array([[2, 0, 1]])) // → [ 2, 0, 1 ]
 */
export function toLabels(Y: ArrayLike): number[] {
  const a = np.asarray(Y);
  if (a.ndim === 2 && a.shape[0] > 1) return Array.from(np.argmax(a, { axis: 0 }).data as Float64Array, Number);
  return Array.from(a.ravel().astype("float64").data as Float64Array);
}

function pair(yTrue: ArrayLike, yPred: ArrayLike): [number[], number[]] {
  const t = toLabels(yTrue), p = toLabels(yPred);
  if (t.length !== p.length) throw new Error(`Found input variables with inconsistent numbers of samples: [${t.length}, ${p.length}]`);
  return [t, p];
}

/**
 * Accuracy = number of correct predictions / total number of predictions.
 * @example nn.accuracy([0, 1, 3, 5, 1], [0, 7, 8, 5, 1]) // → 0.6
 */
export function accuracy(yTrue: ArrayLike, yPred: ArrayLike): number {
  const [t, p] = pair(yTrue, yPred);
  if (t.length === 0) return NaN;
  let correct = 0;
  for (let i = 0; i < t.length; i++) if (t[i] === p[i]) correct++;
  return correct / t.length;
}

/**
 * Accuracy within each true class c: among the examples with label c, the fraction predicted as c.
 * Keyed by the classes that occur in yTrue.
 * @example nn.perClassAccuracy([0, 1, 3, 5, 1], [0, 7, 8, 5, 1]) // → { '0': 1, '1': 0.5, '3': 0, '5': 1 }
 */
export function perClassAccuracy(yTrue: ArrayLike, yPred: ArrayLike): Record<number, number> {
  const [t, p] = pair(yTrue, yPred);
  const total = new Map<number, number>(), right = new Map<number, number>();
  for (let i = 0; i < t.length; i++) {
    total.set(t[i], (total.get(t[i]) ?? 0) + 1);
    if (t[i] === p[i]) right.set(t[i], (right.get(t[i]) ?? 0) + 1);
  }
  const out: Record<number, number> = {};
  for (const c of [...total.keys()].sort((a, b) => a - b)) out[c] = (right.get(c) ?? 0) / total.get(c)!;
  return out;
}

/**
 * The confusion matrix C (k, k), int64: C[i, j] counts examples of true class i predicted as j
 * (rows true, columns predicted, as scikit-learn). Labels must be integers in 0..k−1; k defaults
 * to 1 + the largest label seen.
 * @example
 * nn.confusionMatrix([0, 1, 1, 2], [0, 1, 2, 2]) // → array([[1, 0, 0],
 * //        [0, 1, 1],
 * //        [0, 0, 1]])
 */
export function confusionMatrix(yTrue: ArrayLike, yPred: ArrayLike, opts: { numClasses?: number } = {}): NDArray {
  const [t, p] = pair(yTrue, yPred);
  let k = opts.numClasses ?? 0;
  if (opts.numClasses === undefined) for (let i = 0; i < t.length; i++) k = Math.max(k, t[i] + 1, p[i] + 1);
  const C = np.zeros([k, k], { dtype: "int64" });
  for (let i = 0; i < t.length; i++) {
    const [a, b] = [t[i], p[i]];
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b >= 0 && a < k && b < k))
      throw new Error(`labels must be integers in 0..${k - 1}, got true ${a}, predicted ${b}`);
    C.data[a * k + b] += 1;
  }
  return C;
}
