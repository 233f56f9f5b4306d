// Heatmaps of matrices (weights, confusion matrices), with the numbers written in the cells.
import type { Figure, Trace } from "./figure";
import { makeFigure, type CommonOptions } from "./options";
import { className, classesOf, type ScatterOptions } from "./scatter";
import { toLabels, toMatrix, type Labels, type Matrix } from "./values";

/** Options of {@link heatmap}. */
export interface HeatmapOptions extends CommonOptions {
  /** Column labels (default 0, 1, ...). */
  x?: readonly (string | number)[];
  /** Row labels (default 0, 1, ...). */
  y?: readonly (string | number)[];
  /** Write each value in its cell: true, or the number of decimals (default: off; integers as is). */
  annotate?: boolean | number;
  /** A plotly colourscale name ("Viridis", "Blues", "RdBu", ...) or stops (default "Viridis"). */
  colorscale?: string | [number, string][];
  zmin?: number;
  zmax?: number;
  /** Centre of a diverging colourscale (e.g. 0 for weights). */
  zmid?: number;
  /** Row 0 at the top, as a matrix is printed ("upper", default), or at the bottom ("lower"). */
  origin?: "upper" | "lower";
  /** Show the colour bar (default true). */
  showscale?: boolean;
}

/** A cell's text: integers as they are, other numbers with `decimals` digits (default 2). */
function cellText(v: number | null, decimals: number | undefined): string {
  if (v === null) return "";
  if (decimals === undefined) return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return v.toFixed(decimals);
}

/**
 * A heatmap of a 2-D array, row 0 at the top; `annotate` writes the values into the cells.
 *
 * @example
 * const W1 = nn.initializeParametersDeep([5, 4, 1], { method: "he", seed: 1 }).W1;  // (4, 5)
 * plot.heatmap(W1, { title: "W1", colorscale: "RdBu", zmid: 0 }) // → Figure(1 trace: heatmap; title "W1")
 * const fig = plot.heatmap([[50, 0], [3, 47]], { x: ["cat", "dog"], y: ["cat", "dog"], annotate: true });
 * fig.data[0].text // → [ [ '50', '0' ], [ '3', '47' ] ]
 */
export function heatmap(Z: Matrix, opts: HeatmapOptions = {}): Figure {
  const z = toMatrix(Z, "Z");
  const ncols = Math.max(0, ...z.map((r) => r.length));
  if (opts.x && opts.x.length !== ncols) throw new Error(`x has ${opts.x.length} labels for ${ncols} columns`);
  if (opts.y && opts.y.length !== z.length) throw new Error(`y has ${opts.y.length} labels for ${z.length} rows`);
  const trace: Trace = { type: "heatmap", z, colorscale: opts.colorscale ?? "Viridis" };
  // Labels become categories (strings) so that numeric-looking class names are not re-spaced.
  if (opts.x) trace.x = opts.x.map(String);
  if (opts.y) trace.y = opts.y.map(String);
  if (opts.zmin !== undefined) trace.zmin = opts.zmin;
  if (opts.zmax !== undefined) trace.zmax = opts.zmax;
  if (opts.zmid !== undefined) trace.zmid = opts.zmid;
  if (opts.showscale !== undefined) trace.showscale = opts.showscale;
  if (opts.annotate !== undefined && opts.annotate !== false) {
    const decimals = typeof opts.annotate === "number" ? opts.annotate : undefined;
    trace.text = z.map((row) => row.map((v) => cellText(v, decimals)));
    trace.texttemplate = "%{text}";
    trace.hovertemplate = "row %{y}, column %{x}: %{z}<extra></extra>";
  }
  const axis = (labels: unknown) => (labels ? { type: "category" } : {});
  const layout = {
    xaxis: { ...axis(opts.x), showgrid: false, zeroline: false },
    yaxis: { ...axis(opts.y), showgrid: false, zeroline: false, ...(opts.origin === "lower" ? {} : { autorange: "reversed" }) },
  };
  return makeFigure([trace], layout, opts);
}

/** Light to dark blue (plotly's named "Blues" runs the other way, dark for small values). */
const BLUES: [number, string][] = [[0, "#f7fbff"], [0.25, "#c6dbef"], [0.5, "#6baed6"], [0.75, "#2171b5"], [1, "#08306b"]];

/** Options of {@link confusionMatrix}. */
export interface ConfusionOptions extends HeatmapOptions {
  /** Class names, as in scatter (e.g. data's `labels`). */
  classNames?: ScatterOptions["classNames"];
  /** Divide each row by its total (per-class recall) instead of counting. */
  normalize?: boolean;
}

/**
 * The confusion matrix of true against predicted labels as an annotated heatmap: row i, column j
 * counts examples of class i predicted as class j (the classes are the sorted union of both).
 * Labels may be (m,), (1, m) or one-hot (classes, m).
 *
 * @example
 * const Y_test = np.array([[0, 0, 1, 1, 2]]), Y_pred = np.array([[0, 1, 1, 1, 2]]); // one cat taken for a dog
 * const fig = plot.confusionMatrix(Y_test, Y_pred, { classNames: ["cat", "dog", "bird"] });
 * fig.data[0].z // → [ [ 1, 1, 0 ], [ 0, 2, 0 ], [ 0, 0, 1 ] ]
 * fig.data[0].y // → [ 'cat', 'dog', 'bird' ]
 */
export function confusionMatrix(yTrue: Labels, yPred: Labels, opts: ConfusionOptions = {}): Figure {
  const t = toLabels(yTrue);
  const p = toLabels(yPred);
  if (t.length !== p.length) throw new Error(`Found input variables with inconsistent numbers of samples: [${t.length}, ${p.length}]`);
  const classes = classesOf([...t, ...p]);
  const index = new Map(classes.map((c, i) => [c, i]));
  const counts = classes.map(() => classes.map(() => 0));
  t.forEach((c, i) => counts[index.get(c)!][index.get(p[i])!]++);
  const z = opts.normalize ? counts.map((row) => { const s = row.reduce((a, b) => a + b, 0); return row.map((v) => (s ? v / s : 0)); }) : counts;
  const names = classes.map((c) => className(c, opts.classNames));
  return heatmap(z, {
    x: names,
    y: names,
    annotate: opts.normalize ? 2 : true,
    colorscale: BLUES,
    xlabel: "predicted",
    ylabel: "true",
    title: "Confusion matrix",
    ...opts,
  });
}
