import { loadCsvDataset } from "./tabular";
import type { Dataset, ImageOptions, SplitDataset } from "./types";

const FEATURES: string[] = [];
for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) FEATURES.push(`pixel_${r}_${c}`);
const LABELS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/**
 * UCI optical handwritten digits: 1,797 images of 8×8 pixels with values 0–16, labels 0–9.
 * X is (64, 1797) flattened row by row; `normalize: true` divides by 16; `flatten: false`
 * gives (1797, 8, 8) images.
 *
 * @example
 * const { X, Y } = data.digits({ normalize: true }); // pixels in [0, 1]
 * [X.shape, Y.shape] // → [ [ 64, 1797 ], [ 1, 1797 ] ]
 * const img = data.digits({ flatten: false }).X.get(0); // the first digit as an 8 × 8 image
 * img.shape // → [ 8, 8 ]
 * Y.item(0, 0) // → 0
 */
export function digits(opts: ImageOptions & { testSize: number }): SplitDataset;
export function digits(opts?: ImageOptions): Dataset;
export function digits(opts: ImageOptions = {}): Dataset | SplitDataset {
  return loadCsvDataset(
    {
      loader: "digits",
      file: "digits.csv.gz",
      countHeader: false,
      featureNames: FEATURES,
      labels: LABELS,
      image: { max: 16, height: 8, width: 8 },
    },
    opts,
  );
}
