import { loadCsvDataset } from "./tabular";
import type { Dataset, LoadOptions, SplitDataset, SplitOptions } from "./types";

const BASE = [
  "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
  "concave points", "symmetry", "fractal dimension",
];
// The file holds the mean, the standard error and the worst value of each base feature, in that order.
const FEATURES = [
  ...BASE.map((f) => `mean ${f}`),
  ...BASE.map((f) => `${f} error`),
  ...BASE.map((f) => `worst ${f}`),
];

/**
 * Breast Cancer Wisconsin (Diagnostic): 569 tumours, 30 features of cell nuclei, label
 * 0 = malignant (212) and 1 = benign (357) — a binary task for logistic regression.
 *
 * @example
 * const { X, Y, labels } = data.breastCancer();
 * [X.shape, Y.shape] // → [ [ 30, 569 ], [ 1, 569 ] ]
 * labels // → [ 'malignant', 'benign' ]
 * const s = data.breastCancer({ normalize: true, testSize: 0.25, seed: 1 });
 * [s.X_train.shape, s.Y_train.shape, s.X_test.shape] // → [ [ 30, 426 ], [ 1, 426 ], [ 30, 143 ] ]
 */
export function breastCancer(opts: SplitOptions): SplitDataset;
export function breastCancer(opts?: LoadOptions): Dataset;
export function breastCancer(opts: LoadOptions = {}): Dataset | SplitDataset {
  return loadCsvDataset({ loader: "breastCancer", file: "breast_cancer.csv", countHeader: true, featureNames: FEATURES }, opts);
}
