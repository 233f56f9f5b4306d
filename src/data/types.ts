import type { NDArray } from "../np";

/**
 * Options every array loader accepts.
 *
 * - `layout`: `"columns"` (default) gives the lectures' layout, X of shape (n_x, m) with one example
 *   per column and Y of shape (1, m); `"rows"` gives scikit-learn's, X (m, n_x) and y (m,).
 * - `oneHot`: Y becomes (classes, m) of 0/1 float64 (rows layout: (m, classes)) instead of integer labels.
 * - `normalize`: images are divided by their largest possible pixel value (into [0, 1]); tabular
 *   features are standardised to mean 0 and standard deviation 1 with the training examples' statistics
 *   (returned in `scaler`).
 * - `shuffle`: reorder the examples (with a split: draw the split at random, as scikit-learn's
 *   train_test_split does; without `shuffle: false` the split is random).
 * - `seed`: seed for shuffling and splitting, numpy-compatible: the order is
 *   `np.random.RandomState(seed).permutation(m)`. Without a seed, np.random's global generator is used.
 * - `testSize`: a fraction in (0, 1) or a number of examples; when given the loader returns the
 *   split form `{ X_train, Y_train, X_test, Y_test, ... }`. The test part is
 *   `ceil(testSize * m)` examples, as in scikit-learn.
 * - `dir`: read the files from this folder instead of the datasets folder.
 */
export interface LoadOptions {
  layout?: "columns" | "rows";
  oneHot?: boolean;
  normalize?: boolean;
  shuffle?: boolean;
  seed?: number;
  testSize?: number;
  dir?: string;
}

/** LoadOptions with a test size: the loader returns a {@link SplitDataset}. */
export type SplitOptions = LoadOptions & { testSize: number };

/** What the image loaders accept besides {@link LoadOptions}. */
export interface ImageOptions extends LoadOptions {
  /**
   * `false` keeps each image as a grid: X is (m, height, width) whatever the layout (as the
   * course's `train_set_x_orig`); default `true` flattens each image into a column (or row).
   */
  flatten?: boolean;
}

/** Shared description of a dataset's columns and classes. */
export interface DatasetInfo {
  /** Name of the loader that produced it, e.g. "iris". */
  name: string;
  /** Class names: a label value k means `labels[k]`. */
  labels: string[];
  /** Name of each feature (row of X in the lectures' layout). */
  featureNames: string[];
  /** Present when `normalize` standardised tabular features: the training mean and std per feature. */
  scaler?: { mean: number[]; std: number[] };
}

/** A whole dataset: X is (n_x, m), Y is (1, m) integer labels or (classes, m) one-hot. */
export interface Dataset extends DatasetInfo {
  X: NDArray;
  Y: NDArray;
}

/** A dataset split into training and test examples (same layout rules as {@link Dataset}). */
export interface SplitDataset extends DatasetInfo {
  X_train: NDArray;
  Y_train: NDArray;
  X_test: NDArray;
  Y_test: NDArray;
}
