import { np, type NDArray } from "../np";
import { exampleOrder, splitIndices } from "./split";
import type { Dataset, DatasetInfo, LoadOptions, SplitDataset } from "./types";

/** A dataset as parsed from its file: m examples of n features, row-major, and integer labels. */
export interface RawExamples {
  m: number;
  n: number;
  /** Features, row-major (m × n); a Uint8Array for images keeps the file's bytes without copying. */
  features: Float64Array | Uint8Array;
  /** Label of each example, 0 .. classes-1. */
  target: ArrayLike<number>;
  /** Number of classes (rows of a one-hot Y). */
  classes: number;
  /**
   * For images: the largest pixel value (normalize divides by it) and the image's height and width
   * (for `flatten: false`). Tabular data leaves it out and `normalize` standardises instead.
   */
  image?: { max: number; height: number; width: number };
}

/** What the loaders pass on from their options, with their own defaults already applied. */
export interface BuildOptions extends LoadOptions {
  flatten?: boolean;
}

/**
 * Turns parsed examples into the loader's result: picks the order (shuffle or split), normalises,
 * lays X and Y out as asked. Returns the split form exactly when `testSize` is given.
 * @example
 * const raw = { m: 2, n: 1, features: new Float64Array([3, 4]), target: [0, 1], classes: 2 };
 * buildDataset(raw, { name: "toy", labels: ["a", "b"], featureNames: ["x"] }, {}).X // → array([[3., 4.]])
 * buildDataset(raw, { name: "toy", labels: ["a", "b"], featureNames: ["x"] }, { oneHot: true }).Y // → array([[1., 0.],
 * //        [0., 1.]])
 */
export function buildDataset(raw: RawExamples, info: Omit<DatasetInfo, "scaler">, opts: BuildOptions): Dataset | SplitDataset {
  if (opts.testSize !== undefined) {
    return assembleSplit(raw, info, splitIndices(raw.m, opts.testSize, opts.shuffle ?? true, opts.seed), opts);
  }
  return assemble(raw, info, exampleOrder(raw.m, opts.shuffle ?? false, opts.seed), opts);
}

function checkLayout(name: string, opts: BuildOptions): void {
  if (opts.layout !== undefined && opts.layout !== "columns" && opts.layout !== "rows") {
    throw new Error(`data.${name}(): layout must be "columns" or "rows", got ${JSON.stringify(opts.layout)}`);
  }
}

/**
 * The whole-dataset form for the given examples, in the given order.
 * @example
 * const raw = { m: 2, n: 1, features: new Float64Array([3, 4]), target: [0, 1], classes: 2 };
 * const info = { name: "toy", labels: ["a", "b"], featureNames: ["x"] };
 * assemble(raw, info, [1, 0], {}).X // → array([[4., 3.]])
 */
export function assemble(raw: RawExamples, info: Omit<DatasetInfo, "scaler">, order: number[], opts: BuildOptions): Dataset {
  checkLayout(info.name, opts);
  const norm = normalizer(raw, order, opts.normalize ?? false);
  const result: Dataset = { ...info, X: layoutX(raw, order, norm.f, opts), Y: layoutY(raw, order, opts) };
  if (norm.scaler) result.scaler = norm.scaler;
  return result;
}

/**
 * The split form for the given training and test examples; standardisation is fitted on the training part.
 * @example
 * const raw = { m: 2, n: 1, features: new Float64Array([3, 4]), target: [0, 1], classes: 2 };
 * const info = { name: "toy", labels: ["a", "b"], featureNames: ["x"] };
 * const s = assembleSplit(raw, info, { train: [0, 1], test: [1] }, { normalize: true });
 * s.scaler // → { mean: [ 3.5 ], std: [ 0.5 ] }
 * s.X_test // → array([[1.]])
 */
export function assembleSplit(
  raw: RawExamples,
  info: Omit<DatasetInfo, "scaler">,
  parts: { train: number[]; test: number[] },
  opts: BuildOptions,
): SplitDataset {
  checkLayout(info.name, opts);
  const norm = normalizer(raw, parts.train, opts.normalize ?? false);
  const result: SplitDataset = {
    ...info,
    X_train: layoutX(raw, parts.train, norm.f, opts),
    Y_train: layoutY(raw, parts.train, opts),
    X_test: layoutX(raw, parts.test, norm.f, opts),
    Y_test: layoutY(raw, parts.test, opts),
  };
  if (norm.scaler) result.scaler = norm.scaler;
  return result;
}

/**
 * What `normalize` does to each value: nothing, a division by the largest pixel value (images), or
 * (x - mean) / std per feature (tables).
 */
type Transform = { kind: "none" } | { kind: "scale"; max: number } | { kind: "standard"; mean: number[]; std: number[] };

/**
 * The transform `normalize` asks for. Tables: statistics over the given (training) examples,
 * population std as scikit-learn's StandardScaler, a constant feature keeping std 1.
 */
function normalizer(raw: RawExamples, fitOn: number[], normalize: boolean): { f: Transform; scaler?: { mean: number[]; std: number[] } } {
  if (!normalize) return { f: { kind: "none" } };
  if (raw.image) return { f: { kind: "scale", max: raw.image.max } };
  const { n, features } = raw;
  const mean = new Array<number>(n).fill(0);
  const std = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (const i of fitOn) s += features[i * n + j];
    const mu = s / fitOn.length;
    let ss = 0;
    for (const i of fitOn) {
      const d = features[i * n + j] - mu;
      ss += d * d;
    }
    const sd = Math.sqrt(ss / fitOn.length);
    mean[j] = mu;
    std[j] = sd === 0 ? 1 : sd;
  }
  return { f: { kind: "standard", mean, std }, scaler: { mean, std } };
}

/** X for the chosen examples: (n, k) in columns layout, (k, n) in rows layout, (k, h, w) unflattened. */
function layoutX(raw: RawExamples, idx: number[], f: Transform, opts: BuildOptions): NDArray {
  const { n, features } = raw;
  const k = idx.length;
  const columns = (opts.layout ?? "columns") === "columns" && opts.flatten !== false;
  const X = np.empty(opts.flatten === false && raw.image ? [k, raw.image.height, raw.image.width] : columns ? [n, k] : [k, n]);
  const out = X.data as Float64Array;
  // Element (example i, feature j) goes to out[i * rowStep + j * colStep].
  const rowStep = columns ? 1 : n;
  const colStep = columns ? k : 1;
  // Examples are copied in blocks so the strided writes of the columns layout stay in cache.
  const BLOCK = 64;
  for (let i0 = 0; i0 < k; i0 += BLOCK) {
    const i1 = Math.min(k, i0 + BLOCK);
    for (let j = 0; j < n; j++) {
      const mu = f.kind === "standard" ? f.mean[j] : 0;
      const sd = f.kind === "standard" ? f.std[j] : f.kind === "scale" ? f.max : 1;
      let dst = i0 * rowStep + j * colStep;
      if (f.kind === "none") {
        for (let i = i0; i < i1; i++, dst += rowStep) out[dst] = features[idx[i] * n + j];
      } else {
        // (v - 0) / max is exactly v / max, numpy's X / 255
        for (let i = i0; i < i1; i++, dst += rowStep) out[dst] = (features[idx[i] * n + j] - mu) / sd;
      }
    }
  }
  return X;
}

/** Y for the chosen examples: int64 labels (1, k) / (k,), or float64 one-hot (classes, k) / (k, classes). */
function layoutY(raw: RawExamples, idx: number[], opts: BuildOptions): NDArray {
  const k = idx.length;
  const columns = (opts.layout ?? "columns") === "columns";
  if (!opts.oneHot) {
    const Y = np.zeros(columns ? [1, k] : [k], { dtype: "int64" });
    const out = Y.data;
    for (let i = 0; i < k; i++) out[i] = raw.target[idx[i]];
    return Y;
  }
  const c = raw.classes;
  const Y = np.zeros(columns ? [c, k] : [k, c]);
  const out = Y.data;
  for (let i = 0; i < k; i++) {
    const y = raw.target[idx[i]];
    out[columns ? y * k + i : i * c + y] = 1;
  }
  return Y;
}
