import { parseDatasetFile } from "./files";
import { parseIdx } from "./idx";
import { buildDataset, type BuildOptions, type RawExamples } from "./table";
import type { Dataset, SplitDataset } from "./types";

/** An image set read from a pair of IDX files: m images of height × width bytes and their labels. */
export interface ImageSet {
  m: number;
  height: number;
  width: number;
  /** All pixels, image after image, row-major (m × height × width). */
  pixels: Uint8Array;
  labels: Uint8Array;
}

/**
 * Reads an images file (IDX rank 3) and a labels file (IDX rank 1), both gzipped, and checks that
 * they belong together. Errors name the loader and the offending file.
 * @example
 * const set = readImageSet("mnist", "mnist10k-images-idx3-ubyte.gz", "mnist10k-labels-idx1-ubyte.gz", 10);
 * [set.m, set.height, set.width] // → [ 10000, 28, 28 ]
 * set.labels[0] // → 0
 */
export function readImageSet(loader: string, imagesFile: string, labelsFile: string, classes: number, dir?: string): ImageSet {
  const images = parseDatasetFile(loader, imagesFile, dir, (b) => parseIdx(b, 3));
  const labels = parseDatasetFile(loader, labelsFile, dir, (b) => {
    const l = parseIdx(b, 1);
    if (l.dims[0] !== images.dims[0]) throw new Error(`${l.dims[0]} labels for ${images.dims[0]} images in ${imagesFile}`);
    for (let i = 0; i < l.values.length; i++) {
      if (l.values[i] >= classes) throw new Error(`label ${l.values[i]} at position ${i} is not below ${classes}`);
    }
    return l;
  });
  const [m, height, width] = images.dims;
  return { m, height, width, pixels: images.values, labels: labels.values };
}

/**
 * An image set as a loader's examples: each image's pixels (0–255) are its features.
 * `target` and `classes` replace the file's labels (e.g. one class against the rest).
 * @example
 * const set = { m: 2, height: 2, width: 3, pixels: new Uint8Array(12), labels: new Uint8Array([3, 7]) };
 * imageExamples(set).n // → 6
 * imageExamples(set, [0, 1], 2).classes // → 2
 */
export function imageExamples(set: ImageSet, target: ArrayLike<number> = set.labels, classes = 10): RawExamples {
  return {
    m: set.m,
    n: set.height * set.width,
    features: set.pixels,
    target,
    classes,
    image: { max: 255, height: set.height, width: set.width },
  };
}

/**
 * "pixel_r_c" for every pixel of an h × w image, row by row.
 * @example pixelNames(2, 2) // → [ 'pixel_0_0', 'pixel_0_1', 'pixel_1_0', 'pixel_1_1' ]
 */
export function pixelNames(h: number, w: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out.push(`pixel_${r}_${c}`);
  return out;
}

/**
 * A loader over an IDX images/labels pair whose labels are the classes: reads the files and builds
 * the whole or split dataset. `loader` names the result and the errors.
 * @example
 * const labels = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
 * const d = imageDataset("mnist", ["mnist10k-images-idx3-ubyte.gz", "mnist10k-labels-idx1-ubyte.gz"], labels, { normalize: true });
 * [d.X.shape, d.featureNames[0]] // → [ [ 784, 10000 ], 'pixel_0_0' ]
 */
export function imageDataset(
  loader: string,
  files: readonly [images: string, labels: string],
  labels: string[],
  opts: BuildOptions,
): Dataset | SplitDataset {
  const set = readImageSet(loader, files[0], files[1], labels.length, opts.dir);
  return buildDataset(imageExamples(set), { name: loader, labels, featureNames: pixelNames(set.height, set.width) }, opts);
}
