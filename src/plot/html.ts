// HTML that draws a figure with plotly.js, offline. The minified library (~4.8 MB) is embedded only
// in the first figure a process displays; later figures carry a small script that waits until
// window.Plotly exists on the page (a notebook page keeps the earlier output's script alive).
import { readFileSync } from "node:fs";
import type { FigureJSON } from "./figure";

/**
 * How figures' HTML gets plotly.js: `"once"` embeds the library in the first displayed figure of the
 * process (default), `"always"` in every one, `"cdn"` loads it from `cdnUrl` (needs internet), `"none"`
 * expects the page to provide window.Plotly.
 */
export type PlotlyjsMode = "once" | "always" | "cdn" | "none";

/** Options of {@link setOptions}. */
export interface HtmlOptions {
  plotlyjs?: PlotlyjsMode;
  cdnUrl?: string;
}

const state = { mode: "once" as PlotlyjsMode, cdnUrl: "", embedded: false, counter: 0 };

/** The id of the script element that carries the library. */
export const PLOTLYJS_SCRIPT_ID = "deepts-plotlyjs";

let libCache: { source: string; version: string } | undefined;

/**
 * plotly.js's minified source and version, read once from the installed plotly.js-dist-min package.
 * @example
 * plotlyjs().version // → '4.1.2'
 * plotlyjs().source.length > 1e6 // → true
 */
export function plotlyjs(): { source: string; version: string } {
  if (libCache) return libCache;
  const pkgJson = require.resolve("plotly.js-dist-min/package.json");
  const version = JSON.parse(readFileSync(pkgJson, "utf8")).version as string;
  let source = readFileSync(pkgJson.replace(/package\.json$/, "plotly.min.js"), "utf8");
  // A literal "</script" would end the surrounding <script> element early; "<\/" means the same in JS.
  source = source.replace(/<\/(script)/gi, "<\\/$1");
  return (libCache = { source, version });
}

/**
 * Sets how figure HTML loads plotly.js. Setting `plotlyjs: "once"` again makes the next displayed
 * figure embed the library anew (e.g. after clearing the output that held it).
 * @example
 * plot.setOptions({ plotlyjs: "cdn" });  // small notebooks, needs internet to view
 * plot.line([1, 2])[Symbol.for("Jupyter.display")]()["text/html"].includes("https://cdn.plot.ly/plotly-4.1.2.min.js") // → true
 * plot.setOptions({ plotlyjs: "once" }); // back to the default: the next figure shown embeds plotly.js
 */
export function setOptions(opts: HtmlOptions): void {
  if (opts.plotlyjs) {
    state.mode = opts.plotlyjs;
    state.embedded = false;
  }
  if (opts.cdnUrl !== undefined) state.cdnUrl = opts.cdnUrl;
}

function cdnUrl(): string {
  return state.cdnUrl || `https://cdn.plot.ly/plotly-${plotlyjs().version}.min.js`;
}

/** JSON safe to put inside a <script> element. */
function scriptJSON(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The script that defines window.Plotly unless the page already has it. The function wrapper hides
 * CommonJS/AMD globals (Jupyter's classic page has RequireJS) so the library always lands on window.
 * @example
 * plotlyjsScript().split("\n").slice(0, 2) // → [
 * //   '<script type="text/javascript" id="deepts-plotlyjs">',
 * //   'if (typeof window.Plotly === "undefined") {'
 * // ]
 */
export function plotlyjsScript(): string {
  return (
    `<script type="text/javascript" id="${PLOTLYJS_SCRIPT_ID}">\n` +
    `if (typeof window.Plotly === "undefined") {\n` +
    `(function (module, exports, define) {\n${plotlyjs().source}\n}).call(window);\n` +
    `}\n</script>`
  );
}

/** What `toHTML` accepts. */
export interface ToHTMLOptions {
  /** A whole HTML document instead of a fragment (for a file or a browser). Default false. */
  fullPage?: boolean;
  /** true: embed plotly.js; false: rely on the page; "cdn": a script tag for the CDN. Default true. */
  includePlotlyjs?: boolean | "cdn";
  /** Id of the plot's div (default: a fresh one). */
  divId?: string;
}

/**
 * Which way the next notebook display should load plotly.js, per the process-wide mode.
 * @example
 * setOptions({ plotlyjs: "once" }); // true: embed plotly.js in this figure; false: an earlier one brought it
 * displayIncludeMode() // → true
 * displayIncludeMode() // → false
 */
export function displayIncludeMode(): boolean | "cdn" {
  switch (state.mode) {
    case "always":
      return true;
    case "cdn":
      return "cdn";
    case "none":
      return false;
    default:
      if (state.embedded) return false;
      state.embedded = true;
      return true;
  }
}

// Drawing waits for both the library and the div being in the document: JupyterLab may run an
// output's scripts before attaching it, and a detached div would be drawn 0 px wide.
const WAIT_NOTE =
  "Waiting for plotly.js: it comes with the first figure shown in this kernel session. If that output is gone, " +
  'run plot.setOptions({ plotlyjs: "once" }) and re-run this cell.';

const drawScript = (figJSON: string, idJSON: string): string => `(function () {
  var fig = ${figJSON};
  var id = ${idJSON};
  var delay = 20, waited = 0, told = false;
  function tryDraw() {
    var el = document.getElementById(id);
    if (el && window.Plotly && el.isConnected !== false) {
      el.innerHTML = "";
      window.Plotly.newPlot(el, fig.data, fig.layout, fig.config);
      return;
    }
    if (el && !told && waited > 10000) {
      told = true;
      el.firstChild && (el.firstChild.textContent = ${JSON.stringify(WAIT_NOTE)});
    }
    waited += delay;
    delay = Math.min(delay * 1.5, 1000);
    setTimeout(tryDraw, delay);
  }
  tryDraw();
})();`;

/**
 * HTML for one figure: a div and the scripts that draw into it.
 * @example
 * const html = figureHTML(plot.line([3, 1, 2]).toJSON(), { includePlotlyjs: "cdn", divId: "cost" });
 * html.split("\n")[0] // → '<div class="deepts-plot">'
 * html.includes('<div id="cost" style="width:100%;height:450px;">') // → true
 */
export function figureHTML(fig: FigureJSON, opts: ToHTMLOptions = {}): string {
  const include = opts.includePlotlyjs ?? true;
  const id = opts.divId ?? `deepts-plot-${process.pid}-${++state.counter}-${Math.random().toString(36).slice(2, 8)}`;
  const layout = fig.layout as { height?: number; width?: number; title?: { text?: string } | string };
  const height = typeof layout.height === "number" ? `${layout.height}px` : opts.fullPage ? "95vh" : "450px";
  const width = typeof layout.width === "number" ? `${layout.width}px` : "100%";
  // This div has a fixed height, so following the page's width is safe here (see DEFAULT_CONFIG).
  const drawn = { ...fig, config: { responsive: true, ...fig.config } };
  const loader =
    include === "cdn" ? `<script type="text/javascript" src="${escapeHtml(cdnUrl())}"></script>\n` : include ? plotlyjsScript() + "\n" : "";
  // The text inside the div is what shows when scripts do not run (an untrusted notebook).
  const body =
    `<div class="deepts-plot">\n` +
    `<div id="${escapeHtml(id)}" style="width:${width};height:${height};">` +
    `<span style="color:#888;font:12px sans-serif">Plotly figure (run the cell, or trust the notebook, to draw it)</span></div>\n` +
    loader +
    `<script type="text/javascript">\n${drawScript(scriptJSON(drawn), scriptJSON(id))}\n</script>\n` +
    `</div>`;
  if (!opts.fullPage) return body;
  const title = typeof layout.title === "string" ? layout.title : layout.title?.text ?? "deepts figure";
  return (
    `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n` +
    `<body style="margin:8px">\n${body}\n</body>\n</html>\n`
  );
}
