// The resident heap of the WebAssembly runtime (src/np/wasm/heap.ts): allocation, reuse, growth.
import * as vm from "node:vm";
import { Runtime, Tier } from "../../../src/np/wasm";
import { SLAB_BYTES, SLAB_MAX, SLAB_PINNED_MAX } from "../../../src/np/wasm/runtime";
import * as K from "../../../src/np/wasm/kernels";
import { strided as sv } from "../../../src/np/strided";
import { afterAll, describe, expect, it } from "vitest";
import { fill, TIERS, runtimes, closeRuntimes } from "./helpers";

afterAll(closeRuntimes);

describe("resident heap", () => {
  const tier = TIERS[TIERS.length - 1] as Exclude<Tier, "none">;

  it("reuses freed blocks, zeroes them, coalesces neighbours, and keeps views valid across growth", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const h = rt.heap;
    const a = h.allocate(1000), b = h.allocate(1000), c = h.allocate(5000);
    expect([a % 64, b - a, c - b]).toEqual([0, 1024, 1024]);
    h.release(a);
    h.release(b); // merges with a
    expect(h.allocate(2048)).toBe(a);
    const v = rt.allocF64(1000)!;
    v.fill(3);
    const before = rt.heap.size;
    const big = rt.allocF64(8_000_000)!; // forces the memory to grow
    expect(rt.heap.size).toBeGreaterThan(before);
    expect(v[999]).toBe(3);
    v[0] = 4;
    expect(new Float64Array(rt.memory.buffer, v.byteOffset, 1)[0]).toBe(4);
    expect(big[7_999_999]).toBe(0);
    // a block handed out again comes back zeroed (arrays above SLAB_MAX get blocks of their own)
    const n = SLAB_MAX / 8 + 8;
    rt.heap.grow(n * 8);
    const addr = rt.heap.allocate(n * 8);
    rt.f64().fill(9, addr / 8, addr / 8 + n);
    rt.heap.release(addr);
    const w = rt.allocF64(n)!;
    expect(w.byteOffset).toBe(addr);
    expect(w.every((t) => t === 0)).toBe(true);
  });

  it("allocations and releases stopped halfway (interrupted cells) leave consistent bookkeeping", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const heap = rt.heap;
    const held: number[] = [];
    // a vm timeout terminates the thread wherever it is, as the kernel's interrupt does
    const churn = () => {
      for (let i = 0; ; i++) {
        const a = heap.allocate(64 * (1 + ((i * 7919) % 97)));
        if (a >= 0 && i % 3 === 0) held.push(a);
        else if (a >= 0) heap.release(a);
        if (held.length > 50) heap.release(held.shift()!);
      }
    };
    for (let t = 0; t < 40; t++) {
      expect(() => vm.runInNewContext("churn()", { churn }, { timeout: 2 + (t % 5) })).toThrow(/timed out/);
      // the next call repairs whatever was half done; blocks never overlap
      const a = heap.allocate(4096);
      heap.release(a);
      expect(heap.check()).toBeNull();
    }
    for (const a of held) heap.release(a);
    expect(heap.check()).toBeNull();
  });

  it("scratch left by a kernel call cut short (no finally block ran) is released at the next call", () => {
    const rt = new Runtime({ tier, helpers: 0 });
    runtimes.push(rt);
    const x = rt.allocF64(1000)!, out = rt.allocF64(1000)!;
    const used = rt.heap.used;
    rt.scratch(1 << 20); // what a product stopped mid-way leaves behind (its packed A)
    expect(rt.heap.used).toBeGreaterThan(used);
    expect(K.unary(rt, "exp", sv(x, 0, [1]), out, [1000])).toBe(true);
    expect(rt.heap.used).toBe(used);
  });

  it("frees the blocks of collected arrays inside one synchronous loop (forced collection)", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    let keep: Float64Array | null = null;
    // 400 × 1 MB of short-lived arrays: far more than the 256 MB cap if nothing were freed
    for (let i = 0; i < 400; i++) {
      const x = rt.allocF64(1 << 17);
      expect(x).not.toBeNull();
      x![0] = i;
      keep = x;
    }
    expect(keep![0]).toBe(399);
    expect(rt.stats.plainFallbacks).toBe(0);
    expect(rt.heap.size).toBeLessThanOrEqual(256 << 20);
    expect(rt.stats.collections).toBeGreaterThan(0);
  });

  it("a subarray keeps its parent's block alive: collections never free memory still viewed", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    // the parent array becomes unreachable except through its views
    const makeView = () => {
      const parent = rt.allocF64(1 << 16)!;
      parent.fill(5);
      return parent.subarray(10, 20);
    };
    const view = makeView();
    expect(view).toBeInstanceOf(Float64Array);
    expect(view.constructor.name).toBe("Float64Array");
    const deeper = view.subarray(2, 4);
    // churn through far more than the threshold so collections happen and blocks get reused
    for (let i = 0; i < 200; i++) rt.allocF64(1 << 16)!.fill(i);
    expect(rt.stats.collections).toBeGreaterThan(0);
    expect(Array.from(view)).toEqual(new Array(10).fill(5));
    expect(Array.from(deeper)).toEqual([5, 5]);
  });

  it("warm() touches the memory up to the collection threshold in slices, changing nothing", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 40 << 20 });
    runtimes.push(rt);
    const a = rt.allocF64(1000)!;
    a.fill(7);
    const startSize = rt.heap.size;
    expect(startSize).toBeLessThan(40 << 20);
    const rss0 = process.memoryUsage().rss;
    expect(rt.warm(0)).toBe(false); // a slice of 0 ms touches one run of pages and stops
    let slices = 1;
    while (!rt.warm(2)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(rt.heap.size).toBeGreaterThanOrEqual(40 << 20);
    // the touched pages are resident now (memory.grow alone would not make them so)
    expect(process.memoryUsage().rss - rss0).toBeGreaterThan((40 << 20) - startSize - (8 << 20));
    expect(Array.from(a.subarray(0, 3))).toEqual([7, 7, 7]);
    expect(rt.f64().subarray(rt.heap.size / 8 - 1000).every((v) => v === 0)).toBe(true);
    // allocation goes on as before: new arrays are zeroed and land in the warmed memory
    const b = rt.allocF64(1 << 20)!;
    expect(b.every((v) => v === 0)).toBe(true);
    expect(b.byteOffset + b.byteLength).toBeLessThanOrEqual(40 << 20);
    expect(rt.warm(2)).toBe(true);
  });

  it("returns null (plain-array fallback) when the cap is reached by live arrays", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 64 << 20, softBytes: 16 << 20 });
    runtimes.push(rt);
    const live: Float64Array[] = [];
    let nulls = 0;
    for (let i = 0; i < 12; i++) {
      const x = rt.allocF64(1 << 20); // 8 MB each
      if (x) live.push(x);
      else nulls++;
    }
    expect(live.length).toBeGreaterThan(4);
    expect(nulls).toBeGreaterThan(0);
  });

  it("small arrays share slabs: zeroed when the slab held old data, freed once all their arrays are dead", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    const a = rt.allocF64(9)!, b = rt.allocF64(100)!;
    // 64-byte steps inside one slab, no block of their own
    expect(b.byteOffset - a.byteOffset).toBe(128);
    const blocks = rt.heap.blocks;
    rt.allocF64(1000);
    expect(rt.heap.blocks).toBe(blocks);
    // 300 MB of short-lived small arrays, each dirtied: slabs are freed and reused, and every new
    // array starts at zero
    let bad = 0;
    for (let i = 0; i < 40000; i++) {
      const x = rt.allocF64(1000)!;
      if (x[0] !== 0 || x[999] !== 0) bad++;
      x.fill(i + 1);
    }
    expect(bad).toBe(0);
    expect(rt.stats.collections).toBeGreaterThan(0);
    expect(rt.stats.plainFallbacks).toBe(0);
    expect(rt.heap.size).toBeLessThanOrEqual(256 << 20);
    // the first arrays' slab stayed theirs
    expect(a.every((t) => t === 0) && b.every((t) => t === 0)).toBe(true);
  });

  it("a subarray of a slab array keeps the slab: collections never free memory still viewed", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 256 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    const makeView = () => {
      const parent = rt.allocF64(500)!;
      parent.fill(5);
      return parent.subarray(10, 20);
    };
    const view = makeView();
    for (let i = 0; i < 40000; i++) rt.allocF64(1000)!.fill(i);
    expect(rt.stats.collections).toBeGreaterThan(0);
    expect(Array.from(view)).toEqual(new Array(10).fill(5));
  });

  it("arrays get blocks of their own while long-lived arrays hold many slabs, and slabs again after", () => {
    const rt = new Runtime({ tier, helpers: 0, maxBytes: 512 << 20, softBytes: 32 << 20 });
    runtimes.push(rt);
    // one kept array per slab pins every slab: more than SLAB_PINNED_MAX of them
    let kept: Float64Array[] = [];
    const perSlab = Math.floor(SLAB_BYTES / 8000);
    for (let i = 0; kept.length * SLAB_BYTES <= SLAB_PINNED_MAX + (64 << 20); i++) {
      const x = rt.allocF64(1000)!;
      if (i % perSlab === 0) kept.push(x);
    }
    const blocks = rt.heap.blocks;
    rt.allocF64(1000);
    expect(rt.heap.blocks).toBe(blocks + 1);
    // once they are gone, the next forced collection frees their slabs and slabs come back
    kept = [];
    for (let i = 0; i < 20000; i++) rt.allocF64(1000);
    const after = rt.heap.blocks;
    rt.allocF64(1000);
    expect(rt.heap.blocks).toBe(after);
    expect(rt.stats.plainFallbacks).toBe(0);
    expect(kept.length).toBe(0);
  });
});
