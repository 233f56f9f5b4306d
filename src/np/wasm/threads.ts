import { Worker } from "node:worker_threads";
import type { WasmMemory, WasmModule } from "./wasm-api";

/**
 * Helper threads for big matrix products. Each helper instantiates the same compiled module on the
 * same shared memory, then waits for work. A product is cut into chunks (ranges of C's columns or
 * rows); the main thread and the helpers claim chunks from a shared counter until none are left, so a
 * helper that the OS has not scheduled yet costs nothing: the main thread simply does more chunks.
 *
 * The helpers spin briefly after each job (products often come in bursts) and then sleep in
 * Atomics.wait. They are unref()'d, so they never keep the process alive.
 */

// Int32 slots of the control block.
const SEQ = 0; // job number, bumped by the main thread to publish a job
const CLAIM = 1; // (job number & 0xffff) << 16 | next chunk index
const DONE = 2; // chunks finished
const ERR = 3; // set when a helper's chunk threw
// Float64 parameters of the current job start at byte 64.
const PARAM_BYTES = 64;
const NPARAM = 16;

/** What a chunk runs: the gemm export, called on sub-blocks. */
export type GemmFn = (M: number, N: number, K: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number, c: number, crs: number, ccs: number, pack: number) => void;

// Runs chunk `idx` of the job described by P. Kept as source text so the main thread and the helpers
// run the very same code whatever a bundler or test runner does to function bodies.
const RUN_CHUNK = `
  const M = P[0], N = P[1], K = P[2], a = P[3], ars = P[4], acs = P[5], b = P[6], brs = P[7], bcs = P[8];
  const c = P[9], crs = P[10], ccs = P[11], alongN = P[12], width = P[13];
  const lo = idx * width;
  if (alongN) gemm(M, Math.min(width, N - lo), K, a, ars, acs, b + lo * bcs * 8, brs, bcs, c + lo * ccs * 8, crs, ccs, pack);
  else gemm(Math.min(width, M - lo), N, K, a + lo * ars * 8, ars, acs, b, brs, bcs, c + lo * crs * 8, crs, ccs, pack);
`;
const runChunk = new Function("gemm", "P", "idx", "pack", RUN_CHUNK) as (gemm: GemmFn, P: Float64Array, idx: number, pack: number) => void;

// The helper's program, as source text so it runs the same from src (vitest) and dist.
const HELPER = `
const { workerData } = require("node:worker_threads");
const { module, memory, ctrl, pack, spin } = workerData;
const inst = new WebAssembly.Instance(module, { env: { memory, abort() { throw new Error("wasm abort"); } } });
const gemm = inst.exports.gemm;
const I = new Int32Array(ctrl);
const P = new Float64Array(ctrl, ${PARAM_BYTES}, ${NPARAM});
const runChunk = new Function("gemm", "P", "idx", "pack", ${JSON.stringify(RUN_CHUNK)});
let seen = 0;
for (;;) {
  let s = Atomics.load(I, ${SEQ});
  for (let i = 0; s === seen; i++) {
    if (i >= spin) { Atomics.wait(I, ${SEQ}, seen); i = 0; }
    s = Atomics.load(I, ${SEQ});
  }
  seen = s;
  if (s < 0) break;
  const tag = (s & 0xffff) << 16;
  for (;;) {
    const w = Atomics.load(I, ${CLAIM});
    if ((w & 0xffff0000) !== tag) break;
    const idx = w & 0xffff, n = P[14];
    if (idx >= n) break;
    if (Atomics.compareExchange(I, ${CLAIM}, w, w + 1) !== w) continue;
    try { runChunk(gemm, P, idx, pack); } catch (e) { Atomics.store(I, ${ERR}, 1); }
    if (Atomics.add(I, ${DONE}, 1) + 1 === n) Atomics.notify(I, ${DONE});
  }
}
`;

export class GemmPool {
  readonly threads: number;
  private readonly I: Int32Array;
  private readonly P: Float64Array;
  private readonly workers: Worker[] = [];
  private seq = 0;

  /** helpers: number of extra threads; packs: one pack buffer address per helper. */
  constructor(module: WasmModule, memory: WasmMemory, helpers: number, packs: number[], spin = 20000) {
    const ctrl = new SharedArrayBuffer(PARAM_BYTES + NPARAM * 8);
    this.I = new Int32Array(ctrl);
    this.P = new Float64Array(ctrl, PARAM_BYTES, NPARAM);
    for (let t = 0; t < helpers; t++) {
      const w = new Worker(HELPER, { eval: true, workerData: { module, memory, ctrl, pack: packs[t], spin } });
      w.unref();
      w.on("error", () => {}); // a dead helper only means the main thread does all chunks
      this.workers.push(w);
    }
    this.threads = helpers + 1;
  }

  /**
   * C = A·B split into `chunks` pieces along N (alongN) or M, each `width` wide; the main thread takes
   * part with its own pack buffer and returns when every chunk is done.
   */
  run(gemm: GemmFn, M: number, N: number, K: number, a: number, ars: number, acs: number, b: number, brs: number, bcs: number,
      c: number, crs: number, ccs: number, alongN: boolean, width: number, chunks: number, pack: number): void {
    const { I, P } = this;
    P[0] = M; P[1] = N; P[2] = K; P[3] = a; P[4] = ars; P[5] = acs; P[6] = b; P[7] = brs; P[8] = bcs;
    P[9] = c; P[10] = crs; P[11] = ccs; P[12] = alongN ? 1 : 0; P[13] = width; P[14] = chunks;
    this.seq = (this.seq % 0x7fff) + 1;
    const tag = (this.seq & 0xffff) << 16;
    Atomics.store(I, DONE, 0);
    Atomics.store(I, ERR, 0);
    Atomics.store(I, CLAIM, tag);
    Atomics.store(I, SEQ, this.seq);
    Atomics.notify(I, SEQ);
    for (;;) {
      const w = Atomics.load(I, CLAIM);
      const idx = w & 0xffff;
      if (idx >= chunks) break;
      if (Atomics.compareExchange(I, CLAIM, w, w + 1) !== w) continue;
      runChunk(gemm, P, idx, pack);
      Atomics.add(I, DONE, 1);
    }
    // wait for chunks a helper is still working on
    for (let i = 0; ; i++) {
      const d = Atomics.load(I, DONE);
      if (d >= chunks) break;
      if (i > 2000) Atomics.wait(I, DONE, d, 5);
    }
    if (Atomics.load(I, ERR)) throw new Error("deepts: a WebAssembly helper thread failed during a matrix product");
  }

  /** Stops the helpers (tests; the process never needs it). */
  close(): void {
    Atomics.store(this.I, SEQ, -1);
    Atomics.notify(this.I, SEQ);
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
