// Options every plot function accepts, and the layout they produce.
import { Figure, deepMerge, type Config, type Layout, type Trace } from "./figure";

/** Options shared by all `plot.*` functions. */
export interface CommonOptions {
  /** Figure title. */
  title?: string;
  /** x-axis title. */
  xlabel?: string;
  /** y-axis title. */
  ylabel?: string;
  /** Size in pixels (default: the notebook's width, 450 px high). */
  width?: number;
  height?: number;
  /** Logarithmic axes. */
  logx?: boolean;
  logy?: boolean;
  /** Show the legend (default: plotly's choice, i.e. when there are several named traces). */
  showlegend?: boolean;
  /**
   * Extra plotly layout, merged last (e.g. `{ yaxis: { range: [0, 1] } }`). (`layout` is taken: in
   * scatter/images it says how examples are laid out, as in the data loaders.)
   */
  plotlyLayout?: Layout;
  /** Extra plotly config. */
  config?: Config;
}

/**
 * The layout for the common options (only the keys that were given).
 * @example baseLayout({ title: "Cost", logy: true }) // → { title: { text: 'Cost' }, yaxis: { type: 'log' } }
 */
export function baseLayout(opts: CommonOptions): Layout {
  const layout: Layout = {};
  if (opts.title !== undefined) layout.title = { text: opts.title };
  const xaxis: Layout = {};
  const yaxis: Layout = {};
  if (opts.xlabel !== undefined) xaxis.title = { text: opts.xlabel };
  if (opts.ylabel !== undefined) yaxis.title = { text: opts.ylabel };
  if (opts.logx) xaxis.type = "log";
  if (opts.logy) yaxis.type = "log";
  if (Object.keys(xaxis).length) layout.xaxis = xaxis;
  if (Object.keys(yaxis).length) layout.yaxis = yaxis;
  if (opts.width !== undefined) layout.width = opts.width;
  if (opts.height !== undefined) layout.height = opts.height;
  if (opts.showlegend !== undefined) layout.showlegend = opts.showlegend;
  return layout;
}

/**
 * A figure from traces, a plot-specific layout and the common options (which win, `plotlyLayout` last).
 * @example String(makeFigure([{ type: "bar", y: [1, 2] }], {}, { title: "Counts" })) // → 'Figure(1 trace: bar; title "Counts")'
 */
export function makeFigure(data: Trace[], specific: Layout, opts: CommonOptions): Figure {
  const layout = deepMerge(deepMerge(specific, baseLayout(opts)), opts.plotlyLayout ?? {});
  return new Figure({ data, layout, config: opts.config });
}

/**
 * Series names: one string names a single series; a list names them in order.
 * @example
 * nameAt(undefined, 1, 3) // → 'series 1'
 * nameAt("cost", 0, 1) // → 'cost'
 * nameAt(["train", "test"], 1, 2) // → 'test'
 */
export function nameAt(names: string | readonly string[] | undefined, i: number, count: number): string | undefined {
  if (names === undefined) return count > 1 ? `series ${i}` : undefined;
  if (typeof names === "string") return count === 1 ? names : `${names} ${i}`;
  return names[i];
}
