// The size sweep's plot (issue 12): numpy/deepts time ratio against size, drawn with the project's own
// `plot`. bench/sizes.html is a standalone page (plotly.js embedded, works offline); bench/sizes.png
// is its screenshot in headless Chromium, skipped with a note when no Chromium is installed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";

const OPS = ["add", "exp", "sum"];
const COLORS = { dot: "#9467bd", add: "#1f77b4", exp: "#ff7f0e", sum: "#2ca02c" };

/** A panel: one solid (numpy default) and one dashed (numpy AVX2) trace per op, and the target line. */
function panel(plot, { title, ops, sizes, row, ratios, target, xlabel }) {
  const traces = [];
  for (const [key, label, dash] of [["default", "numpy default (AVX-512)", "solid"], ["avx2", "numpy AVX2", "dash"]]) {
    for (const op of ops) {
      const pts = sizes.map((n) => [n, ratios[key][row(op, n)]]).filter(([, r]) => r !== undefined);
      if (pts.length === 0) continue;
      const fig = plot.line({ x: pts.map((p) => p[0]), y: pts.map((p) => p[1]) }, { names: `${op}: ${label} / deepts`, colors: [COLORS[op]], dash, markers: true });
      traces.push(...fig.data);
    }
  }
  // on a log axis plotly places annotations and shapes by log10 of the value
  const targetLine = { type: "line", xref: "paper", x0: 0, x1: 1, yref: "y", y0: target, y1: target, line: { color: "#d62728", width: 1.5, dash: "dot" } };
  const targetLabel = { text: `target ${target}`, xref: "paper", x: 1, xanchor: "right", yref: "y", y: Math.log10(target), yanchor: "bottom", showarrow: false, font: { color: "#d62728", size: 11 } };
  // one label per size, except where two sizes sit closer than 0.15 decade (100 and 128)
  const ticks = sizes.filter((n, i) => i === 0 || Math.log10(n / sizes[i - 1]) >= 0.15);
  return plot.figure({
    data: traces,
    // log y: ratios span 0.01 to 10 and a target reads the same at any height
    layout: {
      title: { text: title },
      xaxis: { type: "log", title: { text: xlabel }, tickvals: ticks, ticktext: ticks.map(String), tickangle: 0 },
      yaxis: { type: "log", title: { text: "numpy time / deepts time" } },
      shapes: [targetLine],
      annotations: [targetLabel],
    },
  });
}

/**
 * The figure: np.dot (square n×n · n×n) on the left, add/exp/sum of n elements on the right. `ratios`
 * holds { default, avx2 }: row name → numpy time / deepts time.
 */
export function sizesFigure(plot, { dotSizes, elementwiseSizes, ratios, note }) {
  const dot = panel(plot, { title: "np.dot n×n · n×n", ops: ["dot"], sizes: dotSizes, row: (_, n) => `dot ${n}²`, ratios, target: 0.33, xlabel: "n" });
  const ew = panel(plot, { title: "add, exp, sum of n elements", ops: OPS, sizes: elementwiseSizes, row: (op, n) => `${op} ${n}`, ratios, target: 0.5, xlabel: "n (elements)" });
  return plot.subplots([dot, ew], { cols: 2, title: `numpy/deepts against size (higher is better; ≥ 1: deepts as fast as numpy)<br><sup>${note}</sup>`, width: 1200, height: 520 });
}

/**
 * Writes bench/sizes.html and, when Chromium is installed, bench/sizes.png. Returns lines to print.
 * Never throws: the plot is a by-product of the bench.
 */
export async function writeSizesPlot(fig, dir) {
  const html = join(dir, "sizes.html"), png = join(dir, "sizes.png");
  const out = [];
  try {
    writeFileSync(html, fig.toHTML({ fullPage: true }));
    out.push(`wrote ${html}`);
  } catch (e) {
    return [`sizes plot: could not write ${html}: ${e.message}`];
  }
  const chromium = findChromium();
  if (!chromium) return [...out, `sizes plot: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): ${png} not written`];
  let browser;
  try {
    const { chromium: pw } = await import("playwright-core");
    browser = await pw.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1220, height: 560 } });
    // a 4.8 MB page: slow to load on a busy machine
    await page.goto(`file://${html}`, { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelectorAll(".js-plotly-plot .main-svg").length > 0, undefined, { timeout: 120_000 });
    await page.locator(".js-plotly-plot").screenshot({ path: png });
    out.push(`wrote ${png}`);
  } catch (e) {
    out.push(`sizes plot: the screenshot failed (${String(e.message).split("\n")[0]}): ${png} not written`);
  } finally {
    await browser?.close().catch(() => {});
  }
  return out;
}
