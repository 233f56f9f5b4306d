// Bar charts and histograms.
import type { Figure, Trace } from "./figure";
import { colorAt } from "./colors";
import { makeFigure, nameAt, type CommonOptions } from "./options";
import { toSeries, type SeriesInput } from "./series";
import { isNDArray, isSeriesLike, ndNumbers, toVector, type Vector } from "./values";

/** Options of {@link bar}. */
export interface BarOptions extends CommonOptions {
  /** Category of each bar (default 0, 1, ...); numbers are treated as category names. */
  x?: readonly (string | number)[];
  /** Series names, for several series. */
  names?: string | readonly string[];
  /** Several series side by side ("group", default) or stacked ("stack"). */
  barmode?: "group" | "stack" | "overlay" | "relative";
  /** Horizontal bars. */
  horizontal?: boolean;
  /** In a 2-D array, is each row (default) or each column a series? */
  by?: "rows" | "columns";
  colors?: readonly string[];
  /** Write the values on the bars (default false). */
  text?: boolean;
}

/**
 * A bar chart: one bar per value, or grouped bars for several series (rows of a 2-D array or a
 * list of vectors). `{ x, y }` gives the categories with the values.
 *
 * @example
 * plot.bar([0.9, 0.75, 0.8], { x: ["setosa", "versicolor", "virginica"], title: "Accuracy per class" }) // → Figure(1 trace: bar; title "Accuracy per class")
 * plot.bar([[0.9, 0.8, 0.85], [0.85, 0.7, 0.8]], { x: ["A", "B", "C"], names: ["train", "test"] }) // → Figure(2 traces: bar "train", bar "test")
 */
export function bar(y: SeriesInput | { x?: readonly (string | number)[]; y: SeriesInput }, opts: BarOptions = {}): Figure {
  const xy = !!y && typeof y === "object" && !isNDArray(y) && !isSeriesLike(y) && "y" in y;
  const values = xy ? (y as { y: SeriesInput }).y : (y as SeriesInput);
  const cats = (xy ? (y as { x?: readonly (string | number)[] }).x : undefined) ?? opts.x;
  const series = toSeries(values, opts.by ?? "rows");
  const data: Trace[] = series.map((v, i) => {
    if (cats && cats.length !== v.length) throw new Error(`got ${cats.length} categories for ${v.length} values`);
    const c = cats ? cats.map(String) : v.map((_, j) => String(j));
    const t: Trace = { type: "bar", marker: { color: colorAt(i, opts.colors) } };
    const name = nameAt(opts.names, i, series.length);
    if (name !== undefined) t.name = name;
    if (opts.horizontal) Object.assign(t, { orientation: "h", x: v, y: c });
    else Object.assign(t, { x: c, y: v });
    if (opts.text) Object.assign(t, { text: v.map((n) => (n === null ? "" : String(+n.toPrecision(4)))), textposition: "auto" });
    return t;
  });
  const cat = { type: "category" };
  return makeFigure(data, { barmode: opts.barmode ?? "group", ...(opts.horizontal ? { yaxis: cat } : { xaxis: cat }) }, opts);
}

/** Options of {@link histogram}. */
export interface HistogramOptions extends CommonOptions {
  /** Maximum number of bins (plotly picks nice edges; default: plotly's choice). */
  bins?: number;
  /** Exact bins: { start, end, size }. */
  binRange?: { start: number; end: number; size: number };
  /** Series names, for several series. */
  names?: string | readonly string[];
  /** "" (counts, default), "percent", "probability", "density" or "probability density". */
  histnorm?: string;
  /** Several series overlaid (default, half transparent) or stacked / grouped. */
  barmode?: "overlay" | "stack" | "group";
  colors?: readonly string[];
}

/**
 * A histogram of values. An NDArray is flattened (all its elements, e.g. a weight matrix); a list
 * of vectors or NDArrays gives one histogram per entry, overlaid.
 *
 * @example
 * const W1 = nn.initializeParametersDeep([10, 20, 1], { method: "he", seed: 1 }).W1; // (20, 10): 200 weights
 * const fig = plot.histogram(W1, { bins: 50, title: "W1 after initialisation" });
 * fig // → Figure(1 trace: histogram; title "W1 after initialisation")
 * fig.data[0].x.length // → 200
 * plot.histogram([np.random.randn(100), np.random.randn(100)], { names: ["before", "after"] }) // → Figure(2 traces: histogram "before", histogram "after")
 */
export function histogram(values: Vector | readonly Vector[], opts: HistogramOptions = {}): Figure {
  const list = values as readonly unknown[];
  const series = isNDArray(values)
    ? [ndNumbers(values)]
    : Array.isArray(list) && list.length > 0 && isSeriesLike(list[0])
      ? list.map((s, i) => (isNDArray(s) ? ndNumbers(s) : toVector(s as Vector, `values[${i}]`)))
      : toSeries(values as Vector, "rows", "values");
  const several = series.length > 1;
  const data: Trace[] = series.map((v, i) => {
    const t: Trace = { type: "histogram", x: v, marker: { color: colorAt(i, opts.colors) } };
    const name = nameAt(opts.names, i, series.length);
    if (name !== undefined) t.name = name;
    if (opts.bins !== undefined) t.nbinsx = opts.bins;
    if (opts.binRange) t.xbins = { ...opts.binRange };
    if (opts.histnorm) t.histnorm = opts.histnorm;
    if (several && (opts.barmode ?? "overlay") === "overlay") t.opacity = 0.6;
    return t;
  });
  const ylabel = opts.histnorm ? opts.histnorm : "count";
  return makeFigure(data, { barmode: opts.barmode ?? "overlay", bargap: 0.02, yaxis: { title: { text: ylabel } } }, opts);
}
