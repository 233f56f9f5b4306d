/** numpy's array2string, str(x) and repr(x) for Printable arrays. */
import { makeFormatter } from "./element_format";
import { layoutArray, shownFlatIndices } from "./layout";
import { PrintOptions, resolveOptions } from "./options";
import { Printable, shapeRepr } from "./printable";
import { sizeOf } from "../shape";
import { scalarStr } from "./scalar";

export interface Array2StringArgs {
  separator?: string;
  /** text that will precede the result; continuation lines are indented by its length */
  prefix?: string;
  /** text that will follow the result; the last line is kept short enough for it */
  suffix?: string;
}

/**
 * numpy's `np.array2string`: the current print options, overridden by `opts`, plus layout args.
 * @example np.array2string(np.array([1 / 3, 0.5, 2 / 3]), { precision: 2 }, { separator: ", " }) // → '[0.33, 0.5 , 0.67]'
 */
export function array2string(a: Printable, opts?: Partial<PrintOptions>, args: Array2StringArgs = {}): string {
  return array2stringResolved(a, resolveOptions(opts), args);
}

function array2stringResolved(a: Printable, opts: PrintOptions, args: Array2StringArgs): string {
  const separator = args.separator ?? " ";
  const prefix = args.prefix ?? "";
  const suffix = args.suffix ?? "";
  const size = sizeOf(a.shape);
  if (size === 0) return "[]";

  const summarise = size > opts.threshold;
  const shown = shownFlatIndices(a.shape, opts.edgeitems, summarise).map((i) => a.getFlat(i));
  const fmt = makeFormatter(shown, a.dtype, opts, a.shape.length === 0);
  return layoutArray({
    shape: a.shape,
    element: (flat) => fmt(a.getFlat(flat)),
    lineWidth: opts.linewidth - suffix.length,
    nextLinePrefix: " " + " ".repeat(prefix.length),
    separator,
    edgeItems: opts.edgeitems,
    summaryInsert: summarise ? "..." : "",
  });
}

/**
 * numpy's `str(x)` / `np.array_str(x)`. A 0-d array prints as its scalar.
 * @example
 * np.arrayStr(np.array([1 / 3, 0.5, 2 / 3])) // → '[0.33333333 0.5        0.66666667]'
 * np.arrayStr(np.array([1 / 3, 0.5, 2 / 3]), { precision: 3 }) // → '[0.333 0.5   0.667]'
 */
export function arrayStr(a: Printable, opts?: Partial<PrintOptions>): string {
  if (a.shape.length === 0) return scalarStr(a.getFlat(0), a.dtype);
  return array2stringResolved(a, resolveOptions(opts), { separator: " " });
}

/** dtypes numpy leaves out of a repr because the values already imply them. */
const IMPLIED = new Set(["float64", "int64", "bool"]);

/**
 * numpy's `repr(x)` / `np.array_repr(x)`: `array([...])` plus `shape=`/`dtype=` where needed.
 * @example np.arrayRepr(np.array([1, 2, 3], { dtype: "int32" })) // → 'array([1, 2, 3], dtype=int32)'
 */
export function arrayRepr(a: Printable, opts?: Partial<PrintOptions>): string {
  const o = resolveOptions(opts);
  const prefix = "array(";
  const body = array2stringResolved(a, o, { separator: ", ", prefix, suffix: ")" });
  const size = sizeOf(a.shape);

  const extras: string[] = [];
  const isFlatEmpty = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isFlatEmpty) || size > o.threshold) extras.push(`shape=${shapeRepr(a.shape)}`);
  if (!IMPLIED.has(a.dtype) || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + body + ")";

  const head = prefix + body + ",";
  const tail = extras.join(", ") + ")";
  const lastLineLen = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLineLen + tail.length + 1 > o.linewidth ? "\n" + " ".repeat(prefix.length) : " ";
  return head + spacer + tail;
}
