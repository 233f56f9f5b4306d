// The kernels through np: numpy's summation order, and the same numbers with the kernels on and off.
import { np } from "../../../src";
import { MIN_RESIDENT, defaultRuntime, setWasmEnabled, wasmStatus } from "../../../src/np/wasm";
import { SLAB_MAX } from "../../../src/np/wasm/runtime";
import { describe, expect, it } from "vitest";
import { fx, dec, decs, spread, same, firstMismatch } from "./helpers";

describe("through np, with the kernels and with the TypeScript fallbacks", () => {
  /** An array's values in order (a copy). */
  const vals = (x: any) => Float64Array.from(x.data as Float64Array).subarray(x.offset, x.offset + x.size);
  // the same computations twice in this process: WASM on, then off (DEEPTS_NO_WASM=1 does the same)
  const run = () => {
    np.random.seed(3);
    const W = np.array(np.random.randn(40, 300)), X = np.array(np.random.rand(300, 70)), b = np.array(np.random.randn(40, 1));
    const Z = np.add(np.matmul(W, X), b);
    const A = np.tanh(Z), E = np.exp(np.negative(np.abs(Z))), Lg = np.log(np.add(1, E));
    const dW = np.divide(np.matmul(Z, X.T), 70);
    const s0 = np.sum(Z, { axis: 0 }), s1 = np.sum(Z, { axis: 1, keepdims: true });
    const m = np.maximum(0, np.subtract(Z, np.mean(Z)));
    const mx = np.max(Z, { axis: 0 }), mn = np.min(Z, { axis: 1, keepdims: true });
    return [Z, A, E, Lg, dW, s0, s1, m, mx, mn].map(vals);
  };
  it("np.mean and np.var sum in numpy's order: bit-identical to numpy on values spread over 2^±30", () => {
    const S = np.array(spread(37 * 300, 12)).reshape(37, 300), V = np.array(spread(100003, 14));
    expect(firstMismatch(vals(np.mean(S, { axis: 0 })), decs(fx.sum.S_mean_axis0), same)).toBeNull();
    expect(firstMismatch(vals(np.mean(S, { axis: 1 })), decs(fx.sum.S_mean_axis1), same)).toBeNull();
    expect(np.mean(V)).toBe(dec(fx.sum.V_mean));
    expect(firstMismatch(vals(np.var(S, { axis: 1 })), decs(fx.sum.S_var_axis1), same)).toBeNull();
    expect(firstMismatch(vals(np.std(S, { axis: 0 })), decs(fx.sum.S_std_axis0), same)).toBeNull();
  });

  it("give the same numbers (within 1e-12), and the kernels really ran", () => {
    setWasmEnabled(true);
    const fast = run();
    const st = wasmStatus();
    expect(st.tier).not.toBe("none");
    expect(st.liveBlocks).toBeGreaterThan(0);
    setWasmEnabled(false);
    const slow = run();
    setWasmEnabled(true);
    expect(fast.length).toBe(slow.length);
    for (let k = 0; k < fast.length; k++) {
      const bad = firstMismatch(fast[k], slow[k], (g, w) => Math.abs(g - w) <= 1e-12 * Math.max(1, Math.abs(w)));
      expect(bad, `result ${k}`).toBeNull();
    }
  });

  it("at every size boundary (plain/resident, TypeScript/kernel, slab/own block) the same numbers as without kernels", () => {
    const sizes = [MIN_RESIDENT - 1, MIN_RESIDENT, 63, 64, 65, 127, 128, 129, SLAB_MAX / 8, SLAB_MAX / 8 + 1];
    const ops = (n: number) => {
      np.random.seed(n);
      const u = np.random.randn(n), v = np.random.randn(n), p = np.abs(u);
      return [np.add(u, v), np.subtract(u, v), np.multiply(u, 1.5), np.divide(u, v), np.maximum(u, v), np.exp(u), np.log(p), np.tanh(u), np.sqrt(p), np.negative(u)]
        .map(vals)
        .concat([Float64Array.of(np.sum(u) as number)]);
    };
    setWasmEnabled(true);
    const rt = defaultRuntime()!;
    const fast = sizes.map(ops);
    // from MIN_RESIDENT elements arrays live in WASM memory (a slab up to SLAB_MAX bytes)
    for (const n of sizes) expect(rt.address(np.add(np.zeros(n), 1).data as Float64Array) >= 0, `n = ${n}`).toBe(n >= MIN_RESIDENT);
    setWasmEnabled(false);
    const slow = sizes.map(ops);
    setWasmEnabled(true);
    sizes.forEach((n, i) =>
      fast[i].forEach((f, k) => {
        // + − × ÷, maximum, negative and sums exactly; exp, log, tanh, sqrt within 1e-12
        const tol = k >= 5 && k <= 8 ? 1e-12 : 0;
        expect(firstMismatch(f, slow[i][k], (g, w) => Math.abs(g - w) <= tol * Math.max(1, Math.abs(w))), `n = ${n}, op ${k}`).toBeNull();
      }),
    );
  });
});
