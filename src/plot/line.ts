// Line charts, and the training-curve shortcut the lectures draw after every training loop.
import type { Figure, Trace } from "./figure";
import { colorAt } from "./colors";
import { makeFigure, nameAt, type CommonOptions } from "./options";
import { toSeries, xFor, type SeriesInput } from "./series";
import { isNDArray, isSeriesLike, type Vector } from "./values";

/** Options of {@link line}. */
export interface LineOptions extends CommonOptions {
  /** x values: one vector shared by all series, or one per series (default 0, 1, 2, ...). */
  x?: Vector | readonly Vector[];
  /** Series names (legend entries); one string for a single series. */
  names?: string | readonly string[];
  /** Draw a marker at each point (as matplotlib's `marker='o'`). */
  markers?: boolean;
  /** In a 2-D array, is each row (default) or each column a series? */
  by?: "rows" | "columns";
  /** Line colours, cycled (default: the category10 palette). */
  colors?: readonly string[];
  /** Dash style of all lines: "solid", "dash", "dot", ... */
  dash?: string;
}

/** `plot.line({ x, y })` form of the input. */
export interface XY {
  x?: Vector | readonly Vector[];
  y: SeriesInput;
}

function isXY(v: unknown): v is XY {
  return !!v && typeof v === "object" && !isNDArray(v) && !isSeriesLike(v) && "y" in (v as object);
}

/**
 * A line chart of one or several series. `y` is a vector, a 2-D array (one series per row, or per
 * column with `by: "columns"`) or a list of vectors. x values come first, as in matplotlib's
 * `plt.plot(x, y)`, or as `{ x, y }`, or as the `x` option.
 *
 * @example
 * plot.line([0.69, 0.5, 0.4, 0.35], { title: "Cost", xlabel: "iteration" }) // → Figure(1 trace: scatter; title "Cost")
 * const x = np.linspace(0, 6, 50);
 * plot.line(x, np.sin(x)).data[0].y.length // → 50
 * const z = np.linspace(-5, 5, 100);            // x first, as matplotlib's plt.plot(x, y)
 * plot.line(z, [nn.sigmoid(z), nn.relu(z)], { names: ["sigmoid", "relu"] }) // → Figure(2 traces: scatter "sigmoid", scatter "relu")
 * plot.line({ x: z, y: [nn.sigmoid(z), nn.tanh(z)] }, { names: ["sigmoid", "tanh"] }) // → Figure(2 traces: scatter "sigmoid", scatter "tanh")
 */
export function line(y: SeriesInput | XY, opts?: LineOptions): Figure;
export function line(x: Vector | readonly Vector[], y: SeriesInput, opts?: LineOptions): Figure;
export function line(a: SeriesInput | XY | Vector | readonly Vector[], b?: SeriesInput | LineOptions, c?: LineOptions): Figure {
  // A second argument that is a series (not an options object) means line(x, y, opts).
  const positional = b !== undefined && b !== null && (isNDArray(b) || isSeriesLike(b));
  if (positional) {
    if (isXY(a)) throw new Error("plot.line: give x and y either as line(x, y) or as line({ x, y }), not both");
    return lineOf({ x: a as Vector | readonly Vector[], y: b as SeriesInput }, c ?? {});
  }
  if (b !== undefined && b !== null && typeof b !== "object") throw new Error(`plot.line: the second argument must be y values or an options object, got ${typeof b}`);
  return lineOf(isXY(a) ? a : { y: a as SeriesInput, x: undefined }, (b as LineOptions | undefined) ?? {});
}

function lineOf(input: XY, opts: LineOptions): Figure {
  const series = toSeries(input.y, opts.by ?? "rows");
  const xs = xFor(input.x ?? opts.x, series.length);
  const data: Trace[] = series.map((ys, i) => {
    const x = xs[i];
    if (x && x.length !== ys.length) throw new Error(`x and y must have same first dimension, but have shapes (${x.length},) and (${ys.length},)`);
    const t: Trace = { type: "scatter", mode: opts.markers ? "lines+markers" : "lines" };
    const name = nameAt(opts.names, i, series.length);
    if (name !== undefined) t.name = name;
    if (x) t.x = x;
    t.y = ys;
    t.line = { color: colorAt(i, opts.colors), ...(opts.dash ? { dash: opts.dash } : {}) };
    return t;
  });
  return makeFigure(data, {}, opts);
}

/** Options of {@link costs}. */
export interface CostsOptions extends LineOptions {
  /** Costs were recorded every `every` iterations (default 1). */
  every?: number;
  /** x of the first cost (default 1 when every is 1, i.e. epochs 1..n; else 0). */
  start?: number;
  /** Shown in the default title, as the course does: "Learning rate = 0.0075". */
  learningRate?: number;
  /** Logarithmic cost axis. */
  log?: boolean;
}

/**
 * Training curve(s): cost against iteration. `costs` is one list (or NDArray) of costs, several
 * lists, or an object of named runs (e.g. one per learning rate).
 *
 * @example
 * const fig = plot.costs([0.69, 0.45, 0.31], { every: 100, learningRate: 0.0075 }); // costs kept every 100 iterations
 * fig // → Figure(1 trace: scatter; title "Learning rate = 0.0075")
 * fig.data[0].x // → [ 0, 100, 200 ]
 * plot.costs({ "α = 0.01": [0.7, 0.4, 0.2], "α = 0.0001": [0.7, 0.69, 0.68] }, { log: true }) // → Figure(2 traces: scatter "α = 0.01", scatter "α = 0.0001"; title "Cost")
 */
export function costs(costs: SeriesInput | Record<string, Vector>, opts: CostsOptions = {}): Figure {
  const named = !!costs && typeof costs === "object" && !isNDArray(costs) && !isSeriesLike(costs);
  const names = named ? Object.keys(costs) : opts.names;
  const series = toSeries(named ? (Object.values(costs) as Vector[]) : (costs as SeriesInput), opts.by ?? "rows", "costs");
  const every = opts.every ?? 1;
  const start = opts.start ?? (every === 1 ? 1 : 0);
  const x = series.map((s) => s.map((_, i) => start + i * every));
  const longest = Math.max(0, ...series.map((s) => s.length));
  return line(
    { x, y: series },
    {
      markers: longest <= 50,
      xlabel: every === 1 ? "iteration" : `iteration (every ${every})`,
      ylabel: "cost",
      title: opts.learningRate !== undefined ? `Learning rate = ${opts.learningRate}` : "Cost",
      logy: opts.log,
      ...opts,
      names,
    },
  );
}
