// The two size thresholds of the small-op path (issue 12), each from both sides: a kernel call's
// temporaries up to ARENA_BYTES come from the scratch arena (above: from the heap), and released
// blocks up to QUICK_UNITS·64 bytes wait on exact-size quick lists (above: merged at once).
import { afterAll, describe, expect, it } from "vitest";
import { Runtime, Tier } from "../../../src/np/wasm";
import { QUICK_UNITS } from "../../../src/np/wasm/heap";
import * as K from "../../../src/np/wasm/kernels";
import { ARENA_BYTES } from "../../../src/np/wasm/runtime";
import { strided } from "../../../src/np/strided";
import { TIERS, closeRuntimes, fill, runtimes } from "./helpers";

afterAll(closeRuntimes);

const tier = TIERS[TIERS.length - 1] as Exclude<Tier, "none">;

function runtime(): Runtime {
  const rt = new Runtime({ tier, helpers: 0 });
  runtimes.push(rt);
  return rt;
}

describe("scratch arena (ARENA_BYTES)", () => {
  it("hands out temporaries up to its size without touching the heap, bigger ones from the heap, and is reset at each kernel call", () => {
    const rt = runtime();
    const used = rt.heap.used;
    const a = rt.scratch(ARENA_BYTES);
    expect(rt.heap.used).toBe(used);
    const b = rt.scratch(64); // the arena is full: the heap
    expect(rt.heap.used).toBe(used + 64);
    rt.release(b);
    rt.release(a);
    expect(rt.heap.used).toBe(used);
    const c = rt.scratch(ARENA_BYTES + 64);
    expect(rt.heap.used).toBe(used + ARENA_BYTES + 64);
    rt.release(c);
    rt.releaseOrphans(); // what each kernel call does first
    expect(rt.scratch(ARENA_BYTES)).toBe(a);
  });

  it("a broadcast operand staged through the arena (just fitting) or the heap (just not) gives the exact sums", () => {
    const rt = runtime();
    for (const C of [ARENA_BYTES / 8, ARENA_BYTES / 8 + 8]) {
      const R = 8;
      const x = rt.allocF64(R * C)!, out = rt.allocF64(R * C)!;
      x.set(fill(R * C, 1));
      const row = fill(C, 2); // a plain array: copied into scratch memory for the kernel
      const used = rt.heap.used;
      expect(K.binary(rt, "add", strided(x, 0, [C, 1]), strided(row, 0, [0, 1]), out, [R, C])).toBe(true);
      expect(rt.heap.used).toBe(used); // its scratch is given back either way
      let bad = 0;
      for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (out[i * C + j] !== x[i * C + j] + row[j]) bad++;
      expect(bad, `(${R}, ${C})`).toBe(0);
    }
  });
});

describe("heap quick lists (QUICK_UNITS)", () => {
  for (const units of [QUICK_UNITS, QUICK_UNITS + 1]) {
    it(`blocks of ${units} × 64 bytes: the same size comes back at the same address, and neighbours still merge`, () => {
      const rt = runtime();
      const h = rt.heap, size = units * 64;
      const x = h.allocate(size), y = h.allocate(size), guard = h.allocate(64);
      h.release(x);
      expect(h.allocate(size)).toBe(x);
      h.release(x);
      h.release(y);
      expect(h.check()).toBeNull();
      // a block of both sizes at once: x and y merge (on release, or from the quick lists before
      // the heap would touch fresh memory)
      expect(h.allocate(2 * size)).toBe(x);
      expect(h.check()).toBeNull();
      h.release(x);
      h.release(guard);
      expect(h.check()).toBeNull();
    });
  }
});
