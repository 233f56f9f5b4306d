import { loadCsvDataset } from "./tabular";
import type { Dataset, LoadOptions, SplitDataset, SplitOptions } from "./types";

const FEATURES = [
  "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
  "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280/od315_of_diluted_wines", "proline",
];

/**
 * UCI Wine: chemical analysis of 178 Italian wines, 13 features, 3 cultivars
 * (class_0: 59, class_1: 71, class_2: 48). Features have very different scales, so
 * `normalize: true` (standardisation) matters here.
 *
 * @example
 * const { X, Y, labels } = data.wine({ normalize: true }); // each feature (row) has mean 0, std 1
 * [X.shape, Y.shape] // → [ [ 13, 178 ], [ 1, 178 ] ]
 * labels // → [ 'class_0', 'class_1', 'class_2' ]
 */
export function wine(opts: SplitOptions): SplitDataset;
export function wine(opts?: LoadOptions): Dataset;
export function wine(opts: LoadOptions = {}): Dataset | SplitDataset {
  return loadCsvDataset({ loader: "wine", file: "wine_data.csv", countHeader: true, featureNames: FEATURES }, opts);
}
