import { parseDatasetFile } from "./files";
import { parseIdx } from "./idx";

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
