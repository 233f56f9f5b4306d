import { imageDataset } from "./idx_images";
import type { Dataset, ImageOptions, SplitDataset } from "./types";

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const MNIST_FILES = ["mnist10k-images-idx3-ubyte.gz", "mnist10k-labels-idx1-ubyte.gz"] as const;

/**
 * 10,000 MNIST handwritten digits (28×28, pixels 0–255, labels 0–9; LeCun & Cortes). This is a
 * 10k subset stored sorted by digit, so it is shuffled by default, with seed 0 unless you give
 * another (`shuffle: false` keeps the file order). X is (784, 10000); `normalize: true` divides by 255.
 *
 * @example
 * const s = data.mnist({ normalize: true, oneHot: true, testSize: 0.2, seed: 1 }); // without testSize: X (784, 10000)
 * [s.X_train.shape, s.Y_train.shape, s.X_test.shape] // → [ [ 784, 8000 ], [ 10, 8000 ], [ 784, 2000 ] ]
 */
export function mnist(opts: ImageOptions & { testSize: number }): SplitDataset;
export function mnist(opts?: ImageOptions): Dataset;
export function mnist(opts: ImageOptions = {}): Dataset | SplitDataset {
  return imageDataset("mnist", MNIST_FILES, DIGITS, { shuffle: true, seed: 0, ...opts });
}
