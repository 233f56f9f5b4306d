import { loadCsvDataset } from "./tabular";
import type { Dataset, LoadOptions, SplitDataset, SplitOptions } from "./types";

const FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

/**
 * Fisher's Iris flowers: 150 examples, 4 measurements in cm, 3 species (50 each, in file order
 * setosa, versicolor, virginica; labels 0, 1, 2). From datasets/iris.csv (scikit-learn's copy).
 *
 * @example
 * const { X, Y, labels } = data.iris();
 * [X.shape, Y.shape, Y.dtype] // → [ [ 4, 150 ], [ 1, 150 ], 'int64' ]
 * labels // → [ 'setosa', 'versicolor', 'virginica' ]
 * const rows = data.iris({ layout: "rows" }); // like sklearn's load_iris
 * [rows.X.shape, rows.Y.shape] // → [ [ 150, 4 ], [ 150 ] ]
 * const s = data.iris({ testSize: 0.2, seed: 0, oneHot: true });
 * [s.X_train.shape, s.Y_test.shape] // → [ [ 4, 120 ], [ 3, 30 ] ]
 */
export function iris(opts: SplitOptions): SplitDataset;
export function iris(opts?: LoadOptions): Dataset;
export function iris(opts: LoadOptions = {}): Dataset | SplitDataset {
  return loadCsvDataset({ loader: "iris", file: "iris.csv", countHeader: true, featureNames: FEATURES }, opts);
}
