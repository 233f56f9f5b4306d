// plot: figures as plotly JSON, the Jupyter mime bundle, offline HTML (checked in headless Chromium).
// Expected numbers come from numpy: test/gen/plot_fixtures.py → test/fixtures/plot.json.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { np, NDArray } from "../../src/np";
import { plot, Figure, type Trace } from "../../src/plot";
import { data } from "../../src/data";
import { setKernel, mimeBundle, type DisplayMessage } from "../../src/display";
import { artifactPath, ensureChromium, launchChromium } from "../helpers/browser";

const fx = JSON.parse(readFileSync(`${__dirname}/../fixtures/plot.json`, "utf8"));
const DISPLAY = Symbol.for("Jupyter.display");
const MIME = "application/vnd.plotly.v1+json";

/** Fails on anything JSON cannot carry faithfully: NaN, Infinity, typed arrays, NDArrays, functions. */
function expectPlainJSON(value: unknown, path = "$"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => expectPlainJSON(v, `${path}[${i}]`));
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Error(`${path} is a ${proto?.constructor?.name}`);
    for (const [k, v] of Object.entries(value as object)) expectPlainJSON(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} has type ${typeof value}`);
}

function expectClose(actual: unknown, expected: unknown, tol = 1e-12): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tol));
  } else if (typeof expected === "number") {
    expect(typeof actual).toBe("number");
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
  } else expect(actual).toEqual(expected);
}

const traces = (fig: Figure) => fig.toJSON().data as Trace[];

describe("Figure", () => {
  it("mime bundle has plotly JSON, HTML and a text summary", () => {
    const fig = plot.line([[3, 2, 1.5], [3.5, 2.8, 2.6]], { names: ["train", "test"], title: "Cost" });
    const bundle = (fig as any)[DISPLAY]();
    expect(Object.keys(bundle).sort()).toEqual([MIME, "text/html", "text/plain"]);
    expect(bundle["text/plain"]).toBe('Figure(2 traces: scatter "train", scatter "test"; title "Cost")');
    const json = bundle[MIME];
    expect(Object.keys(json).sort()).toEqual(["config", "data", "layout"]);
    expectPlainJSON(json);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.data[1].y).toEqual([3.5, 2.8, 2.6]);
    expect(json.layout.title).toEqual({ text: "Cost" });
    // Not responsive: in JupyterLab's plotly renderer that shrinks figures to 29 px on resize
    // (the browser test resizes); the HTML form, with a fixed-height div, is responsive.
    expect(json.config.responsive).toBeUndefined();
    expect(bundle["text/html"]).toContain('"responsive":true');
  });

  it("text summary: single trace, no title, many traces, subplots", () => {
    expect(String(plot.heatmap([[1, 2], [3, 4]]))).toBe("Figure(1 trace: heatmap)");
    expect(new Figure().toString()).toBe("Figure(0 traces)");
    const many = plot.line(np.zeros([8, 3]), { names: ["a", "b", "c", "d", "e", "f", "g", "h"] });
    expect(many.toString()).toBe('Figure(8 traces: scatter "a", scatter "b", scatter "c", scatter "d", scatter "e", scatter "f", … 2 more)');
    const sub = plot.subplots([plot.line([1, 2]), plot.bar([1, 2])], { title: "Two" });
    expect(sub.toString()).toBe('Figure(2 traces: scatter, bar; 2 subplots; title "Two")');
  });

  it("plotly.js is embedded in the first displayed figure only; HTML guards window.Plotly", () => {
    plot.setOptions({ plotlyjs: "once" });
    const first = (plot.line([1, 2]) as any)[DISPLAY]()["text/html"] as string;
    const second = (plot.line([2, 1]) as any)[DISPLAY]()["text/html"] as string;
    expect(first).toContain('id="deepts-plotlyjs"');
    expect(first).toContain('if (typeof window.Plotly === "undefined")');
    expect(first).toContain("plotly.js v");
    expect(first.length).toBeGreaterThan(1_000_000);
    expect(second).not.toContain("deepts-plotlyjs");
    expect(second.length).toBeLessThan(5_000);
    expect(second).toContain("window.Plotly.newPlot");
    plot.setOptions({ plotlyjs: "always" });
    expect(((plot.line([1]) as any)[DISPLAY]()["text/html"] as string).length).toBeGreaterThan(1_000_000);
    plot.setOptions({ plotlyjs: "cdn" });
    expect((plot.line([1]) as any)[DISPLAY]()["text/html"]).toMatch(/<script type="text\/javascript" src="https:\/\/cdn\.plot\.ly\/plotly-[0-9.]+\.min\.js">/);
    plot.setOptions({ plotlyjs: "once" });
  });

  it("toHTML: full page, no early </script>, data escaped", () => {
    const fig = plot.line([1, 2], { names: "</script><b>x</b>" });
    const page = fig.toHTML({ fullPage: true });
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain("</html>");
    // Exactly our own closing tags: the library and the JSON contain none.
    expect(page.match(/<\/script/gi)!.length).toBe(2);
    expect(page).toContain("\\u003c/script\\u003e\\u003cb\\u003ex");
    const frag = fig.toHTML({ includePlotlyjs: false, divId: "abc" });
    expect(frag).toContain('<div id="abc"');
    expect(frag).not.toContain("<!DOCTYPE");
    expect(frag.match(/<\/script/gi)!.length).toBe(1);
  });

  it("toJSON copies numbers out of NDArrays and typed arrays, NaN and Infinity become null", () => {
    const fig = new Figure({ data: [{ type: "scatter", y: np.array([1, NaN, Infinity, 4]) as any, x: new Float32Array([0, 1, 2, 3]) as any }] });
    const json = fig.toJSON();
    expectPlainJSON(json);
    expect(json.data[0].y).toEqual([1, null, null, 4]);
    expect(json.data[0].x).toEqual([0, 1, 2, 3]);
    expect(JSON.parse(JSON.stringify(fig))).toEqual(json);
  });

  it("update merges layout and config, patches traces", () => {
    const fig = plot.line([[1, 2], [2, 3]], { title: "A", xlabel: "t" });
    const same = fig.update({ layout: { title: { text: "B" }, yaxis: { type: "log" } }, config: { displayModeBar: false }, data: { line: { width: 4 } } });
    expect(same).toBe(fig);
    expect(fig.layout.title).toEqual({ text: "B" });
    expect(fig.layout.xaxis.title).toEqual({ text: "t" });
    expect(fig.layout.yaxis.type).toBe("log");
    expect(fig.config).toMatchObject({ displaylogo: false, displayModeBar: false });
    expect(traces(fig).map((t: any) => t.line.width)).toEqual([4, 4]);
    expect(traces(fig)[0].line).toMatchObject({ color: "#1f77b4" });
    fig.update({ data: [{ name: "first" }] });
    expect(traces(fig).map((t) => t.name)).toEqual(["first", "series 1"]);
  });

  it("show() displays through the library's display in the kernel, else writes an HTML file", () => {
    const fig = plot.bar([1, 2, 3]);
    const shown: DisplayMessage[] = [];
    setKernel({ publish: (msg) => shown.push(msg), clearOutput: () => {} });
    try {
      expect(fig.show()).toBeUndefined();
      expect(shown).toHaveLength(1);
      expect(shown[0].data["text/plain"]).toBe(fig.toString());
      expect(shown[0].data["application/vnd.plotly.v1+json"]).toEqual(mimeBundle(fig)["application/vnd.plotly.v1+json"]);
    } finally {
      setKernel(undefined);
    }
    const log = console.log;
    const printed: string[] = [];
    console.log = (s: string) => printed.push(s);
    let file: string | undefined;
    try {
      file = fig.show();
    } finally {
      console.log = log;
    }
    expect(file && existsSync(file)).toBe(true);
    expect(printed[0]).toContain(file!);
    expect(readFileSync(file!, "utf8")).toContain('id="deepts-plotlyjs"');
  });
});

describe("line and costs", () => {
  it("NDArray rows are series, numbers are plain, NaN → null", () => {
    const Y = np.array([[1, 2, NaN], [4, 5, 6]]);
    const fig = plot.line(Y, { names: ["a", "b"], x: np.array([10, 20, 30]), markers: true });
    const [a, b] = traces(fig) as any[];
    expectPlainJSON(fig.toJSON());
    expect(a).toMatchObject({ type: "scatter", mode: "lines+markers", name: "a", x: [10, 20, 30], y: [1, 2, null] });
    expect(b.y).toEqual([4, 5, 6]);
    expect(Array.isArray(a.y) && !(a.y instanceof NDArray)).toBe(true);
  });

  it("columns as series, (1, n) as one series, lists of series, {x, y}", () => {
    expect(traces(plot.line(np.array([[1, 2], [3, 4], [5, 6]]), { by: "columns" })).map((t) => t.y)).toEqual([[1, 3, 5], [2, 4, 6]]);
    expect(traces(plot.line(np.array([[1, 2, 3]]))).map((t) => t.y)).toEqual([[1, 2, 3]]);
    expect(traces(plot.line(np.array([[1], [2], [3]]))).map((t) => t.y)).toEqual([[1, 2, 3]]);
    const f = plot.line({ x: [[0, 1], [0, 1, 2]], y: [np.array([1, 2]), [3, 4, 5]] });
    expect(traces(f).map((t) => [t.x, t.y])).toEqual([[[0, 1], [1, 2]], [[0, 1, 2], [3, 4, 5]]]);
    const bools = plot.line(np.array([true, false, true]));
    expect(traces(bools)[0].y).toEqual([1, 0, 1]);
    expect(() => plot.line({ x: [1, 2], y: [1, 2, 3] })).toThrow("x and y must have same first dimension");
  });

  it("line(x, y) as matplotlib's plt.plot(x, y): positional x, one y or a list of ys, then options", () => {
    const x = np.array([0, 0.5, 1]);
    const one = plot.line(x, np.array([1, 4, 9]), { title: "T" });
    expect(traces(one).map((t) => [t.x, t.y])).toEqual([[[0, 0.5, 1], [1, 4, 9]]]);
    expect(one.layout.title).toEqual({ text: "T" });
    const two = plot.line([1, 2, 3], [[3, 2, 1], np.array([1, 1, 1])], { names: ["a", "b"] });
    expect(traces(two).map((t) => [t.name, t.x, t.y])).toEqual([["a", [1, 2, 3], [3, 2, 1]], ["b", [1, 2, 3], [1, 1, 1]]]);
    expect(traces(plot.line(x, np.array([[1, 2, 3], [4, 5, 6]]))).map((t) => t.x)).toEqual([[0, 0.5, 1], [0, 0.5, 1]]);
    expect(() => plot.line([1, 2], [1, 2, 3])).toThrow("x and y must have same first dimension, but have shapes (2,) and (3,)");
    expect(() => plot.line({ x: [1], y: [1] }, [1])).toThrow("not both");
    expect(() => (plot.line as any)([1, 2], "title")).toThrow("the second argument must be y values or an options object, got string");
  });

  it("costs: iterations from 1, or every k from 0; named runs; log axis", () => {
    const c = plot.costs(np.array([0.69, 0.5, 0.4]));
    const [t] = traces(c) as any[];
    expect(t.x).toEqual([1, 2, 3]);
    expect(t.y).toEqual([0.69, 0.5, 0.4]);
    expect(c.layout).toMatchObject({ title: { text: "Cost" }, xaxis: { title: { text: "iteration" } }, yaxis: { title: { text: "cost" } } });
    const d = plot.costs([0.7, 0.6, 0.5, 0.45], { every: 100, learningRate: 0.0075 });
    expect(traces(d)[0].x).toEqual([0, 100, 200, 300]);
    expect(d.layout.title).toEqual({ text: "Learning rate = 0.0075" });
    const e = plot.costs({ "α = 0.01": [3, 2], "α = 0.0001": [3, 2.9] }, { log: true });
    expect(e.toString()).toBe('Figure(2 traces: scatter "α = 0.01", scatter "α = 0.0001"; title "Cost")');
    expect(e.layout.yaxis.type).toBe("log");
  });
});

describe("scatter", () => {
  const X = np.array([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]); // (2, m): the lectures' layout
  const y = np.array([[1, 0, 1, 0, 2]]);

  it("splits classes into traces (lecture layout (2, m))", () => {
    const fig = plot.scatter(X, y);
    const ts = traces(fig) as any[];
    expect(ts.map((t) => t.name)).toEqual(["0", "1", "2"]);
    expect(ts.map((t) => [t.x, t.y])).toEqual([[[1, 3], [6, 8]], [[0, 2], [5, 7]], [[4], [9]]]);
    expect(new Set(ts.map((t) => t.marker.color)).size).toBe(3);
    expect(ts.every((t) => t.mode === "markers")).toBe(true);
    expectPlainJSON(fig.toJSON());
  });

  it("(m, 2) is recognised, or forced with layout; features pick columns; names and one-hot labels", () => {
    const rows = plot.scatter(X.T, [1, 0, 1, 0, 2]);
    expect(traces(rows).map((t) => t.x)).toEqual([[1, 3], [0, 2], [4]]);
    const square = np.array([[0, 1], [2, 3]]);
    expect(traces(plot.scatter(square)).map((t) => [t.x, t.y])).toEqual([[[0, 1], [2, 3]]]); // columns assumed
    expect(traces(plot.scatter(square, undefined, { layout: "rows" })).map((t) => [t.x, t.y])).toEqual([[[0, 2], [1, 3]]]);
    const iris = data.iris();
    const fig = plot.scatter(iris.X, iris.Y, { features: [0, 2], classNames: iris.labels, xlabel: "sepal length" });
    const ts = traces(fig) as any[];
    expect(ts.map((t) => t.name)).toEqual(["setosa", "versicolor", "virginica"]);
    expect(ts.map((t) => t.x.length)).toEqual([50, 50, 50]);
    expect(ts[0].x[0]).toBe(iris.X.item(0, 0));
    expect(ts[0].y[0]).toBe(iris.X.item(2, 0));
    const oneHot = np.array([[1, 0, 0], [0, 1, 1]]); // (classes, m)
    expect(traces(plot.scatter(np.array([[0, 1, 2], [3, 4, 5]]), oneHot)).map((t) => t.x)).toEqual([[0], [1, 2]]);
    expect(traces(plot.scatter(X, ["b", "a", "b", "a", "c"], { classNames: { a: "Alpha" } })).map((t) => t.name)).toEqual(["Alpha", "b", "c"]);
  });

  it("x, y vectors; errors", () => {
    expect(traces(plot.scatter([1, 2, 3], np.array([4, 5, 6]))).map((t) => [t.x, t.y])).toEqual([[[1, 2, 3], [4, 5, 6]]]);
    expect(() => plot.scatter(X, [0, 1, 2])).toThrow("y has 3 labels but X has 5 examples");
    expect(() => plot.scatter(X, y, { features: [0, 2] })).toThrow("feature 2 is out of bounds");
  });
});

describe("decisionBoundary", () => {
  const b = fx.boundary;
  const X = np.array(b.X);
  const opts = { grid: [b.nx, b.ny] as [number, number] };
  const linear = (G: NDArray) => {
    expect(G.shape).toEqual([2, b.nx * b.ny]); // the lectures' layout: one grid point per column
    return Array.from({ length: G.shape[1] }, (_, i) => (G.item(0, i) + 2 * G.item(1, i) > 0.3 ? 1 : 0));
  };

  it("grid coordinates and labels match numpy's linspace/meshgrid", () => {
    const g = plot.boundaryGrid(linear, X, opts);
    expectClose(g.x, b.xs);
    expectClose(g.y, b.ys);
    expect(g.z).toEqual(b.labels);
    const fig = plot.decisionBoundary(linear, X, np.array([b.y]), opts);
    const [r0, r1, ...points] = traces(fig) as any[];
    // Default regions: the first class fills the grid, the others are filled contours of their 0/1
    // indicator cut at 0.5.
    expect(r0).toMatchObject({ type: "heatmap", x: [b.xs[0], b.xs[b.nx - 1]], y: [b.ys[0], b.ys[b.ny - 1]] });
    expect(r1).toMatchObject({ type: "contour", x: g.x, y: g.y, contours: { start: 0.5, end: 0.5, coloring: "fill" } });
    expect(r1.z).toEqual(b.labels);
    // Region colours are the class colours mixed with white: #1f77b4 at 35 %.
    expect(r0.colorscale[0][1]).toBe("rgb(177,207,229)");
    expect(points.map((t) => t.name)).toEqual(["0", "1"]);
    expect(points[0].x.length + points[1].x.length).toBe(30);
    expectPlainJSON(fig.toJSON());
    // Heatmap regions: one cell per grid point, (ny, nx), holding the class's colour index.
    const hm = traces(plot.decisionBoundary(linear, X, b.y, { ...opts, regions: "heatmap" }))[0] as any;
    expect(hm.type).toBe("heatmap");
    expect(hm.z.length).toBe(b.ny);
    expect(hm.z.every((r: unknown[]) => r.length === b.nx)).toBe(true);
    expect(hm.z).toEqual(b.labels);
    expect(hm.colorscale[0][1]).toBe(points[0].marker.color);
    expect(hm.colorscale[3][1]).toBe(points[1].marker.color);
  });

  it("probabilities give a filled contour and a 0.5 boundary line", () => {
    const sigmoid = (G: NDArray) => {
      const k = G.shape[1];
      return NDArray.fromData(Float64Array.from({ length: k }, (_, i) => 1 / (1 + Math.exp(-(G.item(0, i) - G.item(1, i))))), [1, k], "float64");
    };
    const fig = plot.decisionBoundary(sigmoid, X, b.y, opts);
    const [region, line] = traces(fig) as any[];
    expect(region.type).toBe("contour");
    expectClose(region.z, b.prob, 1e-12);
    expect(region).toMatchObject({ zmin: 0, zmax: 1 });
    expect(line.contours).toMatchObject({ coloring: "lines", start: 0.5, end: 0.5 });
  });

  it("softmax output (classes, k) becomes argmax labels; rows layout hands predict (k, 2)", () => {
    const W = np.array(b.W);
    expect(plot.boundaryGrid((G) => np.matmul(W, G), X, opts).z).toEqual(b.argmax);
    // The drawn regions hold colour indices: the position of each label among the classes seen.
    const fig = plot.decisionBoundary((G) => np.matmul(W, G), X, undefined, { ...opts, regions: "heatmap" });
    const classes = [...new Set<number>(b.argmax.flat())].sort((p, q) => p - q);
    expect((traces(fig)[0] as any).z).toEqual(b.argmax.map((r: number[]) => r.map((v) => classes.indexOf(v))));
    let seen: number[] = [];
    const g = plot.boundaryGrid((G) => ((seen = G.shape), np.matmul(G, W.T)), X.T, { ...opts, layout: "rows" });
    expect(seen).toEqual([b.nx * b.ny, 2]);
    expect(g.z).toEqual(b.argmax);
    expect(() => plot.decisionBoundary(() => [1, 2, 3], X, b.y, opts)).toThrow("predict returned 3 values for 35 grid points");
  });
});

describe("images, heatmap, bar, histogram, subplots", () => {
  it("images: grid count, labels, pixels placed as numpy's reshape", () => {
    const im = fx.images;
    const X = np.array(im.X); // (h*w, m)
    const fig = plot.images(X, [7, 2, 1, 0, 4], { shape: [im.h, im.w], cols: 2 });
    const [t] = traces(fig) as any[];
    const ann = fig.layout.annotations as any[];
    expect(t.type).toBe("heatmap");
    expect(ann.map((a) => a.text)).toEqual(["7", "2", "1", "0", "4"]);
    // 5 images in 2 columns: 3 rows of tiles; find each tile from its label's position.
    const rows = new Set(ann.map((a) => a.y)).size;
    const cols = new Set(ann.map((a) => a.x)).size;
    expect([rows, cols]).toEqual([3, 2]);
    ann.forEach((a, k) => {
      const top = a.y + 0.5;
      const left = a.x - (im.w - 1) / 2;
      const tile = t.z.slice(top, top + im.h).map((r: number[]) => r.slice(left, left + im.w));
      expectClose(tile, im.images[k]);
    });
    expect(fig.layout.yaxis.scaleanchor).toBe("x");
    // The same images laid out as rows, or as (m, h, w), give the same picture.
    expect(traces(plot.images(X.T, [7, 2, 1, 0, 4], { shape: [im.h, im.w], cols: 2 }))[0].z).toEqual(t.z);
    const stack = np.array(im.images);
    expect(traces(plot.images(stack, [7, 2, 1, 0, 4], { cols: 2 }))[0].z).toEqual(t.z);
  });

  it("images: MNIST (784, m) with predictions marks mistakes", () => {
    const { X, Y } = data.mnist({ normalize: true });
    const n = 12;
    const Xs = X.get(":", `:${n}`);
    const truth = Y.get(":", `:${n}`);
    const pred = truth.copy();
    pred.set(0, 3, (truth.item(0, 3) + 1) % 10);
    const fig = plot.images(Xs, truth, { predicted: pred, cols: 6 });
    const ann = fig.layout.annotations as any[];
    expect(ann.length).toBe(n);
    expect(ann.filter((a) => a.font.color === "#d62728").map((a) => a.text)).toEqual([`${(truth.item(0, 3) + 1) % 10} (${truth.item(0, 3)})`]);
    expect(traces(fig)[0].zmax).toBeLessThanOrEqual(1);
    expect(() => plot.images(np.zeros([10, 3]))).toThrow("not a square image");
  });

  it("heatmap annotates cells; confusion matrix counts as numpy", () => {
    const h = plot.heatmap(np.array([[1, 0.5], [0.25, 2]]), { annotate: 1, x: ["a", "b"], y: ["c", "d"] });
    const [t] = traces(h) as any[];
    expect(t.z).toEqual([[1, 0.5], [0.25, 2]]);
    expect(t.text).toEqual([["1.0", "0.5"], ["0.3", "2.0"]]);
    expect(t.texttemplate).toBe("%{text}");
    expect(h.layout.yaxis.autorange).toBe("reversed");
    const c = fx.confusion;
    const cm = plot.confusionMatrix(np.array([c.y_true]), c.y_pred, { classNames: ["zero", "one", "two"] });
    const [m] = traces(cm) as any[];
    expect(m.z).toEqual(c.cm);
    expect(m.text).toEqual(c.cm.map((r: number[]) => r.map(String)));
    expect(m.x).toEqual(["zero", "one", "two"]);
    expect(cm.layout.xaxis.title).toEqual({ text: "predicted" });
    expectClose((traces(plot.confusionMatrix(c.y_true, c.y_pred, { normalize: true }))[0] as any).z, c.normalized);
  });

  it("bar and histogram", () => {
    const b = plot.bar({ x: ["cat", "dog"], y: np.array([[0.9, 0.8], [0.7, 0.6]]) }, { names: ["train", "test"] });
    expect(traces(b).map((t) => [t.type, t.name, t.x, t.y])).toEqual([["bar", "train", ["cat", "dog"], [0.9, 0.8]], ["bar", "test", ["cat", "dog"], [0.7, 0.6]]]);
    expect(b.layout.barmode).toBe("group");
    const hb = plot.bar([3, 1], { horizontal: true });
    expect(traces(hb)[0]).toMatchObject({ orientation: "h", x: [3, 1], y: ["0", "1"] });
    const hist = plot.histogram(np.array([[1, 2], [3, NaN]]), { bins: 10 });
    expect(traces(hist)[0]).toMatchObject({ type: "histogram", x: [1, 2, 3, null], nbinsx: 10 });
    const two = plot.histogram([np.array([1, 2]), [3, 4, 5]], { names: ["before", "after"] });
    expect(traces(two).map((t) => [t.name, t.x, t.opacity])).toEqual([["before", [1, 2], 0.6], ["after", [3, 4, 5], 0.6]]);
  });

  it("subplots: one axis pair per panel, domains, titles, annotations follow their panel", () => {
    const a = plot.costs([3, 2, 1], { title: "cost" });
    const img = plot.images(np.array(fx.images.X), [1, 2, 3, 4, 5], { shape: [3, 4] });
    const c = plot.confusionMatrix([0, 1, 1], [0, 1, 0]);
    const fig = plot.subplots([a, img, c], { cols: 2, titles: [undefined, "digits"] });
    const ts = traces(fig);
    expect(ts.map((t) => [t.xaxis, t.yaxis])).toEqual([["x", "y"], ["x2", "y2"], ["x3", "y3"]]);
    const L = fig.layout;
    expect(L.xaxis.domain[0]).toBe(0);
    expect(L.xaxis2.domain[1]).toBeCloseTo(1);
    expect(L.yaxis3.domain[1]).toBeLessThan(L.yaxis.domain[0]);
    expect(L.yaxis2.scaleanchor).toBe("x2");
    expect(L.yaxis3.autorange).toBe("reversed");
    const titles = L.annotations.filter((x: any) => x.yref === "paper").map((x: any) => x.text);
    expect(titles).toEqual(["<b>cost</b>", "<b>digits</b>", "<b>Confusion matrix</b>"]);
    const digitLabels = L.annotations.filter((x: any) => x.xref === "x2");
    expect(digitLabels.length).toBe(5);
    expect((ts[2] as any).colorbar.x).toBeCloseTo(L.xaxis3.domain[1] + 0.005);
    expect(String(fig)).toBe('Figure(3 traces: scatter, heatmap "images", heatmap; 3 subplots)');
    const fromTraces = plot.subplots([{ type: "scatter", y: [1, 2] }, [{ type: "bar", y: [2] }]], { rows: 1 });
    expect(traces(fromTraces).map((t) => t.xaxis)).toEqual(["x", "x2"]);
  });
});

// ---- in a real browser ----

let browser: Browser | undefined;
let skipReason = "";

beforeAll(async () => {
  const found = ensureChromium(); // apt-get install chromium when missing (root, Debian)
  if ("skip" in found) {
    skipReason = found.skip;
    console.warn(`\n!!!!!!!!!! plot browser tests SKIPPED: ${found.skip}\n`);
    return;
  }
  browser = await launchChromium();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens an HTML file in Chromium and returns the page with all plots drawn. */
async function render(html: string, name: string, plots = 1) {
  const file = artifactPath(`${name}.html`);
  writeFileSync(file, html);
  const page = await browser!.newPage({ viewport: { width: 1000, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // 4.8 MB pages: loading takes over 30 s (playwright's default) on a busy 2-core machine
  await page.goto(`file://${file}`, { timeout: 120_000 });
  await page.waitForFunction((n) => document.querySelectorAll(".js-plotly-plot .main-svg").length >= n, plots, { timeout: 60_000 });
  await page.screenshot({ path: artifactPath(`${name}.png`), fullPage: true });
  return { page, errors };
}

describe("HTML in headless Chromium", () => {
  it("a standalone page draws the figure (.main-svg) without network", async (ctx) => {
    if (!browser) return ctx.skip(skipReason);
    const { X, Y } = data.planar();
    // A fixed nonlinear rule standing in for a trained network.
    const predict = (G: NDArray) => Array.from({ length: G.shape[1] }, (_, i) => (Math.sin(3 * Math.atan2(G.item(0, i), G.item(1, i))) > 0 ? 1 : 0));
    const fig = plot.decisionBoundary(predict, X, Y, { title: "Planar data", xlabel: "x₁", ylabel: "x₂", classNames: ["red", "blue"] });
    const { page, errors } = await render(fig.toHTML({ fullPage: true }), "plot-decision-boundary");
    expect(errors).toEqual([]);
    expect(await page.locator(".main-svg").count()).toBeGreaterThan(0);
    expect(await page.locator(".legend .traces").count()).toBe(2);
    expect(await page.locator(".gtitle").textContent()).toBe("Planar data");
    await page.close();
  });

  it("notebook-style page: library in the first output only, a RequireJS page, later figures wait", async (ctx) => {
    if (!browser) return ctx.skip(skipReason);
    plot.setOptions({ plotlyjs: "once" });
    const { X, Y } = data.mnist({ normalize: true });
    const figs = [
      plot.costs([0.69, 0.6, 0.52, 0.47, 0.43, 0.41, 0.4], { every: 100, learningRate: 0.0075 }),
      plot.images(X.get(":", ":20"), Y.get(":", ":20"), { cols: 10, title: "MNIST" }),
      plot.subplots([plot.confusionMatrix([0, 1, 2, 2, 1], [0, 1, 1, 2, 1]), plot.histogram(np.random.randn(500), { bins: 30 })], { title: "Evaluation" }),
    ];
    const outputs = figs.map((f) => (f as any)[DISPLAY]()["text/html"] as string);
    expect(outputs.filter((h) => h.includes("deepts-plotlyjs")).length).toBe(1);
    // Later outputs first in the page: their scripts must wait for the library; a fake AMD loader
    // (as in the classic notebook) must not capture plotly.js.
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.define = function () {}; window.define.amd = {};</script></head><body>
${outputs[1]}\n${outputs[0]}\n${outputs[2]}\n</body></html>`;
    const { page: p, errors } = await render(page, "plot-notebook-once", 3);
    expect(errors).toEqual([]);
    expect(await p.locator(".js-plotly-plot").count()).toBe(3);
    expect(await p.evaluate(() => typeof (window as any).Plotly.newPlot)).toBe("function");
    await p.close();
  });

  it("a later figure on a page without the library explains what is missing", async (ctx) => {
    if (!browser) return ctx.skip(skipReason);
    const html = plot.line([1, 2, 3]).toHTML({ includePlotlyjs: false, fullPage: true });
    const page = await browser.newPage();
    await page.setContent(html);
    await page.waitForFunction(() => document.body.textContent!.includes("Waiting for plotly.js"), undefined, { timeout: 60_000 });
    expect(await page.locator(".main-svg").count()).toBe(0);
    await page.close();
  });
});
