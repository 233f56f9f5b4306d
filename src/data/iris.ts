import { loadCsvDataset } from "./tabular";
import type { Dataset, LoadOptions, SplitDataset, SplitOptions } from "./types";

const FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

/**
 * Fisher's Iris flowers: 150 examples, 4 measurements in cm, 3 species (50 each, in file order
 * setosa, versicolor, virginica; labels 0, 1, 2). From datasets/iris.csv (scikit-learn's copy).
 *
 * @example
 * const { X, Y, labels } = data.iris();      // X (4, 150), Y (1, 150) int64, labels ["setosa", ...]
 * const rows = data.iris({ layout: "rows" }); // X (150, 4), Y (150,) like sklearn's load_iris
 * const s = data.iris({ testSize: 0.2, seed: 0, oneHot: true }); // s.X_train (4, 120), s.Y_test (3, 30)
 */
export function iris(opts: SplitOptions): SplitDataset;
export function iris(opts?: LoadOptions): Dataset;
export function iris(opts: LoadOptions = {}): Dataset | SplitDataset {
  return loadCsvDataset({ loader: "iris", file: "iris.csv", countHeader: true, featureNames: FEATURES }, opts);
}
