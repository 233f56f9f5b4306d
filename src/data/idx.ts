/**
 * The IDX format of MNIST and Fashion-MNIST: a big-endian header (two zero bytes, a type code,
 * the number of dimensions, then each dimension as a 32-bit integer) followed by the raw values.
 * Only unsigned bytes (type 0x08) occur in these files.
 */
export interface IdxArray {
  /** Dimensions, e.g. [10000, 28, 28] for images or [10000] for labels. */
  dims: number[];
  /** The values, C order (a view into the decoded file, not a copy). */
  values: Uint8Array;
}

/**
 * Parses an IDX byte buffer; `ndim` is what the caller expects (3 for images, 1 for labels).
 * Throws an Error that says what is wrong: bad magic, wrong rank, truncated or oversized data.
 * @example parseIdx(new Uint8Array([0, 0, 8, 1, 0, 0, 0, 2, 7, 9]), 1) // → { dims: [ 2 ], values: Uint8Array(2) [ 7, 9 ] }
 */
export function parseIdx(bytes: Uint8Array, ndim: number): IdxArray {
  if (bytes.length < 4) throw new Error(`bad IDX magic: the file has only ${bytes.length} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  const expected = 0x0800 + ndim;
  if (magic !== expected) {
    const hex = (v: number) => "0x" + v.toString(16).padStart(8, "0");
    throw new Error(`bad IDX magic ${hex(magic)}, expected ${hex(expected)} (unsigned bytes, ${ndim} dimension${ndim > 1 ? "s" : ""})`);
  }
  const headerLength = 4 + 4 * ndim;
  if (bytes.length < headerLength) throw new Error(`IDX header truncated (${bytes.length} bytes)`);
  const dims: number[] = [];
  for (let i = 0; i < ndim; i++) dims.push(view.getUint32(4 + 4 * i, false));
  const size = dims.reduce((a, b) => a * b, 1);
  const have = bytes.length - headerLength;
  if (have !== size) {
    throw new Error(`IDX data has ${have} bytes but the header [${dims.join(", ")}] needs ${size}${have < size ? " (truncated file)" : ""}`);
  }
  return { dims, values: bytes.subarray(headerLength) };
}
