// numpy's np.save, np.savez, np.savez_compressed and np.load, for files (paths or open descriptors).
import { NDArray, ArrayLike } from "../ndarray";
import { asarray } from "../creation";
import { saveBytes, loadBytes } from "./npy";
import { zipBytes, unzipBytes } from "./zip";
import { readBytes, writeBytes } from "./node_fs";

/** What np.load gives for a .npz: its arrays by name, and `files`, the names (numpy's NpzFile). */
export type NpzFile = Record<string, NDArray> & { readonly files: string[] };

/**
 * Writes an array to a .npy file (".npy" is appended to a path without it), bytes as numpy's.
 * @example np.save((process.env.TMPDIR ?? "/tmp") + "/deepts-doc-a.npy", np.arange(3))
 */
export function save(file: string | number, arr: ArrayLike): void {
  const path = typeof file === "string" && !file.endsWith(".npy") ? file + ".npy" : file;
  writeBytes(path, saveBytes(asarray(arr)));
}

function npz(file: string | number, args: (ArrayLike | Record<string, ArrayLike>)[], compress: boolean): void {
  const entries: [string, Uint8Array][] = [];
  let k = 0;
  const named: [string, ArrayLike][] = [];
  for (const a of args) {
    const plain = a !== null && typeof a === "object" && !Array.isArray(a) && !(a instanceof NDArray) && !ArrayBuffer.isView(a);
    if (plain) named.push(...Object.entries(a as Record<string, ArrayLike>));
    else entries.push([`arr_${k++}.npy`, saveBytes(asarray(a as ArrayLike))]);
  }
  // numpy writes the named arrays first, then arr_0, arr_1, …
  const first: [string, Uint8Array][] = [];
  for (const [name, a] of named) {
    if (entries.some(([n]) => n === `${name}.npy`)) throw new Error(`Cannot use un-named variables and keyword ${name}`);
    first.push([`${name}.npy`, saveBytes(asarray(a))]);
  }
  entries.unshift(...first);
  const path = typeof file === "string" && !file.endsWith(".npz") ? file + ".npz" : file;
  writeBytes(path, zipBytes(entries, compress));
}

/**
 * Writes several arrays to one uncompressed .npz (a zip of .npy files): positional arrays are named
 * arr_0, arr_1, …, the entries of an object by its keys.
 * @example np.savez((process.env.TMPDIR ?? "/tmp") + "/deepts-doc-b.npz", { x: np.arange(3), y: np.eye(2) })
 */
export function savez(file: string | number, ...arrays: (ArrayLike | Record<string, ArrayLike>)[]): void {
  npz(file, arrays, false);
}

/**
 * savez with the entries deflated.
 * @example np.savezCompressed((process.env.TMPDIR ?? "/tmp") + "/deepts-doc-c.npz", np.zeros([100]))
 */
export function savezCompressed(file: string | number, ...arrays: (ArrayLike | Record<string, ArrayLike>)[]): void {
  npz(file, arrays, true);
}

/**
 * Reads a .npy file (an array) or a .npz file (its arrays by name, and `files`), numpy's or np's.
 * @example
 * const p = (process.env.TMPDIR ?? "/tmp") + "/deepts-doc-d.npy";
 * np.save(p, [[1, 2], [3, 4]]);
 * np.load(p)  // → array([[1, 2],
 * //        [3, 4]])
 */
export function load(file: string | number): any {
  const bytes = readBytes(file);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const out: Record<string, NDArray> = {};
    const files: string[] = [];
    for (const [name, b] of unzipBytes(bytes)) {
      const key = name.endsWith(".npy") ? name.slice(0, -4) : name;
      files.push(key);
      out[key] = loadBytes(b);
    }
    Object.defineProperty(out, "files", { value: files, enumerable: false });
    return out as NpzFile;
  }
  if (bytes[0] === 0x93) return loadBytes(bytes);
  // numpy would try it as a pickle, which it refuses by default with this message
  throw new Error("This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.");
}
