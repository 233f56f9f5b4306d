import { Worker } from "node:worker_threads";
import type { KernelExports } from "./load";
import { GEMM_SPLIT, JOB } from "./generated/ids";
import type { WasmMemory, WasmModule } from "./wasm_api";

/**
 * Helper threads for big kernels. Each helper instantiates the same compiled module on the same
 * shared memory, then waits for work. A job (a matrix product, or an elementwise op over a block) is
 * cut into chunks; the main thread and the helpers claim chunks from a shared counter until none are
 * left, so a helper that the OS has not scheduled yet costs nothing: the main thread simply does more
 * chunks. The helpers spin after each job (20,000 loads, ~0.3 ms here: kernels often come in
 * bursts) and then sleep in Atomics.wait. They are unref()'d, so they never keep the process alive.
 */

// Int32 slots of the control block. SEQ has a cache line of its own: idle helpers spin reading it,
// and claims and counts on the same line had to win the line back from them each time (64×64·64×64
// in 16 chunks: the fastest tenth of calls 22 -> 12 µs; the median within noise).
const SEQ = 0; // job number, bumped by the main thread to publish a job; -1 tells helpers to stop
const CLAIM = 16; // (job number & 0xffff) << 16 | next chunk index
const DONE = 17; // chunks finished, added by each thread once it finds none left to claim
const ERR = 18; // set when a helper's chunk threw
const NCHUNK = 19;
const BUSY = 20; // helpers between looking at a job and leaving it
// Float64 parameters of the current job start at byte 128.
const PARAM_BYTES = 128;
const NPARAM = 16;
/** Jobs whose waits Pool.stall() takes the median of. */
const STALL_SAMPLES = 9;

/*
 * Job kinds (ids from asm/ids.json: JOB.*) and the parameters each one takes, in order:
 *   gemm:  M, N, K, packed A, b, brs, bcs, c, crs, ccs, split (GEMM_SPLIT.rows/cols/depth), width,
 *          and optionally a, ars, acs: A unpacked, each chunk then packs its own part into packed A
 *          (depth, or rows when K fits one depth block; a is never 0, which means already packed)
 *          (depth: each chunk sums its range of k into its own M×N block at c)
 *   unary: op, R, C, src, srs, scs, dst, width  (rows of width; R = 1: columns)
 *   dot:   M, N, K, a, ars, b, bcs, c, crs, ccs, width (columns)
 *   direct: M, N, K, a, ars, acs, b, brs, bcs, c, crs, ccs, split (GEMM_SPLIT.rows/cols), width
 * Binary ops are memory-bound and always run on the calling thread, so there is no job for them.
 */

// Runs chunk `idx` of the job in P with kernels k. Kept as source text so the main thread and the
// helpers run the very same code, whatever a bundler or test runner does to function bodies.
const RUN_CHUNK = `
  switch (P[0]) {
    case ${JOB.gemm}: {
      const M = P[1], N = P[2], K = P[3], ap = P[4], b = P[5], brs = P[6], bcs = P[7];
      const c = P[8], crs = P[9], ccs = P[10], split = P[11], width = P[12], from = idx * width;
      const a = P[13], ars = P[14], acs = P[15];
      if (split === ${GEMM_SPLIT.cols}) k.gemmPacked(M, 0, M, Math.min(width, N - from), K, ap, b + from * bcs * 8, brs, bcs, c + from * ccs * 8, crs, ccs, pack);
      else if (split === ${GEMM_SPLIT.rows}) {
        const m = Math.min(width, M - from);
        // one depth block: the strips of rows [from, from + m) are one run of packed A
        if (a > 0) k.packA(m, K, a + from * ars * 8, ars, acs, ap + (from >> 2) * K * 32);
        k.gemmPacked(M, from, m, N, K, ap, b, brs, bcs, c, crs, ccs, pack);
      } else {
        const w = Math.min(width, K - from), apk = ap + from * ((M + 3) & ~3) * 8;
        if (a > 0) k.packA(M, w, a + from * acs * 8, ars, acs, apk);
        k.gemmPacked(M, 0, M, N, w, apk, b + from * brs * 8, brs, bcs, c + idx * M * N * 8, N, 1, pack);
      }
      break;
    }
    case ${JOB.unary}: {
      const op = P[1], R = P[2], C = P[3], s = P[4], srs = P[5], scs = P[6], d = P[7], width = P[8], from = idx * width;
      if (R === 1) k.unary(op, 1, Math.min(width, C - from), s + from * scs * 8, srs, scs, d + from * 8);
      else k.unary(op, Math.min(width, R - from), C, s + from * srs * 8, srs, scs, d + from * C * 8);
      break;
    }
    case ${JOB.direct}: {
      const M = P[1], N = P[2], K = P[3], a = P[4], ars = P[5], acs = P[6], b = P[7], brs = P[8], bcs = P[9];
      const c = P[10], crs = P[11], ccs = P[12], split = P[13], width = P[14], from = idx * width;
      if (split === ${GEMM_SPLIT.cols}) k.gemmDirect(0, M, Math.min(width, N - from), K, a, ars, acs, b + from * bcs * 8, brs, bcs, c + from * ccs * 8, crs, ccs, pack);
      else k.gemmDirect(from, Math.min(width, M - from), N, K, a, ars, acs, b, brs, bcs, c, crs, ccs, pack);
      break;
    }
    case ${JOB.dot}: {
      const M = P[1], N = P[2], K = P[3], a = P[4], ars = P[5], b = P[6], bcs = P[7], c = P[8], crs = P[9], ccs = P[10];
      const width = P[11], from = idx * width;
      k.gemmDot(0, M, Math.min(width, N - from), K, a, ars, b + from * bcs * 8, bcs, c + from * ccs * 8, crs, ccs);
      break;
    }
  }
`;
type RunChunk = (k: KernelExports, P: Float64Array, idx: number, pack: number) => void;
const runChunk = new Function("k", "P", "idx", "pack", RUN_CHUNK) as RunChunk;

// The helper's program, as source text so it runs the same from src (vitest) and dist.
const HELPER = `
const { workerData } = require("node:worker_threads");
const { module, memory, ctrl, pack, spin } = workerData;
const inst = new WebAssembly.Instance(module, { env: { memory, abort() { throw new Error("wasm abort"); } } });
const k = inst.exports;
const I = new Int32Array(ctrl);
const P = new Float64Array(ctrl, ${PARAM_BYTES}, ${NPARAM});
const runChunk = new Function("k", "P", "idx", "pack", ${JSON.stringify(RUN_CHUNK)});
let seen = 0;
for (;;) {
  let s = Atomics.load(I, ${SEQ});
  for (let i = 0; s === seen; i++) {
    if (i >= spin) { Atomics.wait(I, ${SEQ}, seen); i = 0; }
    s = Atomics.load(I, ${SEQ});
  }
  seen = s;
  if (s < 0) break;
  const tag = (s & 0xffff) << 16, n = Atomics.load(I, ${NCHUNK});
  // busy before looking at the job: the main thread waits for busy helpers before it reuses P
  Atomics.add(I, ${BUSY}, 1);
  let done = 0;
  for (;;) {
    const w = Atomics.load(I, ${CLAIM});
    const idx = w & 0xffff;
    if ((w & 0xffff0000) !== tag || idx >= n) break;
    if (Atomics.compareExchange(I, ${CLAIM}, w, w + 1) !== w) continue;
    try { runChunk(k, P, idx, pack); } catch (e) { Atomics.store(I, ${ERR}, 1); }
    done++;
  }
  if (done > 0 && Atomics.add(I, ${DONE}, done) + done === n) Atomics.notify(I, ${DONE});
  Atomics.sub(I, ${BUSY}, 1);
}
`;

export class Pool {
  /** Threads taking part in a job: the helpers and the calling thread. */
  readonly threads: number;
  private readonly I: Int32Array;
  private readonly P: Float64Array;
  private readonly workers: Worker[] = [];
  private seq = 0;
  /** Jobs run, their chunks, and the chunks helpers did (how much the helpers really take part). */
  readonly stats = { jobs: 0, chunks: 0, helperChunks: 0 };
  /** The last STALL_SAMPLES waits beyond a chunk (ms), oldest overwritten first, and when the last came. */
  private readonly stalls = new Float64Array(STALL_SAMPLES);
  /** stall()'s sorted copy, kept: a new array of 9 doubles is a backing store of its own (~1 µs). */
  private readonly sorted = new Float64Array(STALL_SAMPLES);
  private stallNext = 0;
  private stallAt = 0;

  /** helpers: number of extra threads; packs: one gemm pack buffer address per helper. */
  constructor(module: WasmModule, memory: WasmMemory, helpers: number, packs: number[], spin = 20000) {
    const ctrl = new SharedArrayBuffer(PARAM_BYTES + NPARAM * 8);
    this.I = new Int32Array(ctrl);
    this.P = new Float64Array(ctrl, PARAM_BYTES, NPARAM);
    for (let t = 0; t < helpers; t++) {
      const w = new Worker(HELPER, { eval: true, workerData: { module, memory, ctrl, pack: packs[t], spin } });
      w.unref();
      w.on("error", () => {}); // a dead helper only means the calling thread does all chunks
      this.workers.push(w);
    }
    this.threads = helpers + 1;
  }

  /**
   * Runs `chunks` chunks of the job `params` (kind first, then its parameters; see the kinds above),
   * taking part with kernels k and pack buffer `pack`; returns when every chunk is done.
   */
  run(k: KernelExports, params: number[], chunks: number, pack: number): void {
    const { I, P } = this;
    this.settle();
    P.fill(0);
    P.set(params);
    this.seq = (this.seq % 0x7fff) + 1;
    const tag = (this.seq & 0xffff) << 16;
    Atomics.store(I, NCHUNK, chunks);
    Atomics.store(I, DONE, 0);
    Atomics.store(I, ERR, 0);
    Atomics.store(I, CLAIM, tag);
    Atomics.store(I, SEQ, this.seq);
    Atomics.notify(I, SEQ);
    const start = performance.now();
    let own = 0;
    for (;;) {
      const w = Atomics.load(I, CLAIM);
      const idx = w & 0xffff;
      if (idx >= chunks) break;
      if (Atomics.compareExchange(I, CLAIM, w, w + 1) !== w) continue;
      runChunk(k, P, idx, pack);
      own++;
    }
    if (own > 0) Atomics.add(I, DONE, own);
    // wait for chunks a helper is still working on
    const t0 = performance.now();
    for (let i = 0; ; i++) {
      const d = Atomics.load(I, DONE);
      if (d >= chunks) break;
      if (i > 2000) Atomics.wait(I, DONE, d, 5);
    }
    Atomics.store(I, CLAIM, Atomics.load(I, CLAIM) | 0xffff);
    const now = performance.now();
    // A helper that started its last chunk when the calling thread started its own last one finishes
    // up to a chunk later: that much waiting is normal. Only the excess means the OS kept the helper
    // off its core; counting all of it would make big chunks look like a loaded machine.
    const chunkMs = own > 0 ? (t0 - start) / own : 0;
    this.stats.jobs++;
    this.stats.chunks += chunks;
    this.stats.helperChunks += chunks - own;
    this.stalls[this.stallNext] = Math.max(0, now - t0 - chunkMs);
    this.stallNext = (this.stallNext + 1) % STALL_SAMPLES;
    this.stallAt = now;
    if (Atomics.load(I, ERR)) throw new Error("deepts: a WebAssembly helper thread failed");
  }

  /**
   * Closes the current job to further claims and waits until no helper is inside one of its chunks
   * (at most a chunk's time). A job cut short (an interrupted notebook cell stops the calling thread
   * mid-job, and no finally block runs) leaves helpers writing into its buffers: callers settle the
   * pool before reusing the control block or any memory. Cheap when the helpers are idle.
   */
  settle(): void {
    const { I } = this;
    if (Atomics.load(I, BUSY) === 0 && (Atomics.load(I, CLAIM) & 0xffff) === 0xffff) return;
    Atomics.store(I, CLAIM, Atomics.load(I, CLAIM) | 0xffff);
    for (const t0 = performance.now(); Atomics.load(I, BUSY) !== 0; )
      if (performance.now() - t0 > 60_000) throw new Error("deepts: a WebAssembly helper thread has been stuck in an earlier job for a minute");
  }

  /**
   * Recent time the calling thread spent waiting for helpers after its own chunks: the median of the
   * last jobs' waits, halved every second without jobs. Long waits mean the OS is not scheduling the
   * helpers promptly (a loaded machine): callers then keep jobs not much longer than that on one
   * thread. A median, because one long wait in an otherwise prompt run is the helper's core lent to
   * V8's own background work (marking for a collection takes it for milliseconds): counted in an
   * average, it kept mid-size products (100×100·100×100) on one thread for seconds after.
   */
  stall(): number {
    this.sorted.set(this.stalls);
    return this.sorted.sort()[STALL_SAMPLES >> 1] * Math.pow(0.5, (performance.now() - this.stallAt) / 1000);
  }

  /** Stops the helpers (tests; the process never needs it). */
  close(): void {
    Atomics.store(this.I, SEQ, -1);
    Atomics.notify(this.I, SEQ);
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
