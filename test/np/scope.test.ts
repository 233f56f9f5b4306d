// np.scope / np.keep: what a scope frees is really released (the WASM heap's live bytes, blocks
// handed out again), and what leaves it (returned, kept, created before it, small) stays valid.
// Under DEEPTS_NO_WASM (the no-wasm project) nothing lives in WASM memory: values must still hold.
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { scopeDepth } from "../../src/np/scope";
import { wasmStatus } from "../../src/np/wasm";

const wasm = wasmStatus().tier !== "none";
const live = () => wasmStatus().liveBytes;
// elements: above SLAB_MAX (128 KiB), so each array has a block of its own, which a scope frees;
// smaller arrays are cut from shared slabs and left to the collector (src/np/wasm/README.md)
const N = 20000;
const BYTES = N * 8;
/** Fills the memory the scope just freed, if it was freed: new arrays of the same size, all 7s. */
const scribble = (k = 8) => Array.from({ length: k }, () => full([N], 7));
/** np.full in float64 (np.full of an integer makes int64 arrays, as numpy). */
const full = (shape: number[], v: number) => np.full(shape, v, { dtype: "float64" });
const addr = (a: any) => (a.data as Float64Array).byteOffset;

describe("np.scope", () => {
  it("frees what was made inside and not returned: live bytes fall back, the blocks are handed out again", () => {
    const x = np.arange(N);
    const before = live();
    const freed: number[] = [];
    const y = np.scope(() => {
      const t1 = np.multiply(x, 2), t2 = np.add(t1, 1), t3 = np.exp(np.negative(t2));
      freed.push(addr(t1), addr(t2), addr(t3));
      return np.sqrt(t2);
    });
    if (wasm) expect(live() - before).toBe(BYTES); // y alone (each temporary is BYTES, 64-byte aligned)
    const fresh = scribble(4);
    if (wasm) expect(fresh.some((f) => freed.includes(addr(f)))).toBe(true);
    expect(y.get(10).item()).toBe(Math.sqrt(21));
    expect(x.get(10).item()).toBe(10); // made before the scope: never freed
    expect(scopeDepth()).toBe(0);
  });

  it("keeps every array of the result, however nested, and views of scope arrays", () => {
    const r = np.scope(() => {
      const a = full([N], 1), b = full([N], 2), c = full([2, N], 3), d = full([N], 4), e = full([N], 5), f = full([N], 8);
      // raw: a bare subarray of a block (its own Float64Array object) keeps the whole block
      return { list: [a, { b }], view: c.get(1, "10:20"), reshaped: d.reshape(10, -1), map: new Map([["e", e]]), raw: (f.data as Float64Array).subarray(500, 510) };
    });
    scribble(12);
    expect((r.list[0] as any).get(5).item()).toBe(1);
    expect((r.list[1] as any).b.get(5).item()).toBe(2);
    expect(r.view.tolist()).toEqual(new Array(10).fill(3));
    expect(r.reshaped.get(9, 99).item()).toBe(4);
    expect(r.map.get("e")!.get(999).item()).toBe(5);
    expect(Array.from(r.raw)).toEqual(new Array(10).fill(8));
  });

  it("np.keep protects arrays that leave another way; outside a scope it does nothing", () => {
    const history: any[] = [];
    const before = live();
    np.scope(() => {
      for (let i = 0; i < 3; i++) history.push(np.keep(full([N], i)));
      full([N], 9); // not kept: freed
      return null;
    });
    if (wasm) expect(live() - before).toBe(3 * BYTES);
    scribble();
    expect(history.map((h) => h.get(N - 1).item())).toEqual([0, 1, 2]);
    const z = np.zeros([N]);
    expect(np.keep(z)).toBe(z);
  });

  it("nested: an inner scope's result belongs to the outer one, freed there unless returned again", () => {
    const before = live();
    let innerOnly: any;
    const out = np.scope(() => {
      innerOnly = np.scope(() => full([N], 1));
      const both = np.scope(() => np.scope(() => full([N], 2)));
      expect(innerOnly.get(0).item()).toBe(1);
      expect(scopeDepth()).toBe(1);
      return both;
    });
    if (wasm) expect(live() - before).toBe(BYTES); // innerOnly went with the outer scope
    scribble();
    expect(out.get(N - 1).item()).toBe(2);
    if (wasm) expect(innerOnly.get(0).item()).toBe(7); // freed and reused: what the promise forbids reading
  });

  it("an exception frees everything made inside, propagates, and closes the scope", () => {
    const before = live();
    expect(() =>
      np.scope(() => {
        full([N], 1);
        np.scope(() => {
          full([N], 2);
          throw new Error("boom");
        });
      }),
    ).toThrow("boom");
    if (wasm) expect(live()).toBe(before);
    expect(scopeDepth()).toBe(0);
  });

  it("arrays cut from slabs (up to 128 KiB), tiny ones and non-float64 arrays are left to the collector", () => {
    const kept: any[] = [];
    const small = np.scope(() => {
      kept.push(full([5], 3), np.arange(N, { dtype: "int32" }));
      return np.add(full([127], 1), 1);
    });
    scribble();
    expect(small.get(126).item()).toBe(2);
    expect(kept[0].get(4).item()).toBe(3);
    expect(kept[1].get(N - 1).item()).toBe(N - 1);
  });

  it("refuses an asynchronous function and frees nothing", async () => {
    let made: any;
    const run = () =>
      np.scope((() => {
        made = full([N], 4);
        return Promise.resolve(made);
      }) as any);
    expect(run).toThrow("np.scope: fn must be synchronous");
    expect(scopeDepth()).toBe(0);
    scribble();
    expect(made.get(0).item()).toBe(4);
  });

  it("a scope left open by an interrupted cell (no finally runs) is dropped at the next microtask", async () => {
    let made: any;
    expect(() =>
      vm.runInNewContext("scope(() => { make(); while (true) {} })", { scope: np.scope, make: () => (made = full([N], 6)) }, { timeout: 100 }),
    ).toThrow(/timed out/);
    expect(scopeDepth()).toBe(1);
    await Promise.resolve();
    expect(scopeDepth()).toBe(0);
    const after = np.scope(() => full([N], 1)); // scopes work again
    scribble();
    expect(after.get(0).item()).toBe(1);
    expect(made.get(0).item()).toBe(6); // left to the garbage collector, not freed
  });
});
