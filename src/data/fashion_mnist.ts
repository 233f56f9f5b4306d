import { imageDataset } from "./idx_images";
import type { Dataset, ImageOptions, SplitDataset } from "./types";

/** Fashion-MNIST's class names, label 0 to 9. @example data.FASHION_LABELS[9] // → 'Ankle boot' */
export const FASHION_LABELS = [
  "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
];

export const FASHION_FILES = ["fashion-mnist/t10k-images-idx3-ubyte.gz", "fashion-mnist/t10k-labels-idx1-ubyte.gz"] as const;

/**
 * Fashion-MNIST (Zalando Research), its 10,000-image test set: 28×28 greyscale pictures of
 * clothes, pixels 0–255, 10 classes of 1,000 each (labels: 0 "T-shirt/top" ... 9 "Ankle boot").
 * The file is already mixed, so it is not shuffled unless asked.
 *
 * @example
 * const { X, Y, labels } = data.fashionMnist({ normalize: true });
 * [X.shape, Y.shape] // → [ [ 784, 10000 ], [ 1, 10000 ] ]
 * labels[Y.item(0, 0)] // → 'Ankle boot'
 */
export function fashionMnist(opts: ImageOptions & { testSize: number }): SplitDataset;
export function fashionMnist(opts?: ImageOptions): Dataset;
export function fashionMnist(opts: ImageOptions = {}): Dataset | SplitDataset {
  return imageDataset("fashionMnist", FASHION_FILES, FASHION_LABELS, opts);
}
