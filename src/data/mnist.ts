import { readImageSet } from "./idx_images";
import { buildDataset } from "./table";
import type { Dataset, ImageOptions, SplitDataset } from "./types";

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** "pixel_r_c" for every pixel of an h × w image, row by row. */
export function pixelNames(h: number, w: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out.push(`pixel_${r}_${c}`);
  return out;
}

/**
 * 10,000 MNIST handwritten digits (28×28, pixels 0–255, labels 0–9; LeCun & Cortes). This is a
 * 10k subset stored sorted by digit, so it is shuffled by default, with seed 0 unless you give
 * another (`shuffle: false` keeps the file order). X is (784, 10000); `normalize: true` divides by 255.
 *
 * @example
 * const { X, Y } = data.mnist({ normalize: true, oneHot: true }); // X (784, 10000), Y (10, 10000)
 * const s = data.mnist({ normalize: true, testSize: 0.2, seed: 1 }); // X_train (784, 8000)
 */
export function mnist(opts: ImageOptions & { testSize: number }): SplitDataset;
export function mnist(opts?: ImageOptions): Dataset;
export function mnist(opts: ImageOptions = {}): Dataset | SplitDataset {
  const set = readImageSet("mnist", "mnist10k-images-idx3-ubyte.gz", "mnist10k-labels-idx1-ubyte.gz", 10, opts.dir);
  return buildDataset(
    {
      m: set.m,
      n: set.height * set.width,
      features: set.pixels,
      target: set.labels,
      classes: 10,
      image: { max: 255, height: set.height, width: set.width },
    },
    { name: "mnist", labels: DIGITS, featureNames: pixelNames(set.height, set.width) },
    { shuffle: true, seed: 0, ...opts },
  );
}
