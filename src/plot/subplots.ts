// Several figures (or trace lists) side by side in one figure, each on its own pair of axes.
import { Figure, deepMerge, type Layout, type Trace } from "./figure";
import { makeFigure, type CommonOptions } from "./options";

/** Options of {@link subplots}. */
export interface SubplotsOptions extends CommonOptions {
  /** Grid size; given one, the other follows from the number of panels (default: 2 columns). */
  rows?: number;
  cols?: number;
  /** Panel titles (default: each figure's own title). */
  titles?: readonly (string | undefined)[];
  /** Gaps between panels as fractions of the figure (defaults 0.08, 0.16 with colour bars, and 0.12). */
  hspace?: number;
  vspace?: number;
}

type Panel = Figure | Trace | readonly Trace[];

interface Domain {
  x: [number, number];
  y: [number, number];
}

function isFigure(p: Panel): p is Figure {
  return p instanceof Figure || (!!p && typeof p === "object" && !Array.isArray(p) && Array.isArray((p as unknown as Figure).data) && "layout" in p);
}

const clone = <T>(v: T): T => deepMerge({}, v as Record<string, any>) as T;

/** Maps a position in a panel's paper coordinates (0..1) into the panel's domain. */
const within = (d: [number, number], v: unknown) => (typeof v === "number" ? d[0] + v * (d[1] - d[0]) : v);

function remapRefs(items: unknown, xa: string, ya: string, dom: Domain): Record<string, any>[] {
  if (!Array.isArray(items)) return [];
  return items.map((raw) => {
    const a = clone(raw as Record<string, any>);
    for (const [ref, axis, d, keys] of [["xref", xa, dom.x, ["x", "x0", "x1"]], ["yref", ya, dom.y, ["y", "y0", "y1"]]] as const) {
      const r = a[ref] ?? (ref === "xref" ? "x" : "y");
      if (r === "paper") for (const k of keys) a[k] = within(d, a[k]);
      else a[ref] = axis;
    }
    return a;
  });
}

/**
 * Puts several figures into one, in a grid (row by row). Each panel keeps its traces, axis titles
 * and annotations; panel titles come from `titles` or the figures' titles. Plain traces (or lists
 * of traces) are accepted as panels too.
 *
 * @example
 * const X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]]), Y = np.array([[0, 1, 0, 1]]);
 * const predict = (G) => np.greater(G.get(0), 0.5);            // class 1 right of x = 0.5
 * plot.subplots([plot.costs([0.69, 0.5, 0.4]), plot.decisionBoundary(predict, X, Y, { grid: 20 })], { cols: 2, titles: ["cost", "regions"] }).data.length // → 5
 * const panels = [0.25, 0.5, 0.75].map((t) => plot.decisionBoundary((G) => np.greater(G.get(0), t), X, Y, { title: `x > ${t}`, grid: 20 }));
 * String(plot.subplots(panels, { cols: 3 })).endsWith("… 6 more; 3 subplots)") // → true
 */
export function subplots(panels: readonly Panel[], opts: SubplotsOptions = {}): Figure {
  const n = panels.length;
  if (n === 0) throw new Error("subplots: no panels");
  const cols = opts.cols ?? (opts.rows ? Math.ceil(n / opts.rows) : Math.min(n, 2));
  const rows = opts.rows ?? Math.ceil(n / cols);
  if (rows * cols < n) throw new Error(`subplots: ${n} panels do not fit in ${rows} × ${cols}`);
  // Colour bars sit in the gap to the right of their panel: leave them room.
  const hasBar = panels.some((p) => (isFigure(p) ? p.data : Array.isArray(p) ? p : [p]).some((t: any) => (t.type === "heatmap" || t.type === "contour") && t.showscale !== false));
  const hs = opts.hspace ?? (hasBar && cols > 1 ? 0.16 : 0.08);
  const vs = opts.vspace ?? 0.12;
  const w = (1 - (cols - 1) * hs) / cols;
  const h = (1 - (rows - 1) * vs) / rows;

  const data: Trace[] = [];
  const layout: Layout = { annotations: [], shapes: [] };
  const seen = new Set<string>();
  panels.forEach((panel, k) => {
    const r = Math.floor(k / cols);
    const c = k % cols;
    const dom: Domain = { x: [c * (w + hs), c * (w + hs) + w], y: [1 - r * (h + vs) - h, 1 - r * (h + vs)] };
    const s = k === 0 ? "" : String(k + 1);
    const [xa, ya] = [`x${s}`, `y${s}`];
    const fig = isFigure(panel) ? panel : new Figure({ data: Array.isArray(panel) ? [...(panel as Trace[])] : [panel as Trace] });
    const sub = fig.layout;

    for (const raw of fig.data) {
      if ((raw.xaxis !== undefined && raw.xaxis !== "x") || (raw.yaxis !== undefined && raw.yaxis !== "y")) {
        throw new Error(`subplots: panel ${k} already has subplots`);
      }
      const t = clone(raw);
      t.xaxis = xa;
      t.yaxis = ya;
      // A colour bar goes next to its own panel instead of the figure's right edge.
      if ((t.type === "heatmap" || t.type === "contour") && t.showscale !== false) {
        t.colorbar = { ...(t.colorbar as object), x: dom.x[1] + 0.005, xanchor: "left", y: (dom.y[0] + dom.y[1]) / 2, len: dom.y[1] - dom.y[0], thickness: 12 };
      }
      // The same series (name and colour) in several panels gets one legend entry.
      const key = t.name === undefined ? undefined : `${t.name}|${JSON.stringify((t.marker as any)?.color ?? (t.line as any)?.color ?? "")}`;
      if (key !== undefined) {
        t.legendgroup = key;
        if (seen.has(key)) t.showlegend = false;
        seen.add(key);
      }
      data.push(t);
    }

    const xaxis = clone(sub.xaxis ?? {});
    const yaxis = clone(sub.yaxis ?? {});
    Object.assign(xaxis, { domain: dom.x, anchor: ya });
    Object.assign(yaxis, { domain: dom.y, anchor: xa });
    if (yaxis.scaleanchor === "x") yaxis.scaleanchor = xa;
    if (xaxis.scaleanchor === "y") xaxis.scaleanchor = ya;
    layout[`xaxis${s}`] = xaxis;
    layout[`yaxis${s}`] = yaxis;
    layout.annotations.push(...remapRefs(sub.annotations, xa, ya, dom));
    layout.shapes.push(...remapRefs(sub.shapes, xa, ya, dom));
    if (sub.barmode && !layout.barmode) layout.barmode = sub.barmode;

    const title = opts.titles?.[k] ?? (typeof sub.title === "string" ? sub.title : sub.title?.text);
    if (title) {
      layout.annotations.push({
        text: `<b>${title}</b>`,
        x: (dom.x[0] + dom.x[1]) / 2,
        y: dom.y[1],
        xref: "paper",
        yref: "paper",
        xanchor: "center",
        yanchor: "bottom",
        showarrow: false,
        font: { size: 14 },
      });
    }
  });
  if (layout.shapes.length === 0) delete layout.shapes;
  layout.height = rows * 340 + 60;
  return makeFigure(data, layout, opts);
}
