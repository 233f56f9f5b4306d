// A plotly figure as plain JSON ({ data, layout, config }) that the deepts kernel displays through
// the `Symbol.for("Jupyter.display")` convention (show() goes through the library's display), and that
// can be saved or shown outside Jupyter.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayIncludeMode, figureHTML, type ToHTMLOptions } from "./html";
import { plain } from "./values";
import { currentKernel, display } from "../display";

/** One plotly trace (`{ type: "scatter", x: [...], y: [...] }`), see plotly.js's reference. */
export interface Trace {
  type?: string;
  name?: string;
  [key: string]: unknown;
}
/** A plotly layout (`{ title: { text }, xaxis: { title: { text } }, ... }`). */
export type Layout = Record<string, any>;
/** A plotly config (`{ displaylogo: false, scrollZoom: true }`). */
export type Config = Record<string, any>;
/** The JSON form of a figure, as in plotly's `application/vnd.plotly.v1+json` mime type. */
export interface FigureJSON {
  data: Trace[];
  layout: Layout;
  config: Config;
}

/**
 * The config every figure starts with: no plotly logo. Not `responsive`: JupyterLab's plotly
 * renderer resizes figures itself, and plotly's own window-resize handler measures the renderer's
 * div, which has no height of its own, and shrinks the figure to a 29 px strip. The HTML form
 * (`toHTML`, the text/html output) draws into a div of fixed height, where `responsive` is safe.
 */
export const DEFAULT_CONFIG: Config = { displaylogo: false };

/** The mime type of plotly's JupyterLab/VS Code renderer. */
export const PLOTLY_MIME = "application/vnd.plotly.v1+json";

let shown = 0; // files written by show() in this process

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * Merges `patch` into `target` recursively (objects merge, everything else replaces).
 * @example deepMerge({ xaxis: { title: "x" } }, { xaxis: { type: "log" } }) // → { xaxis: { title: 'x', type: 'log' } }
 */
export function deepMerge(target: Record<string, any>, patch: Record<string, any>): Record<string, any> {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (isObject(v) && isObject(target[k])) deepMerge(target[k], v);
    else target[k] = isObject(v) ? deepMerge({}, v) : v;
  }
  return target;
}

function titleText(layout: Layout): string | undefined {
  const t = layout.title;
  if (typeof t === "string") return t;
  if (isObject(t) && typeof t.text === "string") return t.text;
  return undefined;
}

/**
 * A plotly figure. The `plot.*` functions build these; in the kernel a figure that is a cell's last
 * value is drawn. `data`, `layout` and `config` are plotly's JSON and may be edited directly.
 *
 * @example
 * const fig = plot.line([3, 1, 2], { title: "Cost" });
 * fig // → Figure(1 trace: scatter; title "Cost")
 * fig.update({ layout: { yaxis: { type: "log" } } });
 * fig.layout.yaxis.type // → 'log'
 * fig.toHTML({ fullPage: true, includePlotlyjs: "cdn" }).startsWith("<!DOCTYPE html>") // → true
 */
export class Figure {
  data: Trace[];
  layout: Layout;
  config: Config;

  constructor(fig: Partial<FigureJSON> = {}) {
    this.data = [...(fig.data ?? [])];
    this.layout = deepMerge({}, fig.layout ?? {});
    this.config = deepMerge(deepMerge({}, DEFAULT_CONFIG), fig.config ?? {});
  }

  /**
   * The figure as plain JSON (numbers only, NaN → null): what the vnd.plotly mime bundle carries.
   * @example plot.line([1, NaN, 3]).toJSON().data[0].y // → [ 1, null, 3 ]
   */
  toJSON(): FigureJSON {
    return plain({ data: this.data, layout: this.layout, config: this.config }) as FigureJSON;
  }

  /**
   * HTML that draws the figure with plotly.js, embedded so that it works offline.
   * @example
   * // fs.writeFileSync("cost.html", fig.toHTML({ fullPage: true })) saves a page that opens anywhere
   * fig.toHTML({ includePlotlyjs: "cdn" }).includes("cdn.plot.ly") // → true
   */
  toHTML(opts: ToHTMLOptions = {}): string {
    return figureHTML(this.toJSON(), opts);
  }

  /**
   * A one-line description: `Figure(2 traces: scatter "train", scatter "test"; title "Cost")`.
   * @example
   * String(plot.line([3, 1, 2], { title: "Cost" })) // → 'Figure(1 trace: scatter; title "Cost")'
   * String(plot.line([[3, 1, 2], [4, 2, 1]], { names: ["train", "test"] })) // → 'Figure(2 traces: scatter "train", scatter "test")'
   */
  toString(): string {
    const n = this.data.length;
    const shown = this.data.slice(0, 6).map((t) => {
      const type = typeof t.type === "string" ? t.type : "scatter";
      return typeof t.name === "string" && t.name !== "" ? `${type} ${JSON.stringify(t.name)}` : type;
    });
    if (n > shown.length) shown.push(`… ${n - shown.length} more`);
    const parts = [n === 0 ? "0 traces" : `${n} trace${n === 1 ? "" : "s"}: ${shown.join(", ")}`];
    const axes = new Set(this.data.map((t) => `${t.xaxis ?? "x"}/${t.yaxis ?? "y"}`));
    if (axes.size > 1) parts.push(`${axes.size} subplots`);
    const title = titleText(this.layout);
    if (title) parts.push(`title ${JSON.stringify(title)}`);
    return `Figure(${parts.join("; ")})`;
  }

  /**
   * The mime bundle the deepts kernel shows: plotly JSON, offline HTML and a text summary.
   * @example
   * const bundle = fig[Symbol.for("Jupyter.display")]();
   * Object.keys(bundle) // → [ 'application/vnd.plotly.v1+json', 'text/html', 'text/plain' ]
   * bundle["text/plain"] // → 'Figure(1 trace: scatter; title "Cost")'
   */
  [Symbol.for("Jupyter.display")](): Record<string, unknown> {
    const json = this.toJSON();
    return {
      [PLOTLY_MIME]: json,
      "text/html": figureHTML(json, { includePlotlyjs: displayIncludeMode() }),
      "text/plain": this.toString(),
    };
  }

  /**
   * console.log(fig) in plain Node prints the summary rather than the whole JSON.
   * @example console.log(plot.line([3, 1, 2], { title: "Cost" })) // → Figure(1 trace: scatter; title "Cost")
   */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  /**
   * Shows the figure: in the deepts kernel it is displayed below the cell; elsewhere it is written
   * to an HTML file in the temp folder, whose path is printed and returned.
   * @example plot.costs([0.69, 0.5, 0.3]).show() // doctest: +SKIP (writes a file outside the kernel)
   */
  show(): string | undefined {
    if (currentKernel()) {
      display(this);
      return undefined;
    }
    const dir = join(tmpdir(), "deepts-plots");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `figure-${process.pid}-${Date.now()}-${++shown}.html`);
    writeFileSync(file, this.toHTML({ fullPage: true }));
    console.log(`Figure written to ${file}`);
    return file;
  }

  /**
   * Changes the figure in place and returns it. `layout` and `config` are merged recursively; `data`
   * is merged into every trace (an object) or trace by trace (an array).
   * @example
   * fig.update({ layout: { title: { text: "Log cost" }, yaxis: { type: "log" } } }) // → Figure(1 trace: scatter; title "Log cost")
   * fig.update({ data: { line: { width: 3 } } }).data[0].line.width // → 3
   */
  update(patch: { layout?: Layout; config?: Config; data?: Partial<Trace> | Partial<Trace>[] }): this {
    if (patch.layout) deepMerge(this.layout, patch.layout);
    if (patch.config) deepMerge(this.config, patch.config);
    if (Array.isArray(patch.data)) patch.data.forEach((p, i) => p && this.data[i] && deepMerge(this.data[i], p));
    else if (patch.data) for (const t of this.data) deepMerge(t, patch.data);
    return this;
  }

  /**
   * Adds traces (drawn on top of the existing ones) and returns the figure.
   * @example
   * const X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]]), y = [0, 1, 1, 1];   // X (2, m), one point per column
   * const fig2 = plot.scatter(X, y).addTraces({ type: "scatter", x: [0, 1], y: [1, 0], mode: "lines", name: "boundary" });
   * String(fig2) // → 'Figure(3 traces: scatter "0", scatter "1", scatter "boundary")'
   */
  addTraces(...traces: (Trace | Trace[])[]): this {
    for (const t of traces) this.data.push(...(Array.isArray(t) ? t : [t]));
    return this;
  }
}

