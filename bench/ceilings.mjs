// What WebAssembly allows here for the rows that miss their target (issue 12: "where a target exceeds
// what Node and WebAssembly can do here, show the measured limit in the same run"), measured in the
// bench's own process right after the rows:
// - products (`dot n²`, the matmul rows): their multiply-adds at the f64x2 FMA peak
//   (bench/fma_peak.ts) on the cores a product may use;
// - the L-layer iteration: the rest of it (elementwise ops, sums, allocation) timed in the same run
//   with np.matmul answering from a cache, plus its products at the FMA peak;
// - elementwise rows (`add n`, `exp n`): the WebAssembly kernel alone, on np's backend object, writing
//   into one output array that stays in cache: no allocation, no NDArray, no dispatch in np. What a
//   row takes beyond that is the wrapper and, mostly, a new output array in memory that is not in
//   cache (np cannot reuse a block before the garbage collector finds its array dead; numpy reuses
//   the block it freed a microsecond earlier). The kernel alone is also timed with its output
//   rotating through 48 MiB, the memory the allocator cycles through between forced collections.

/** The L-layer iteration row's network and number of examples (bench/run.mjs builds it). */
export const L_LAYER = { dims: [12288, 20, 7, 5, 1], m: 209 };

/** Multiply-adds ×2 of the row's products, or undefined when the row is not a product. */
export function productFlops(name, layerDims = L_LAYER.dims, m = L_LAYER.m) {
  let r = /^dot (\d+)²$/.exec(name);
  if (r) return 2 * Number(r[1]) ** 3;
  r = /^matmul (\d+)³$/.exec(name);
  if (r) return 2 * Number(r[1]) ** 3;
  r = /^matmul (\d+)×(\d+)×(\d+)$/.exec(name);
  if (r) return 2 * Number(r[1]) * Number(r[2]) * Number(r[3]);
  if (name === "L-layer training iteration") {
    // forward W·A, backward dZ·Aᵀ and Wᵀ·dZ (dA0 included, as the course's L_model_backward does)
    let macs = 0;
    for (let l = 1; l < layerDims.length; l++) macs += layerDims[l] * layerDims[l - 1] * m;
    return 2 * 3 * macs;
  }
  return undefined;
}

/**
 * A line per row that misses its target, saying how far WebAssembly could take it in this run.
 * @param {{ np: any, backend: any, timeit: (f: () => unknown) => { ms: number }, names: string[], py: Record<string, number>, js: Record<string, number>, target: Record<string, number>, peak: number | null, threads: number, iterationRest?: () => number }} o
 */
export function ceilingLines({ np, backend, timeit, names, py, js, target, peak, threads, iterationRest }) {
  const lines = [];
  for (const n of names) {
    if (py[n] === undefined || target[n] === undefined || py[n] / js[n] >= target[n]) continue;
    const flops = productFlops(n);
    // the row's multiply-adds at the FMA peak on the cores a product may use
    const atPeak = flops !== undefined && peak ? flops / (peak * 1e6) / threads : undefined;
    if (n === "L-layer training iteration" && atPeak !== undefined && iterationRest) {
      // the iteration is its products and the rest: the rest timed without the products, the
      // products as the difference (timing them alone gave more than the whole iteration once)
      const rest = iterationRest();
      const prod = js[n] - rest;
      lines.push(`- \`${n}\`: ${(py[n] / js[n]).toFixed(2)}; without its products it takes ${fmtMs(rest)}, so they take ${fmtMs(prod)} (${((100 * atPeak) / prod).toFixed(0)} % of the FMA peak on ${threads} core(s)); with them at the peak (${fmtMs(atPeak)}), at most ${(py[n] / (atPeak + rest)).toFixed(2)} (the products alone at the peak: ${(py[n] / atPeak).toFixed(2)})`);
      continue;
    }
    if (atPeak !== undefined) {
      lines.push(`- \`${n}\`: ${(py[n] / js[n]).toFixed(2)}; its ${(flops / 2e6).toFixed(2)} M multiply-adds at the FMA peak on ${threads} core(s) take ${fmtMs(atPeak)}, so at most ${(py[n] / atPeak).toFixed(2)} (one core: ${(py[n] / (atPeak * threads)).toFixed(2)})`);
      continue;
    }
    const e = /^(add|exp) (\d+)$/.exec(n);
    if (e && backend) {
      const [op, size] = [e[1], Number(e[2])];
      const u = np.random.randn(size), v = np.random.randn(size);
      const a = { data: u.data, offset: u.offset, strides: [1] }, b = { data: v.data, offset: v.offset, strides: [1] };
      const run = (out) => (op === "add" ? backend.binary("add", a, b, out, [size]) : backend.unary("exp", a, out, [size]));
      const hot = np.empty(size).data;
      if (!run(hot)) continue;
      const tHot = timeit(() => run(hot)).ms;
      // outputs spread over 48 MiB, each used once per cycle, as the allocator hands them out
      const ring = [];
      for (let bytes = 0; bytes < 48 << 20; bytes += size * 8) ring.push(np.empty(size).data);
      for (const o of ring) run(o); // pages touched once: what stays is the cache
      let i = 0;
      const tCold = timeit(() => run(ring[i++ % ring.length])).ms;
      lines.push(`- \`${n}\`: ${(py[n] / js[n]).toFixed(2)}; the ${op} kernel alone takes ${fmtMs(tHot)} with its output in cache (at most ${(py[n] / tHot).toFixed(2)}) and ${fmtMs(tCold)} with outputs taken in turn from 48 MiB (at most ${(py[n] / tCold).toFixed(2)})`);
    }
  }
  return lines;
}

/**
 * np with matmul answering each call from a cache: the product of the first call with the same
 * operand shapes and strides, computed once. For timing what a workload does besides its products.
 */
export function withCachedProducts(np) {
  const cache = new Map();
  const matmul = (a, b) => {
    const key = `${a.shape}/${a.strides}|${b.shape}/${b.strides}`;
    if (!cache.has(key)) cache.set(key, np.matmul(a, b));
    return cache.get(key);
  };
  return Object.create(np, { matmul: { value: matmul } });
}

const fmtMs = (ms) => (ms < 0.1 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`);
