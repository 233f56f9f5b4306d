// A grid of small images (MNIST digits, Fashion-MNIST clothes) with their labels. All images go into
// one mosaic trace, which stays fast for 100 images where 100 subplots would not.
import type { NDArray } from "../np";
import type { Figure, Trace } from "./figure";
import { grayColorscale } from "./colors";
import { makeFigure, type CommonOptions } from "./options";
import { className, inferLayout, type ExampleLayout, type ScatterOptions } from "./scatter";
import { clean, shapeOf, toLabels, toND, type Labels, type Matrix } from "./values";

/** Options of {@link images}. */
export interface ImagesOptions extends CommonOptions {
  /** Shape of one image: [height, width] (gray) or [height, width, 3] (RGB). Default: square gray. */
  shape?: readonly number[];
  /** Images per row (default: up to 10). */
  cols?: number;
  /** Flattened images: one per column (default, the lectures' (n_x, m)) or per row ((m, n_x)). */
  layout?: ExampleLayout;
  /** Show at most this many (default 100), the first ones. */
  max?: number;
  /** Label names, as in scatter (e.g. data's `labels`). */
  classNames?: ScatterOptions["classNames"];
  /** Predicted labels: shown as "pred (true)" and in red when they differ from `labels`. */
  predicted?: Labels;
  /** Dark ink on light paper (default: light on dark, as matplotlib's gray colormap shows MNIST). */
  invert?: boolean;
  /** Pixel value range mapped to black..white (default: the images' min and max). */
  zmin?: number;
  zmax?: number;
  /** Width of one image on screen, in pixels (default: fits about 860 px, at most 120). */
  tileSize?: number;
}

interface Stack {
  n: number;
  h: number;
  w: number;
  c: number;
  at: (t: number, r: number, col: number, ch: number) => number | null;
}

/** Reads the input as n images of h × w × c. */
function readStack(X: Matrix | NDArray, m: number | undefined, opts: ImagesOptions): Stack {
  const A = toND(X as NDArray);
  const flat = A.contiguousData();
  const get = (i: number) => clean(flat[i]);
  if (A.ndim === 3 || A.ndim === 4) {
    const [n, h, w, c = 1] = A.shape;
    if (c !== 1 && c !== 3) throw new Error(`images: expected (m, h, w) or (m, h, w, 3), got shape (${A.shape.join(", ")})`);
    return { n, h, w, c, at: (t, r, col, ch) => get(((t * h + r) * w + col) * c + ch) };
  }
  if (A.ndim !== 1 && A.ndim !== 2) throw new Error(`images: expected 1 to 4 dimensions, got shape (${A.shape.join(", ")})`);
  let [h, w, c] = [0, 0, 1];
  const given = opts.shape;
  const layout = A.ndim === 1 ? "columns" : given ? layoutForSize(A.shape, given.reduce((a, b) => a * b, 1), m, opts.layout) : inferLayout(A.shape, m, opts.layout);
  const size = A.ndim === 1 ? A.shape[0] : layout === "columns" ? A.shape[0] : A.shape[1];
  if (given) {
    [h, w, c = 1] = given;
    if (h * w * c !== size) throw new Error(`cannot reshape array of size ${size} into shape (${given.join(", ")})`);
  } else {
    h = w = Math.round(Math.sqrt(size));
    if (h * w !== size) throw new Error(`images: ${size} pixels is not a square image; pass { shape: [height, width] }`);
  }
  const n = A.ndim === 1 ? 1 : layout === "columns" ? A.shape[1] : A.shape[0];
  const feat = (r: number, col: number, ch: number) => (r * w + col) * c + ch;
  const at =
    A.ndim === 1
      ? (_t: number, r: number, col: number, ch: number) => get(feat(r, col, ch))
      : layout === "columns"
        ? (t: number, r: number, col: number, ch: number) => get(feat(r, col, ch) * n + t)
        : (t: number, r: number, col: number, ch: number) => get(t * size + feat(r, col, ch));
  return { n, h, w, c, at };
}

/** With a known image size, the layout is the one whose dimension holds the pixels. */
function layoutForSize(shape: number[], size: number, m: number | undefined, given?: ExampleLayout): ExampleLayout {
  if (given) return given;
  if (shape[0] === size && shape[1] !== size) return "columns";
  if (shape[1] === size && shape[0] !== size) return "rows";
  return inferLayout(shape, m);
}

/**
 * A grid of images with their labels above them. X holds flattened images, one per column — the
 * lectures' (n_x, m), e.g. MNIST's (784, m) — or per row with `layout: "rows"` (inferred when only one
 * dimension matches `shape`), or unflattened (m, h, w) / (m, h, w, 3). Shows the first `max` (100).
 *
 * @example
 * const { X, Y } = data.digits({ normalize: true });          // X (64, 1797): 8 × 8 images, one per column
 * const fig = plot.images(X.get(":", ":5"), Y.get(":", ":5"), { shape: [8, 8], cols: 5 });
 * fig // → Figure(1 trace: heatmap "images")
 * fig.layout.annotations.map((a) => a.text) // → [ '0', '1', '2', '3', '4' ]
 * const Yhat = np.array([[0, 1, 2, 3, 9]]); // predictions: a mistake reads "predicted (true)", in red
 * plot.images(X.get(":", ":5"), Y.get(":", ":5"), { shape: [8, 8], predicted: Yhat }).layout.annotations[4].text // → '9 (4)'
 */
export function images(X: Matrix | NDArray, labels?: Labels, opts: ImagesOptions = {}): Figure {
  const m = labels === undefined ? undefined : shapeOf(labels).reduce((a, b) => a * b, 1);
  const s = readStack(X, m, opts);
  const n = Math.min(s.n, opts.max ?? 100);
  const truth = labels === undefined ? undefined : toLabels(labels, opts.layout === "rows" ? 1 : 0);
  const pred = opts.predicted === undefined ? undefined : toLabels(opts.predicted, opts.layout === "rows" ? 1 : 0);
  if (truth && truth.length !== s.n) throw new Error(`got ${truth.length} labels for ${s.n} images`);
  if (pred && pred.length !== s.n) throw new Error(`got ${pred.length} predicted labels for ${s.n} images`);
  const hasText = !!(truth || pred);

  const cols = Math.max(1, Math.min(opts.cols ?? 10, n));
  const rows = Math.max(1, Math.ceil(n / cols));
  const gapX = Math.max(1, Math.round(s.w * 0.08));
  const gapY = hasText ? Math.max(2, Math.round(s.h * 0.4)) : gapX;
  const W = cols * s.w + (cols - 1) * gapX;
  const H = rows * (s.h + gapY);
  const tile = (t: number) => ({ top: Math.floor(t / cols) * (s.h + gapY) + gapY, left: (t % cols) * (s.w + gapX) });

  let lo = Infinity;
  let hi = -Infinity;
  const cells = Array.from({ length: H }, () => Array.from({ length: W }, () => (s.c === 1 ? null : [NaN, NaN, NaN])) as any[]);
  for (let t = 0; t < n; t++) {
    const { top, left } = tile(t);
    for (let r = 0; r < s.h; r++) {
      for (let col = 0; col < s.w; col++) {
        const px = Array.from({ length: s.c }, (_, ch) => s.at(t, r, col, ch));
        for (const v of px) if (v !== null) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
        cells[top + r][left + col] = s.c === 1 ? px[0] : px;
      }
    }
  }
  if (!(lo <= hi)) [lo, hi] = [0, 1];
  const zmin = opts.zmin ?? lo;
  const zmax = opts.zmax ?? (hi > zmin ? hi : zmin + 1);

  let trace: Trace;
  if (s.c === 1) {
    trace = {
      type: "heatmap",
      name: "images",
      z: cells,
      zmin,
      zmax,
      colorscale: grayColorscale(opts.invert),
      showscale: false,
      hovertemplate: "%{z}<extra></extra>",
    };
  } else {
    // The image trace wants 0..255 channels; gaps become white.
    const scale = (v: number | null) => (v === null || Number.isNaN(v) ? 255 : Math.round(Math.min(255, Math.max(0, ((v - zmin) / (zmax - zmin)) * 255))));
    trace = { type: "image", name: "images", z: cells.map((row) => row.map((px: (number | null)[]) => px.map(scale))), hovertemplate: "%{z}<extra></extra>" };
  }

  const annotations: Record<string, unknown>[] = [];
  if (hasText) {
    for (let t = 0; t < n; t++) {
      const { top, left } = tile(t);
      const tl = truth?.[t];
      const pl = pred?.[t];
      const name = (l: number | string | undefined) => (l === undefined ? "" : className(l, opts.classNames));
      const wrong = truth !== undefined && pred !== undefined && tl !== pl;
      const text = pred === undefined ? name(tl) : truth === undefined ? name(pl) : wrong ? `${name(pl)} (${name(tl)})` : name(pl);
      annotations.push({
        text,
        x: left + (s.w - 1) / 2,
        y: top - 0.5,
        xref: "x",
        yref: "y",
        xanchor: "center",
        yanchor: "bottom",
        showarrow: false,
        font: { size: 12, color: wrong ? "#d62728" : "#222222" },
      });
    }
  }

  const tilePx = opts.tileSize ?? Math.max(40, Math.min(120, Math.floor(860 / cols)));
  const px = tilePx / s.w;
  const margin = { l: 10, r: 10, b: 10, t: opts.title ? 50 : 10 };
  const layout = {
    width: Math.round(W * px) + margin.l + margin.r,
    height: Math.round(H * px) + margin.t + margin.b,
    margin,
    xaxis: { visible: false, range: [-0.5, W - 0.5], constrain: "domain" },
    yaxis: { visible: false, range: [H - 0.5, -0.5], scaleanchor: "x", constrain: "domain" },
    plot_bgcolor: "#ffffff",
    annotations,
  };
  return makeFigure([trace], layout, opts);
}
