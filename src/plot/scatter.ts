// Scatter plots of 2-D points, one trace (colour, symbol, legend entry) per class.
import type { NDArray } from "../np";
import type { Figure, Trace } from "./figure";
import { colorAt, SYMBOLS } from "./colors";
import { makeFigure, type CommonOptions } from "./options";
import { clean, isNDArray, shapeOf, toLabels, toND, toVector, type Labels, type Matrix, type Vector } from "./values";

/** How examples are laid out in X. */
export type ExampleLayout = "columns" | "rows";

/** Options of {@link scatter}. */
export interface ScatterOptions extends CommonOptions {
  /**
   * `"columns"`: X is (n_features, m), one example per column (the lectures' layout);
   * `"rows"`: X is (m, n_features) (scikit-learn's). Default: inferred, see {@link scatter}.
   */
  layout?: ExampleLayout;
  /** Which two features to plot when X has more than two (default [0, 1]). */
  features?: readonly [number, number];
  /** Names of the classes: `["setosa", ...]` (indexed by label) or `{ "-1": "no", "1": "yes" }`. */
  classNames?: readonly string[] | Record<string, string>;
  /** Colours per class (default: the category10 palette). */
  colors?: readonly string[];
  /** Marker size in pixels (default 7). */
  markerSize?: number;
  /** Marker opacity (default 1). */
  opacity?: number;
  /** Legend name of the points when there are no classes. */
  name?: string;
}

/** The x and y coordinates of the plotted points, and each point's class (if any). */
export interface Points {
  x: (number | null)[];
  y: (number | null)[];
  layout: ExampleLayout;
  labels?: (number | string)[];
}

/**
 * Picks the layout of X: the option if given; else the one that matches y's length; else (2, m) is
 * columns and (m, 2) rows; else the lectures' columns layout.
 * @example
 * inferLayout([2, 400], 400) // → 'columns'
 * inferLayout([400, 2], undefined) // → 'rows'
 */
export function inferLayout(shape: number[], m: number | undefined, given?: ExampleLayout): ExampleLayout {
  if (given) return given;
  const [r, c] = shape;
  if (m !== undefined && c === m && r !== m) return "columns";
  if (m !== undefined && r === m && c !== m) return "rows";
  if (r === 2) return "columns";
  if (c === 2) return "rows";
  return "columns";
}

function labelCount(y: Labels | undefined): number | undefined {
  if (y === undefined) return undefined;
  const s = shapeOf(y);
  if (s.length === 2 && s[0] > 1 && s[1] > 1) return undefined; // one-hot: its length depends on the layout
  return s.reduce((a, b) => a * b, 1);
}

/**
 * Reads X (and y) into coordinates and labels.
 * @example
 * readPoints(np.array([[1, 2], [3, 4]]), [0, 1], { layout: "columns" }) // → { x: [ 1, 2 ], y: [ 3, 4 ], layout: 'columns', labels: [ 0, 1 ] }
 */
export function readPoints(X: Matrix | NDArray, y: Labels | undefined, opts: { layout?: ExampleLayout; features?: readonly [number, number] }): Points {
  const A = toND(X as NDArray);
  if (A.ndim !== 2) throw new Error(`X must be 2-D (features and examples), got shape (${A.shape.join(", ")})`);
  const layout = inferLayout(A.shape, labelCount(y), opts.layout);
  const nFeatures = layout === "columns" ? A.shape[0] : A.shape[1];
  const [f0, f1] = opts.features ?? [0, 1];
  for (const f of [f0, f1]) {
    if (!Number.isInteger(f) || f < 0 || f >= nFeatures) throw new Error(`feature ${f} is out of bounds: X has ${nFeatures} feature${nFeatures === 1 ? "" : "s"} (layout "${layout}")`);
  }
  const m = layout === "columns" ? A.shape[1] : A.shape[0];
  const at = (f: number, i: number) => clean(layout === "columns" ? A.item(f, i) : A.item(i, f));
  const x = Array.from({ length: m }, (_, i) => at(f0, i));
  const yy = Array.from({ length: m }, (_, i) => at(f1, i));
  if (y === undefined) return { x, y: yy, layout };
  const labels = toLabels(y, layout === "columns" ? 0 : 1);
  if (labels.length !== m) throw new Error(`y has ${labels.length} labels but X has ${m} examples (layout "${layout}")`);
  return { x, y: yy, layout, labels };
}

/**
 * The distinct labels, sorted (numbers ascending, then strings).
 * @example classesOf([2, 0, 2, 1]) // → [ 0, 1, 2 ]
 */
export function classesOf(labels: readonly (number | string)[]): (number | string)[] {
  const set = [...new Set(labels)];
  return set.sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/**
 * A class's display name.
 * @example
 * className(1, ["setosa", "versicolor"]) // → 'versicolor'
 * className(-1, { "-1": "no" }) // → 'no'
 */
export function className(label: number | string, names: ScatterOptions["classNames"]): string {
  if (names === undefined) return String(label);
  if (Array.isArray(names)) return typeof label === "number" && names[label] !== undefined ? names[label] : String(label);
  return (names as Record<string, string>)[String(label)] ?? String(label);
}

/**
 * One marker trace per class (or a single one without labels).
 * @example pointTraces(readPoints(np.array([[1, 2], [3, 4]]), [0, 1], {}), {}).map((t) => t.name) // → [ '0', '1' ]
 */
export function pointTraces(p: Points, opts: ScatterOptions, classes?: (number | string)[]): Trace[] {
  const marker = (i: number): Record<string, unknown> => ({
    color: colorAt(i, opts.colors),
    size: opts.markerSize ?? 7,
    symbol: SYMBOLS[i % SYMBOLS.length],
    line: { width: 0.5, color: "#ffffff" },
    ...(opts.opacity !== undefined ? { opacity: opts.opacity } : {}),
  });
  if (!p.labels) {
    const t: Trace = { type: "scatter", mode: "markers", x: p.x, y: p.y, marker: marker(0) };
    if (opts.name !== undefined) t.name = opts.name;
    return [t];
  }
  const labels = p.labels;
  // With a given class list (shared with a decision boundary), colours follow its order and
  // classes without points get no legend entry.
  return (classes ?? classesOf(labels)).flatMap((c, k): Trace[] => {
    const idx = labels.flatMap((l, i) => (l === c ? [i] : []));
    if (classes && idx.length === 0) return [];
    return [{
      type: "scatter",
      mode: "markers",
      name: className(c, opts.classNames),
      x: idx.map((i) => p.x[i]),
      y: idx.map((i) => p.y[i]),
      marker: marker(k),
    }];
  });
}

/**
 * A scatter plot of 2-D points coloured by class, with one legend entry per class.
 *
 * X is (2, m) — the lectures' layout, one example per column — or (m, 2). The layout is inferred:
 * the one where y's length matches the number of examples; otherwise (2, m) is read as columns and
 * (m, 2) as rows; a square or ambiguous X is read in the lectures' layout. Pass
 * `layout: "columns" | "rows"` to be explicit. With more than two features, `features` picks two.
 * y (optional) holds a label per example, (m,), (1, m) or one-hot (classes, m).
 *
 * With a 1-D X, `plot.scatter(x, y)` plots the points (x[i], y[i]) instead.
 *
 * @example
 * const { X, Y } = data.planar();          // X (2, 400), Y (1, 400)
 * plot.scatter(X, Y, { title: "Flower" }) // → Figure(2 traces: scatter "0", scatter "1"; title "Flower")
 * const iris = data.iris();                 // X (4, 150): pick two features
 * plot.scatter(iris.X, iris.Y, { features: [0, 2], classNames: iris.labels }) // → Figure(3 traces: scatter "setosa", scatter "versicolor", scatter "virginica")
 */
export function scatter(X: Matrix | Vector, y?: Labels | Vector, opts: ScatterOptions = {}): Figure {
  const s = shapeOf(X);
  if (s.length === 1) {
    if (y === undefined) throw new Error("scatter(x, y): y coordinates are missing");
    const xs = toVector(X as Vector, "x");
    const ys = toVector(y as Vector, "y");
    if (xs.length !== ys.length) throw new Error(`x and y must be the same size`);
    return makeFigure(pointTraces({ x: xs, y: ys, layout: "columns" }, opts), {}, opts);
  }
  const p = readPoints(X as Matrix, y as Labels | undefined, opts);
  return makeFigure(pointTraces(p, opts), {}, opts);
}
