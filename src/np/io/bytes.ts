// Raw element bytes: numpy's frombuffer, fromfile, ndarray.tobytes and ndarray.tofile (native
// little-endian bytes, or text with `sep`).
import { NDArray } from "../ndarray";
import { DType, toDType } from "../dtype";
import { asarray } from "../creation";
import { rawBytes } from "./npy";
import { readBytes, writeBytes, fs } from "./node_fs";
import { formatValue } from "./printf";

const SIZE: Record<DType, number> = { float64: 8, float32: 4, int64: 8, int32: 4, bool: 1 };

/** `frombuffer`/`fromfile` options: numpy's dtype, count (-1: all) and offset in bytes. */
export interface FromBufferOptions {
  dtype?: DType | string;
  count?: number;
  offset?: number;
}

/**
 * The elements stored in raw bytes (an ArrayBuffer, a typed array or a Buffer), a 1-D array; numpy
 * gives a read-only view, np a copy.
 * @example np.frombuffer(new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0]), { dtype: "int32" })  // → array([1, 2], dtype=int32)
 */
export function frombuffer(buffer: ArrayBuffer | ArrayBufferView, opts: FromBufferOptions = {}): NDArray {
  const dtype = toDType(opts.dtype ?? "float64");
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const offset = opts.offset ?? 0, count = opts.count ?? -1, size = SIZE[dtype];
  if (offset < 0 || offset > bytes.length) throw new Error(`offset must be non-negative and no greater than buffer length (${bytes.length})`);
  const avail = bytes.length - offset;
  let n = count;
  if (count < 0) {
    if (avail % size !== 0) throw new Error("buffer size must be a multiple of element size");
    n = avail / size;
  } else if (avail < count * size) throw new Error("buffer is smaller than requested size");
  const v = new DataView(bytes.buffer, bytes.byteOffset + offset, n * size);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * size;
    out[i] = dtype === "float64" ? v.getFloat64(o, true) : dtype === "float32" ? v.getFloat32(o, true) : dtype === "int64" ? Number(v.getBigInt64(o, true)) : dtype === "int32" ? v.getInt32(o, true) : v.getUint8(o) !== 0 ? 1 : 0;
  }
  return new NDArray(out, [n], "float64").astype(dtype);
}

/**
 * The array's elements as raw little-endian bytes, in C order (or Fortran order with "F").
 * @example np.tobytes(np.array([1, 2], { dtype: "int32" }))  // → Uint8Array(8) [
 * //   1, 0, 0, 0,
 * //   2, 0, 0, 0
 * // ]
 */
export function tobytes(a: NDArray, order: "C" | "F" | "A" = "C"): Uint8Array {
  const x = order === "F" ? a.transpose() : a;
  return rawBytes(x.contiguousData(), a.dtype);
}

/**
 * An array from a file of raw bytes, or with `sep` of numbers in text separated by it (whitespace
 * around it ignored).
 * @example
 * const p = (process.env.TMPDIR ?? "/tmp") + "/deepts-doc-e.bin";
 * np.tofile(np.arange(3), p);
 * np.fromfile(p, { dtype: "int64" })  // → array([0, 1, 2])
 */
export function fromfile(file: string | number, opts: FromBufferOptions & { sep?: string } = {}): NDArray {
  const sep = opts.sep ?? "";
  if (sep === "") {
    const b = readBytes(file);
    const dtype = toDType(opts.dtype ?? "float64");
    const offset = opts.offset ?? 0, size = SIZE[dtype];
    // numpy reads the whole items the file holds (count: at most that many)
    const n = Math.floor((b.length - offset) / size);
    return frombuffer(b, { dtype, offset, count: opts.count === undefined || opts.count < 0 ? n : Math.min(opts.count, n) });
  }
  return fromText(fs().readFileSync(file, "utf8"), sep, opts);
}

/** numpy's text mode of fromfile/fromstring: numbers separated by `sep` (whitespace around it ignored). */
function fromText(text: string, sep: string, opts: FromBufferOptions): NDArray {
  const parts = text.split(sep.trim() === "" ? /\s+/ : sep).map((s) => s.trim()).filter((s) => s !== "");
  const n = opts.count === undefined || opts.count < 0 ? parts.length : Math.min(opts.count, parts.length);
  const vals = parts.slice(0, n).map((t) => {
    const v = /^[+-]?(inf|infinity|nan)$/i.test(t) ? (t.toLowerCase().includes("nan") ? NaN : t[0] === "-" ? -Infinity : Infinity) : Number(t);
    if (v !== v && !/nan/i.test(t)) throw new Error("string or file could not be read to its end due to unmatched data");
    return v;
  });
  return asarray(Float64Array.from(vals)).astype(toDType(opts.dtype ?? "float64"));
}

/**
 * An array from numbers in text separated by `sep` (numpy's fromstring; its binary mode is gone from
 * numpy too: use frombuffer).
 * @example np.fromstring("1, 2, 3", { sep: "," })  // → array([1., 2., 3.])
 */
export function fromstring(text: string, opts: FromBufferOptions & { sep?: string } = {}): NDArray {
  if (!opts.sep) throw new Error("The binary mode of fromstring is removed, use frombuffer instead");
  return fromText(text, opts.sep, opts);
}

/**
 * Writes the elements to a file: raw bytes in C order, or with `sep` as text, each formatted with
 * `format` (%-style; "%s" by default: numpy's str of each element).
 * @example np.tofile(np.arange(3), (process.env.TMPDIR ?? "/tmp") + "/deepts-doc-f.txt", { sep: ", " })
 */
export function tofile(a: NDArray, file: string | number, opts: { sep?: string; format?: string } = {}): void {
  const sep = opts.sep ?? "";
  if (sep === "") return writeBytes(file, tobytes(a));
  const fmt = opts.format ?? "%s";
  const items: string[] = [];
  for (let i = 0; i < a.size; i++) items.push(formatValue(fmt, a.getFlat(i), a.dtype));
  writeBytes(file, new TextEncoder().encode(items.join(sep)));
}
