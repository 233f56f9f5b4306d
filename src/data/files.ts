import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

/**
 * Where the dataset files live: $DEEPTS_DATASETS if set, otherwise `datasets/` in the deepts
 * package root. The root is found by walking up from this file to the package.json named "deepts",
 * so the same code works from src/ (vitest), dist/ (node) and inside the Jupyter kernel.
 *
 * @example
 * // e.g. "/home/me/deepts/datasets"; the environment variable DEEPTS_DATASETS overrides it
 * data.datasetsDir().endsWith("datasets") // → true
 */
export function datasetsDir(): string {
  const fromEnv = process.env.DEEPTS_DATASETS;
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(packageRoot(), "datasets");
}

let cachedRoot: string | undefined;

function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, "utf8")).name === "deepts") return (cachedRoot = dir);
      } catch {
        // an unreadable package.json further down is not ours: keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`deepts: cannot find the package root (a package.json named "deepts") above ${__dirname}; set DEEPTS_DATASETS to the datasets folder`);
    }
    dir = parent;
  }
}

/**
 * The error every loader throws for a missing or damaged file: names the loader and the file.
 * @example fileError("iris", "/data/iris.csv", "file not found").message // → 'data.iris(): cannot read /data/iris.csv: file not found'
 */
export function fileError(loader: string, file: string, reason: string): Error {
  return new Error(`data.${loader}(): cannot read ${file}: ${reason}`);
}

// Decoded files are kept, keyed by path, size and mtime, so loading MNIST twice does not parse twice.
const cache = new Map<string, { stamp: string; bytes: Uint8Array }>();

/**
 * Reads a file of the datasets folder (gunzipping names ending in .gz) and returns its bytes.
 * `dir` overrides the folder for this call. Errors name the loader and the full path.
 * @example readDatasetFile("mnist", "mnist10k-labels-idx1-ubyte.gz").length // → 10008
 */
export function readDatasetFile(loader: string, name: string, dir?: string): Uint8Array {
  const full = path.join(dir ? path.resolve(dir) : datasetsDir(), name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fileError(loader, full, code === "ENOENT" ? "file not found" : String((e as Error).message));
  }
  if (!stat.isFile()) throw fileError(loader, full, "not a regular file");
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const hit = cache.get(full);
  if (hit && hit.stamp === stamp) return hit.bytes;

  let raw: Buffer;
  try {
    raw = fs.readFileSync(full);
  } catch (e) {
    throw fileError(loader, full, String((e as Error).message));
  }
  let bytes: Uint8Array = raw;
  if (name.endsWith(".gz")) {
    if (raw.length < 2 || raw[0] !== 0x1f || raw[1] !== 0x8b) throw fileError(loader, full, "not a gzip file");
    try {
      bytes = zlib.gunzipSync(raw);
    } catch (e) {
      throw fileError(loader, full, `corrupt gzip data (${(e as Error).message})`);
    }
  }
  cache.set(full, { stamp, bytes });
  return bytes;
}

/**
 * Decodes a file's bytes as UTF-8 text.
 * @example utf8(new Uint8Array([104, 105])) // → 'hi'
 */
export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/**
 * Reads a dataset file and runs a parser on it; a parser's complaint (a thrown Error) becomes the
 * loader's "cannot read <file>: <complaint>" error.
 * @example parseDatasetFile("iris", "iris.csv", undefined, (b) => utf8(b).split("\n")[0]) // → '150,4,setosa,versicolor,virginica'
 */
export function parseDatasetFile<T>(loader: string, name: string, dir: string | undefined, parse: (bytes: Uint8Array) => T): T {
  const bytes = readDatasetFile(loader, name, dir);
  try {
    return parse(bytes);
  } catch (e) {
    throw fileError(loader, path.join(dir ? path.resolve(dir) : datasetsDir(), name), (e as Error).message);
  }
}
