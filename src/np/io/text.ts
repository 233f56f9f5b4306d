// numpy's text files: savetxt (one row per line, %-formats), loadtxt (a regular table of numbers) and
// genfromtxt (the same, with missing or unreadable fields becoming nan).
import { NDArray, ArrayLike } from "../ndarray";
import { DType, isInt, toDType } from "../dtype";
import { asarray } from "../creation";
import { squeeze } from "../manipulation";
import { fs, writeBytes } from "./node_fs";
import { formatRow } from "./printf";

/** `savetxt` options: numpy's fmt (one %-spec for every column, a list of them, or a whole row), delimiter, newline, header, footer, comments. */
export interface SavetxtOptions {
  fmt?: string | readonly string[];
  delimiter?: string;
  newline?: string;
  header?: string;
  footer?: string;
  comments?: string;
}

/**
 * Writes a 1-D or 2-D array as text, one row per line (a 1-D array as a column), numpy's bytes.
 * @example
 * const p = (process.env.TMPDIR ?? "/tmp") + "/deepts-doc-g.txt";
 * np.savetxt(p, [[1, 2], [3, 4]], { fmt: "%d", delimiter: "," });
 * np.loadtxt(p, { delimiter: "," })  // → array([[1., 2.],
 * //        [3., 4.]])
 */
export function savetxt(fname: string | number, X: ArrayLike, opts: SavetxtOptions = {}): void {
  const { fmt = "%.18e", delimiter = " ", newline = "\n", header = "", footer = "", comments = "# " } = opts;
  let x = asarray(X);
  if (x.ndim === 0 || x.ndim > 2) throw new Error(`Expected 1D or 2D array, got ${x.ndim}D array instead`);
  if (x.ndim === 1) x = x.reshape(-1, 1);
  const ncol = x.shape[1];
  let rowFmt: string;
  if (typeof fmt !== "string") {
    if (fmt.length !== ncol) throw new Error(`fmt has wrong shape.  ${JSON.stringify(fmt)}`);
    rowFmt = fmt.join(delimiter);
  } else {
    const n = (fmt.match(/%[^%]/g) ?? []).length - (fmt.match(/%%/g) ?? []).length;
    if (n === 1) rowFmt = new Array(ncol).fill(fmt).join(delimiter);
    else if (n !== ncol) throw new Error(`fmt has wrong number of % formats:  ${fmt}`);
    else rowFmt = fmt;
  }
  let out = "";
  if (header) out += comments + header.replace(/\n/g, "\n" + comments) + newline;
  for (let i = 0; i < x.shape[0]; i++) {
    const row = Array.from({ length: ncol }, (_, j) => x.getFlat(i * ncol + j));
    out += formatRow(rowFmt, row, x.dtype) + newline;
  }
  if (footer) out += comments + footer.replace(/\n/g, "\n" + comments) + newline;
  writeBytes(fname, new TextEncoder().encode(out));
}

/** `loadtxt` options: numpy's dtype, comments, delimiter (whitespace by default), skiprows, usecols, unpack, ndmin, maxRows. */
export interface LoadtxtOptions {
  dtype?: DType | string;
  comments?: string | readonly string[] | null;
  delimiter?: string | null;
  skiprows?: number;
  usecols?: number | readonly number[] | null;
  unpack?: boolean;
  ndmin?: 0 | 1 | 2;
  maxRows?: number | null;
}

/** The file's lines: a path or descriptor is read, a list of lines (numpy takes those too) used as is. */
function linesOf(fname: string | number | readonly string[]): string[] {
  if (typeof fname === "string" || typeof fname === "number") return fs().readFileSync(fname, "utf8").split(/\r?\n/);
  return fname.flatMap((l) => l.split(/\r?\n/));
}

/** Fields of the data lines (comments cut, blank lines skipped), each with its line index. */
function rows(lines: string[], opts: { comments?: string | readonly string[] | null; delimiter?: string | null; skip: number }): { fields: string[]; line: number }[] {
  const marks = opts.comments === null ? [] : typeof opts.comments === "string" ? [opts.comments] : [...(opts.comments ?? ["#"])];
  const out: { fields: string[]; line: number }[] = [];
  lines.forEach((raw, line) => {
    if (line < opts.skip) return;
    let l = raw;
    for (const m of marks) {
      const at = l.indexOf(m);
      if (at >= 0) l = l.slice(0, at);
    }
    if (l.trim() === "") return;
    const fields = opts.delimiter === undefined || opts.delimiter === null ? l.trim().split(/\s+/) : l.split(opts.delimiter).map((f) => f.trim());
    out.push({ fields, line });
  });
  return out;
}

/** A field as a number the way numpy reads it (nan, inf, +2, 1e3), or null when it is not one. */
function parseField(s: string, int: boolean): number | null {
  const t = s.trim().toLowerCase();
  if (int) return /^[+-]?\d+$/.test(t) ? Number(t) : null;
  if (/^[+-]?(inf|infinity)$/.test(t)) return t[0] === "-" ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/** numpy's _ensure_ndmin_ndarray: squeezed down to ndmin, or widened up to it. */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  if (a.ndim > ndmin) a = squeeze(a);
  if (a.ndim < ndmin) a = ndmin === 1 ? a.reshape(-1) : a.ndim === 0 ? a.reshape(1, 1) : a.reshape(-1, 1);
  return a;
}

function table(vals: number[], nrow: number, ncol: number, dtype: DType, ndmin: number, unpack: boolean): any {
  const a = withNdmin(asarray(Float64Array.from(vals)).reshape(nrow, ncol).astype(dtype), ndmin);
  return unpack ? (a.ndim === 2 ? [...Array(a.shape[1]).keys()].map((j) => a.get(":", j)) : a.ndim === 1 && ncol > 1 ? [...Array(a.shape[0]).keys()].map((j) => a.get(j)) : a) : a;
}

const selected = (usecols: number | readonly number[] | null | undefined) => (usecols === undefined || usecols === null ? null : typeof usecols === "number" ? [usecols] : [...usecols]);

/**
 * Reads a table of numbers from a text file (or a list of lines): one row per line, fields split on
 * whitespace or `delimiter`, text after `comments` ignored; squeezed like numpy's (one row or column:
 * 1-D). With `unpack: true` the columns come back separately.
 * @example np.loadtxt(["1 2 # first", "3 4"])  // → array([[1., 2.],
 * //        [3., 4.]])
 * @example np.loadtxt(["a,b", "1,2", "3,4"], { delimiter: ",", skiprows: 1, usecols: [1] })  // → array([2., 4.])
 */
export function loadtxt(fname: string | number | readonly string[], opts: LoadtxtOptions = {}): any {
  const dtype = toDType(opts.dtype ?? "float64");
  let data = rows(linesOf(fname), { comments: opts.comments, delimiter: opts.delimiter, skip: opts.skiprows ?? 0 });
  if (opts.maxRows !== undefined && opts.maxRows !== null) data = data.slice(0, opts.maxRows);
  const cols = selected(opts.usecols);
  const vals: number[] = [];
  let ncol = -1;
  for (const { fields, line } of data) {
    const n = fields.length;
    if (!cols && ncol >= 0 && n !== ncol) throw new Error(`the number of columns changed from ${ncol} to ${n} at row ${line + 1}; use \`usecols\` to select a subset and avoid this error`);
    const pick = cols ? cols.map((c) => {
      if (c >= n || c < -n) throw new Error(`invalid column index ${c} at row ${line + 1} with ${n} columns`);
      return c < 0 ? c + n : c;
    }) : fields.map((_, j) => j);
    ncol = cols ? cols.length : n;
    for (const j of pick) {
      const v = parseField(fields[j], isInt(dtype));
      if (v === null) throw new Error(`could not convert string '${fields[j]}' to ${dtype} at row ${line}, column ${j + 1}.`);
      vals.push(v);
    }
  }
  if (data.length === 0) return withNdmin(asarray(new Float64Array(0)).astype(dtype), opts.ndmin ?? 0);
  return table(vals, data.length, ncol, dtype, opts.ndmin ?? 0, opts.unpack ?? false);
}

/** `genfromtxt` options: numpy's dtype, comments, delimiter, skipHeader, skipFooter, usecols, fillingValues, missingValues, unpack, ndmin. */
export interface GenfromtxtOptions {
  dtype?: DType | string;
  comments?: string | null;
  delimiter?: string | null;
  skipHeader?: number;
  skipFooter?: number;
  usecols?: number | readonly number[] | null;
  fillingValues?: number;
  missingValues?: string | readonly string[];
  unpack?: boolean;
  ndmin?: 0 | 1 | 2;
}

/**
 * Reads a table like loadtxt, with missing or unreadable fields becoming nan (or `fillingValues`).
 * @example np.genfromtxt(["1,2,3", "4,,6"], { delimiter: "," })  // → array([[ 1.,  2.,  3.],
 * //        [ 4., nan,  6.]])
 */
export function genfromtxt(fname: string | number | readonly string[], opts: GenfromtxtOptions = {}): any {
  const dtype = toDType(opts.dtype ?? "float64");
  let data = rows(linesOf(fname), { comments: opts.comments === undefined ? "#" : opts.comments, delimiter: opts.delimiter, skip: opts.skipHeader ?? 0 });
  if (opts.skipFooter) data = data.slice(0, Math.max(0, data.length - opts.skipFooter));
  const missing = new Set(typeof opts.missingValues === "string" ? [opts.missingValues] : opts.missingValues ?? []);
  const fill = opts.fillingValues ?? (isInt(dtype) ? -1 : NaN);
  const cols = selected(opts.usecols);
  const ncol = data.length ? data[0].fields.length : 0;
  const bad = data.filter((r) => r.fields.length !== ncol);
  if (bad.length) throw new Error("Some errors were detected !" + bad.map((r) => `\n    Line #${r.line + 1} (got ${r.fields.length} columns instead of ${ncol})`).join(""));
  const pick = cols ? cols.map((c) => (c < 0 ? c + ncol : c)) : [...Array(ncol).keys()];
  const vals: number[] = [];
  for (const { fields } of data)
    for (const j of pick) {
      const f = fields[j];
      const v = f === "" || missing.has(f) ? null : parseField(f, isInt(dtype));
      vals.push(v === null ? fill : v);
    }
  if (data.length === 0) return withNdmin(asarray(new Float64Array(0)).astype(dtype), opts.ndmin ?? 0);
  return table(vals, data.length, pick.length, dtype, opts.ndmin ?? 0, opts.unpack ?? false);
}
