// The library side of the kernel's output: IPython-exact timeit lines (fixtures from IPython itself),
// Python's %g, mime bundles, display() through a kernel bridge and as plain text, progress bars.
import { describe, it, expect, afterEach, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TimeitResult, formatTime, timeit, timeitWithSetup, fsum } from "../../src/display/timeit";
import { formatG, groupThousands } from "../../src/display/py_format";
import { mimeBundle } from "../../src/display/bundle";
import { display } from "../../src/display/display";
import { progress, textBar, formatInterval } from "../../src/display/progress";
import { setKernel, type DisplayMessage } from "../../src/display/bridge";
import { np } from "../../src/np";

const fx = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "kernel.json"), "utf8"));

describe("timeit format (IPython fixtures)", () => {
  for (const c of fx.timeit) {
    it(c.line, () => {
      const per = c.allRuns.map((t: number) => t / c.loops);
      const r = new TimeitResult(c.loops, c.allRuns.length, Math.min(...per), Math.max(...per), c.allRuns);
      expect(r.toString()).toBe(c.line);
    });
  }
  for (const c of fx.format_time) {
    it(`formatTime(${c.seconds}) = ${c.text}`, () => expect(formatTime(c.seconds)).toBe(c.text));
  }
});

describe("Python formatting helpers", () => {
  it("formatG follows %g (precision, exponent form, ties to even)", () => {
    expect(formatG(597.1234, 3)).toBe("597");
    expect(formatG(72.634, 3)).toBe("72.6");
    expect(formatG(999.7, 3)).toBe("1e+03");
    expect(formatG(0.000012345, 3)).toBe("1.23e-05");
    expect(formatG(0.00012345, 3)).toBe("0.000123");
    expect(formatG(1.125, 3)).toBe("1.12");
    expect(formatG(1.375, 3)).toBe("1.38");
    expect(formatG(100, 3)).toBe("100");
    expect(formatG(0, 3)).toBe("0");
  });
  it("groupThousands", () => {
    expect(groupThousands(100000000)).toBe("100,000,000");
    expect(groupThousands(999)).toBe("999");
  });
  it("fsum matches Python's math.fsum where naive summation does not", () => {
    // python3 -c "import math; print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([0.1] * 10))"
    expect(fsum([0.1, 0.2, 0.3, -0.6])).toBe(2.7755575615628914e-17);
    expect(fsum(Array(10).fill(0.1))).toBe(1);
    expect(fsum([1e100, 1, -1e100])).toBe(1);
  });
});

describe("timeit()", () => {
  it("runs the requested loops and repeats and reports per-loop times", () => {
    let calls = 0;
    const r = timeit(() => calls++, { number: 50, repeat: 3 });
    expect(calls).toBe(150);
    expect(r.loops).toBe(50);
    expect(r.repeat).toBe(3);
    expect(r.timings).toHaveLength(3);
    expect(r.best).toBeLessThanOrEqual(r.average);
    expect(r.toString()).toMatch(/^\d[\d.e+]* (ns|μs|ms|s) ± [\d.e+]+ (ns|μs|ms|s) per loop \(mean ± std\. dev\. of 3 runs, 50 loops each\)$/);
  });
  it("calibrates loops by powers of ten until a run takes 0.2 s", () => {
    const r = timeit(() => {
      const t = Date.now();
      while (Date.now() - t < 30);
    }, { repeat: 1 });
    expect(r.loops).toBe(10); // 1 loop: 30 ms < 0.2 s; 10 loops: 300 ms
  });
  it("%%timeit's setup runs before each run, untimed", () => {
    let setups = 0;
    const r = timeitWithSetup(() => {
      setups++;
      return () => undefined;
    }, { number: 5, repeat: 4 });
    expect(setups).toBe(4);
    expect(r.repeat).toBe(4);
  });
  it("rejects bad options with a message", () => {
    expect(() => timeit(() => 0, { repeat: 0 })).toThrow(/repeat must be a positive integer/);
  });
});

describe("mime bundles", () => {
  it("NDArray: numpy's repr as text/plain, an HTML table for small 2-D arrays", () => {
    np.random.seed(1);
    const b = mimeBundle(np.random.randn(3, 2));
    expect(b["text/plain"]).toBe(fx.arrays[0].repr);
    expect(String(b["text/html"])).toContain("<table");
  });
  it("objects with Symbol.for('Jupyter.display') choose their bundle; text/plain is added", () => {
    const fig = { [Symbol.for("Jupyter.display")]: () => ({ "application/vnd.plotly.v1+json": { data: [] } }) };
    const b = mimeBundle(fig);
    expect(b["application/vnd.plotly.v1+json"]).toEqual({ data: [] });
    expect(typeof b["text/plain"]).toBe("string");
  });
  it("binary data is base64", () => {
    const b = mimeBundle({ [Symbol.for("Jupyter.display")]: () => ({ "image/png": new Uint8Array([1, 2, 3]) }) });
    expect(b["image/png"]).toBe("AQID");
  });
  it("everything else: util.inspect", () => {
    expect(mimeBundle({ a: [1, 2] })).toEqual({ "text/plain": "{ a: [ 1, 2 ] }" });
    expect(mimeBundle("x")).toEqual({ "text/plain": "'x'" });
  });
});

describe("display()", () => {
  const sent: { msg: DisplayMessage; update: boolean }[] = [];
  const cleared: boolean[] = [];
  const bridge = { publish: (msg: DisplayMessage, update: boolean) => sent.push({ msg, update }), clearOutput: (w: boolean) => cleared.push(w) };
  afterEach(() => {
    setKernel(undefined);
    sent.length = 0;
    vi.restoreAllMocks();
  });

  it("sends display_data with the value's bundle through the kernel bridge", () => {
    setKernel(bridge);
    expect(display(np.arange(3))).toBeUndefined();
    expect(sent[0].msg.data["text/plain"]).toBe("array([0, 1, 2])");
    expect(sent[0].update).toBe(false);
    expect(sent[0].msg.transient).toEqual({});
  });
  it("with displayId returns a handle whose update() targets the same id", () => {
    setKernel(bridge);
    const h = display("a", { displayId: true });
    h.update("b");
    expect(sent.map((s) => [s.msg.data["text/plain"], s.update])).toEqual([["'a'", false], ["'b'", true]]);
    expect(sent[0].msg.transient.display_id).toBe(h.id);
    expect(sent[1].msg.transient.display_id).toBe(h.id);
  });
  it("display.html/markdown/latex/svg/png send their mime types", () => {
    setKernel(bridge);
    display.html("<b>x</b>");
    display.markdown("*x*");
    display.latex("$x$");
    display.svg("<svg/>");
    display.png(new Uint8Array([255]));
    expect(sent.map((s) => Object.keys(s.msg.data)[0])).toEqual(["text/html", "text/markdown", "text/latex", "image/svg+xml", "image/png"]);
    expect(sent[4].msg.data["image/png"]).toBe("/w==");
  });
  it("display.clear sends clear_output", () => {
    setKernel(bridge);
    display.clear(true);
    expect(cleared).toEqual([true]);
  });
  it("outside a kernel prints the text form", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    display(np.eye(2));
    expect(log).toHaveBeenCalledWith("array([[1., 0.],\n       [0., 1.]])");
  });
});

describe("progress()", () => {
  afterEach(() => {
    setKernel(undefined);
  });
  it("text bar and intervals like tqdm", () => {
    expect(textBar(0.5, 10)).toBe("█████     ");
    expect(textBar(1, 4)).toBe("████");
    expect(textBar(0.0625, 2)).toBe("▏ ");
    expect(formatInterval(65)).toBe("01:05");
    expect(formatInterval(3725)).toBe("1:02:05");
  });
  it("iterates, counts and draws in place through one display id", () => {
    const sent: { msg: DisplayMessage; update: boolean }[] = [];
    setKernel({ publish: (msg, update) => sent.push({ msg, update }), clearOutput: () => undefined });
    const bar = progress([10, 20, 30], { desc: "train", minInterval: 0 });
    const seen: number[] = [];
    for (const x of bar) {
      seen.push(x);
      bar.set({ cost: 0.5 });
    }
    expect(seen).toEqual([10, 20, 30]);
    expect(bar.n).toBe(3);
    expect(sent[0].update).toBe(false);
    expect(sent.slice(1).every((s) => s.update)).toBe(true);
    expect(new Set(sent.map((s) => s.msg.transient.display_id)).size).toBe(1);
    const last = sent[sent.length - 1].msg.data;
    expect(last["text/plain"]).toMatch(/^train: 100%\|█{20}\| 3\/3 \[00:00<00:00, [\d.]+it\/s, cost=0\.5\]$/);
    expect(String(last["text/html"])).toContain('<progress value="3" max="3"');
  });
  it("progress(n) counts 0..n-1; early break closes the bar", () => {
    setKernel({ publish: () => undefined, clearOutput: () => undefined });
    const bar = progress(5);
    for (const i of bar) if (i === 2) break;
    expect(bar.n).toBe(2);
    expect(bar.toString()).toMatch(/^ 40%\|/);
  });
  it("without a kernel and without a terminal prints the final line once", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const tty = process.stderr.isTTY;
    (process.stderr as any).isTTY = false;
    try {
      for (const _ of progress(3, { desc: "x" }));
    } finally {
      (process.stderr as any).isTTY = tty;
    }
    const lines = write.mock.calls.map((c) => String(c[0]));
    write.mockRestore();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^x: 100%\|█{20}\| 3\/3 \[/);
  });
});
