// Decision regions of a 2-feature classifier: evaluate predict on a grid, colour the plane, then
// draw the examples on top (the lectures use mlxtend's plot_decision_regions for this).
import { NDArray } from "../np";
import type { Figure, Trace } from "./figure";
import { colorAt, discreteColorscale } from "./colors";
import { makeFigure } from "./options";
import { className, classesOf, pointTraces, readPoints, type ExampleLayout, type ScatterOptions } from "./scatter";
import { argmaxAlong, extent, isNDArray, linspace, toND, toVector, type Labels, type Matrix, type Vector } from "./values";

/** A classifier: takes grid points (in X's layout, (2, k) by default) and returns k predictions. */
export type PredictFn = (X: NDArray) => NDArray | Vector | readonly (readonly number[])[];

/** Options of {@link decisionBoundary}. */
export interface BoundaryOptions extends ScatterOptions {
  /** Grid points per axis (default 200), or [nx, ny]. */
  grid?: number | readonly [number, number];
  /** Space added around the data on each side, as a fraction of its range (default 0.1). */
  margin?: number;
  /** Fixed grid ranges instead of the data's range plus margin. */
  range?: { x?: readonly [number, number]; y?: readonly [number, number] };
  /**
   * How to read predict's output: `"labels"` (class per point), `"probability"` (P(y = 1), in [0, 1])
   * or `"scores"` (any real, boundary at 0). Default: labels when all outputs are integers, else
   * probability when they lie in [0, 1], else scores. A (classes, k) output (softmax) becomes labels
   * by argmax.
   */
  mode?: "labels" | "probability" | "scores";
  /** Level of the drawn boundary line for probability (default 0.5) and scores (default 0). */
  threshold?: number;
  /**
   * How label regions are drawn: `"contour"` (default, smooth edges: one filled contour per class)
   * or `"heatmap"` (one cell per grid point, exact but stepped).
   */
  regions?: "contour" | "heatmap";
  /** Opacity of the coloured regions (default 0.35 for labels, 0.6 otherwise). */
  regionOpacity?: number;
}

/** The evaluated grid: z[j][i] is the prediction at (x[i], y[j]). */
export interface BoundaryGrid {
  x: number[];
  y: number[];
  z: (number | null)[][];
}

/** A colour mixed with white: `amount` 1 keeps the colour, 0 gives white (as an opaque rgb()). */
function tint(hex: string, amount: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const mix = (h: string) => Math.round(255 - (255 - parseInt(h, 16)) * amount);
  return `rgb(${mix(m[1])},${mix(m[2])},${mix(m[3])})`;
}

function gridSize(grid: BoundaryOptions["grid"]): [number, number] {
  const [nx, ny] = typeof grid === "number" ? [grid, grid] : grid ?? [200, 200];
  for (const n of [nx, ny]) if (!Number.isInteger(n) || n < 2) throw new Error(`grid must be an integer >= 2, got ${n}`);
  return [nx, ny];
}

function axisRange(values: (number | null)[], margin: number, fixed?: readonly [number, number]): [number, number] {
  if (fixed) return [fixed[0], fixed[1]];
  const [lo, hi] = extent(values);
  if (!Number.isFinite(lo)) throw new Error("decisionBoundary: X has no finite values");
  const pad = hi > lo ? (hi - lo) * margin : Math.max(Math.abs(lo) * margin, 1);
  return [lo - pad, hi + pad];
}

/**
 * The grid points as an NDArray in the given layout; point p = j * nx + i is (x[i], y[j]).
 * @example
 * gridPoints([0, 1], [5], "columns") // → array([[0., 1.],
 * //        [5., 5.]])
 */
export function gridPoints(x: readonly number[], y: readonly number[], layout: ExampleLayout): NDArray {
  const nx = x.length;
  const k = nx * y.length;
  const data = new Float64Array(2 * k);
  for (let j = 0; j < y.length; j++) {
    for (let i = 0; i < nx; i++) {
      const p = j * nx + i;
      if (layout === "columns") {
        data[p] = x[i];
        data[k + p] = y[j];
      } else {
        data[2 * p] = x[i];
        data[2 * p + 1] = y[j];
      }
    }
  }
  return NDArray.fromData(data, layout === "columns" ? [2, k] : [k, 2], "float64");
}

/** predict's output as k numbers; softmax-style (classes, k) outputs become argmax labels. */
function readPredictions(out: ReturnType<PredictFn>, k: number, layout: ExampleLayout): { values: (number | null)[]; argmax: boolean } {
  const a = isNDArray(out) ? out : Array.isArray(out) && out.length > 0 && typeof out[0] === "object" ? toND(out as never) : null;
  if (a === null) {
    const values = toVector(out as Vector, "predict output");
    if (values.length !== k) throw new Error(`predict returned ${values.length} values for ${k} grid points`);
    return { values, argmax: false };
  }
  if (a.size === k) return { values: toVector(a), argmax: false };
  if (a.ndim === 2) {
    const classAxis = layout === "columns" ? 0 : 1;
    if (a.shape[1 - classAxis] === k) return { values: argmaxAlong(a, classAxis), argmax: true };
  }
  throw new Error(`predict returned shape (${a.shape.join(", ")}) for ${k} grid points; expected (${k},), (1, ${k}) or (classes, ${k})`);
}

/**
 * Evaluates `predict` on a grid covering X (plus a margin) and returns the grid. Used by
 * {@link decisionBoundary}; handy to check a model's output by hand.
 * @example
 * const X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]]);                       // 4 points, one per column
 * const { x, y, z } = plot.boundaryGrid((G) => np.greater(G.get(0), 0.5), X, { grid: 50 }); // class 1 right of x = 0.5
 * [x.length, y.length, z.length, z[0].length]; // → [ 50, 50, 50, 50 ]
 * [z[0][0], z[0][49]] // → [ 0, 1 ]
 */
export function boundaryGrid(predict: PredictFn, X: Matrix | NDArray, opts: BoundaryOptions & { labels?: Labels } = {}): BoundaryGrid & { argmax: boolean; layout: ExampleLayout } {
  const p = readPoints(X, opts.labels, opts);
  const nFeatures = p.layout === "columns" ? toND(X as NDArray).shape[0] : toND(X as NDArray).shape[1];
  if (nFeatures !== 2) throw new Error(`decisionBoundary needs X with 2 features (predict sees grid points of 2 features), got ${nFeatures}`);
  const [nx, ny] = gridSize(opts.grid);
  const margin = opts.margin ?? 0.1;
  const [x0, x1] = axisRange(p.x, margin, opts.range?.x);
  const [y0, y1] = axisRange(p.y, margin, opts.range?.y);
  const x = linspace(x0, x1, nx);
  const y = linspace(y0, y1, ny);
  const { values, argmax } = readPredictions(predict(gridPoints(x, y, p.layout)), nx * ny, p.layout);
  const z = Array.from({ length: ny }, (_, j) => values.slice(j * nx, (j + 1) * nx));
  return { x, y, z, argmax, layout: p.layout };
}

/**
 * The decision regions of a classifier with the examples on top. `predict` receives the grid points
 * in X's layout — a (2, k) array by default, one point per column as in the lectures — and returns a
 * label, a probability or a score per point ((k,), (1, k), or (classes, k) probabilities).
 *
 * @example
 * const X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]]), Y = np.array([[0, 1, 0, 1]]); // X (2, m), Y (1, m)
 * const parameters = { W1: np.array([[4, 0]]), b1: np.array([[-2]]) };            // a one-layer "network"
 * // labels: one region per class (the first a background heatmap, the others filled contours), then the points
 * plot.decisionBoundary((G) => nn.predict(G, parameters), X, Y, { title: "x > 0.5", grid: 50 }) // → Figure(4 traces: heatmap "region 0", contour "region 1", scatter "0", scatter "1"; title "x > 0.5")
 * const ppn = new nn.Perceptron({ eta: 0.1, epochs: 5 }).train(X.T, [-1, 1, -1, 1]);
 * // a Perceptron takes rows: X (m, 2), and G (k, 2)
 * plot.decisionBoundary((G) => ppn.predict(G), X.T, [-1, 1, -1, 1], { layout: "rows", grid: 50 }) // → Figure(4 traces: heatmap "region -1", contour "region 1", scatter "-1", scatter "1")
 */
export function decisionBoundary(predict: PredictFn, X: Matrix | NDArray, y?: Labels, opts: BoundaryOptions = {}): Figure {
  const points = readPoints(X, y, opts);
  const grid = boundaryGrid(predict, X, { ...opts, layout: points.layout });
  const flat = grid.z.flat();
  const allInts = flat.every((v) => v === null || Number.isInteger(v));
  const [lo, hi] = extent(flat);
  const mode = opts.mode ?? (grid.argmax || allInts ? "labels" : lo >= 0 && hi <= 1 ? "probability" : "scores");

  const traces: Trace[] = [];
  let classes = points.labels ? classesOf(points.labels) : undefined;
  if (mode === "labels") {
    classes = classesOf([...(points.labels ?? []), ...(flat.filter((v) => v !== null) as number[])]);
    const index = new Map(classes.map((c, i) => [c, i]));
    const colors = classes.map((_, i) => colorAt(i, opts.colors));
    const z = grid.z.map((row) => row.map((v) => (v === null ? null : index.get(v) ?? null)));
    const opacity = opts.regionOpacity ?? 0.35;
    if (opts.regions === "heatmap") {
      traces.push({
        type: "heatmap",
        name: "prediction",
        x: grid.x,
        y: grid.y,
        z,
        zmin: -0.5,
        zmax: classes.length - 0.5,
        zsmooth: false,
        colorscale: discreteColorscale(colors),
        showscale: false,
        opacity,
        hoverinfo: "skip",
      });
    } else {
      // The first class paints the whole grid; every other class is a filled contour of its 0/1
      // indicator cut at 0.5, so the edges are smooth. The colours are opaque tints (the class colour
      // mixed with white), so that seams between neighbouring contours cannot show through.
      const tints = colors.map((c) => tint(c, opacity));
      traces.push({
        type: "heatmap",
        name: `region ${className(classes[0], opts.classNames)}`,
        x: [grid.x[0], grid.x[grid.x.length - 1]],
        y: [grid.y[0], grid.y[grid.y.length - 1]],
        z: [[0, 0], [0, 0]],
        colorscale: [[0, tints[0]], [1, tints[0]]],
        showscale: false,
        hoverinfo: "skip",
      });
      classes.slice(1).forEach((c, i) => {
        const k = i + 1;
        traces.push({
          type: "contour",
          name: `region ${className(c, opts.classNames)}`,
          x: grid.x,
          y: grid.y,
          z: z.map((row) => row.map((v) => (v === null ? null : v === k ? 1 : 0))),
          zmin: 0,
          zmax: 1,
          autocontour: false,
          contours: { start: 0.5, end: 0.5, size: 1, coloring: "fill", showlines: false },
          colorscale: [[0, "rgba(255,255,255,0)"], [1, tints[k]]],
          line: { width: 0, smoothing: 1 },
          showscale: false,
          showlegend: false,
          hoverinfo: "skip",
        });
      });
    }
  } else {
    const threshold = opts.threshold ?? (mode === "probability" ? 0.5 : 0);
    // Two-class colouring: class 0's colour below the threshold, class 1's above, white at it.
    const c0 = colorAt(0, opts.colors);
    const c1 = colorAt(1, opts.colors);
    const region: Trace = {
      type: "contour",
      name: mode === "probability" ? "P(y = 1)" : "score",
      x: grid.x,
      y: grid.y,
      z: grid.z,
      colorscale: [[0, c0], [0.5, "#ffffff"], [1, c1]],
      autocontour: true,
      ncontours: 20,
      contours: { coloring: "heatmap", showlines: false },
      line: { width: 0 },
      opacity: opts.regionOpacity ?? 0.6,
      colorbar: { title: { text: mode === "probability" ? "P(y=1)" : "score" }, len: 0.75, thickness: 15 },
      hoverinfo: "skip",
    };
    if (mode === "probability") Object.assign(region, { zmin: 0, zmax: 1 });
    else Object.assign(region, { zmid: threshold });
    traces.push(region, {
      type: "contour",
      name: "boundary",
      x: grid.x,
      y: grid.y,
      z: grid.z,
      autocontour: false,
      contours: { coloring: "lines", start: threshold, end: threshold, size: 1 },
      colorscale: [[0, "#222222"], [1, "#222222"]],
      line: { width: 2 },
      showscale: false,
      hoverinfo: "skip",
    });
  }
  traces.push(...pointTraces(points, opts, classes));
  const layout = {
    xaxis: { range: [grid.x[0], grid.x[grid.x.length - 1]], zeroline: false },
    yaxis: { range: [grid.y[0], grid.y[grid.y.length - 1]], zeroline: false },
    // With a colour bar on the right, the class legend goes above the plot.
    legend: mode === "labels" ? { title: { text: "class" } } : { title: { text: "class" }, orientation: "h", x: 1, xanchor: "right", y: 1.02, yanchor: "bottom" },
  };
  return makeFigure(traces, layout, opts);
}
