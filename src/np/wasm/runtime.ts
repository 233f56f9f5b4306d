import * as os from "node:os";
import { Heap, align } from "./heap";
import { KernelExports, Tier, moduleOf } from "./load";
import { Reclaimer, makeReclaimer } from "./reclaim";
import { ResidentF64 } from "./resident";
import { Pool } from "./threads";
import { WA, WasmMemory, WasmModule } from "./wasm_api";

/** Options for a kernel runtime (tests make several; np uses one, see index.ts). */
export interface RuntimeOptions {
  /** "relaxed-simd" or "simd" (must be supported: check with bestTier). */
  tier: Exclude<Tier, "none">;
  /** Extra threads for big matrix products (default: cores − 1, at most 3). */
  helpers?: number;
  /** Most bytes the WASM memory may grow to (default 4 GiB, or half the machine's RAM if less). */
  maxBytes?: number;
  /**
   * Memory size above which a full GC is forced (to free dead arrays) before the memory grows
   * further. Default: 48 MiB, or twice the live data plus 16 MiB when that is more (see allocF64).
   */
  softBytes?: number;
  /** Share every job that can be cut with the helpers, however small or busy the machine (tests). */
  threadAll?: boolean;
}

// Below this address: the module's static data (a few KiB of log tables).
const BASE = 64 << 10;
/** The default threshold for forced collections, and the slack above twice the live data. */
const SOFT_MIN = 48 << 20, SOFT_SLACK = 16 << 20;
/**
 * Bytes of the scratch arena: small temporaries of one kernel call (a staged operand, a reduction's
 * output, a packed A) are bumped from it instead of allocated and freed on the heap, which cost more
 * than the kernel for the course's (4, 400) operands (issue 12).
 */
export const ARENA_BYTES = 256 << 10;
/**
 * Arrays of at most SLAB_MAX bytes are cut from shared slabs of SLAB_BYTES: each array keeps its
 * slab's token alive, and the token (one FinalizationRegistry entry per slab) frees the slab once
 * none of its arrays is left. Registering every array cost ~1 µs each, more than numpy's whole add
 * of 1000 elements (issue 12). A slab is held by any one live array of it, so while the slabs that
 * survive a forced collection hold more than SLAB_PINNED_MAX, arrays get blocks of their own.
 */
export const SLAB_MAX = 128 << 10, SLAB_BYTES = 1 << 20, SLAB_PINNED_MAX = 32 << 20;

/**
 * One instance of the kernels with its shared memory, the allocator for arrays that live there, the
 * freeing of blocks whose arrays were collected, and (lazily) the helper threads.
 */
export class Runtime {
  readonly tier: Exclude<Tier, "none">;
  readonly k: KernelExports;
  readonly memory: WasmMemory;
  readonly heap: Heap;
  readonly helpers: number;
  readonly threadAll: boolean;
  readonly stats = { collections: 0, collectionMs: 0, plainFallbacks: 0, residentAllocs: 0 };
  private readonly module: WasmModule;
  private readonly reclaimer: Reclaimer;
  private readonly buffers = new WeakSet<ArrayBufferLike>();
  private buffer: SharedArrayBuffer;
  private view: Float64Array;
  private softBytes: number;
  private readonly fixedSoft: boolean;
  private sinceCollect = 0;
  private pool: Pool | null | undefined;
  /** Scratch blocks out now (see releaseOrphans). */
  private readonly temporary = new Set<number>();
  /** The main thread's gemm pack buffer. */
  readonly pack: number;
  /** The scratch arena [arena, arena + ARENA_BYTES) and its next free byte (reset at each kernel call). */
  private readonly arena: number;
  private arenaTop: number;
  /** The slab arrays are cut from now: its token, next free byte, end, and where its old data ends. */
  private slabOwner: object | undefined;
  private slabTop = 0;
  private slabEnd = 0;
  private slabDirty = 0;
  /** Slabs not yet freed (the current one included), and whether small arrays go to slabs now. */
  private slabs = 0;
  private slabbing = true;

  constructor(opts: RuntimeOptions) {
    this.tier = opts.tier;
    this.module = moduleOf(opts.tier);
    const maxBytes = Math.min(opts.maxBytes ?? 4 * 2 ** 30, Math.floor(os.totalmem() / 2), 65536 * 65536);
    this.memory = new WA!.Memory({ initial: 256, maximum: 65536, shared: true });
    const inst = new WA!.Instance(this.module, {
      env: {
        memory: this.memory,
        abort: () => {
          throw new Error("deepts: WebAssembly kernel abort");
        },
      },
    });
    this.k = inst.exports as unknown as KernelExports;
    this.heap = new Heap(this.memory, BASE, maxBytes);
    this.softBytes = Math.min(opts.softBytes ?? SOFT_MIN, maxBytes);
    this.fixedSoft = opts.softBytes !== undefined;
    // a slab's token is registered with its address negated (see newSlab)
    this.reclaimer = makeReclaimer((block) => {
      if (block < 0) this.slabs--;
      this.heap.release(Math.abs(block));
    });
    this.buffer = this.memory.buffer as SharedArrayBuffer;
    this.buffers.add(this.buffer);
    this.view = new Float64Array(this.buffer);
    this.threadAll = opts.threadAll ?? false;
    this.helpers = Math.max(0, opts.helpers ?? Math.min(3, (os.availableParallelism?.() ?? os.cpus().length) - 1));
    this.pack = this.block(this.k.gemmPackBytes());
    this.arena = this.arenaTop = this.block(ARENA_BYTES);
    if (this.pack < 0 || this.arena < 0) throw new Error("deepts: cannot reserve WebAssembly scratch memory");
  }

  /** A Float64Array over the whole memory (renewed after the memory grows). */
  f64(): Float64Array {
    if (this.memory.buffer.byteLength !== this.buffer.byteLength) this.refresh();
    return this.view;
  }

  /** Byte address of element `off` of `arr` if arr lives in this runtime's memory, else -1. */
  address(arr: ArrayBufferView, off = 0): number {
    // only resident arrays can be in this memory: the class test spares reading `.buffer`, which
    // for a small plain array moves its data off V8's heap
    if (!(arr instanceof ResidentF64)) return -1;
    // the current buffer first: the WeakSet lookup cost a tenth of a 100-element add
    const b = arr.buffer;
    return b === this.buffer || this.buffers.has(b) ? arr.byteOffset + off * 8 : -1;
  }

  /**
   * A Float64Array of n elements living in WASM memory (zeroed unless zero is false), freed when it
   * is garbage collected; null when the memory is exhausted (the caller then uses a plain array).
   */
  allocF64(n: number, zero = true): Float64Array | null {
    // no helper may still be writing into a block this could hand out (see Pool.settle)
    this.pool?.settle();
    const bytes = n * 8;
    if (bytes <= SLAB_MAX && this.slabbing) {
      const size = align(bytes);
      if (this.slabTop + size <= this.slabEnd || this.newSlab()) {
        const at = this.slabTop;
        this.slabTop += size;
        this.stats.residentAllocs++;
        const view = new ResidentF64(this.buffer, at, n, this.slabOwner);
        if (zero && at < this.slabDirty) view.fill(0, 0, Math.min(n, (this.slabDirty - at) / 8));
        return view;
      }
    }
    const dirty = { bytes: 0 };
    const addr = this.block(bytes, dirty);
    if (addr < 0) {
      this.stats.plainFallbacks++;
      return null;
    }
    this.stats.residentAllocs++;
    const view = new ResidentF64(this.buffer, addr, n);
    this.reclaimer.track(view, addr);
    if (zero && dirty.bytes > 0) view.fill(0, 0, Math.min(n, Math.ceil(dirty.bytes / 8)));
    return view;
  }

  /** Starts a new slab (the arrays of the last one keep its token alive); false when memory is exhausted. */
  private newSlab(): boolean {
    const dirty = { bytes: 0 };
    const addr = this.block(SLAB_BYTES, dirty);
    if (addr < 0) return false;
    const owner = {};
    this.reclaimer.track(owner, -addr);
    this.slabs++;
    this.slabOwner = owner;
    this.slabTop = addr;
    this.slabEnd = addr + SLAB_BYTES;
    this.slabDirty = addr + dirty.bytes;
    return true;
  }

  /**
   * A heap block of `bytes` (`dirty.bytes`: how many leading bytes may hold old data), freeing dead
   * arrays' blocks or growing the memory when needed; -1 when the memory is exhausted.
   */
  private block(bytes: number, dirty = { bytes: 0 }): number {
    let addr = this.heap.allocate(bytes, dirty);
    if (addr < 0) {
      // free what V8's own collections already found dead
      this.reclaimer.flush();
      addr = this.heap.allocate(bytes, dirty);
    }
    if (addr < 0 && this.collectIfDue(bytes)) addr = this.heap.allocate(bytes, dirty);
    if (addr < 0 && this.heap.grow(bytes, this.softBytes)) {
      this.refresh();
      addr = this.heap.allocate(bytes, dirty);
    }
    if (addr < 0) return -1;
    this.sinceCollect += bytes;
    if (addr + bytes > this.buffer.byteLength) this.refresh();
    return addr;
  }

  /**
   * Frees now, not when it is collected, the block of an array allocF64 returned (np.scope, whose
   * caller promises never to read it again). False, freeing nothing, for any other array: a plain
   * one, a subarray view, one cut from a slab (the slab goes with the last of its arrays) or one
   * already freed.
   */
  freeF64(view: Float64Array): boolean {
    const addr = this.address(view);
    if (addr < 0 || !this.reclaimer.untrack(view)) return false;
    this.heap.release(addr);
    return true;
  }

  /**
   * When the memory is at the threshold and enough was allocated since the last time, forces a
   * full collection so dead arrays' blocks are freed before the memory grows (a synchronous loop
   * never lets finalizers run otherwise), and moves the threshold. True when it collected.
   */
  private collectIfDue(bytes: number): boolean {
    if (this.heap.size < this.softBytes || !this.reclaimer.collect || this.sinceCollect < this.softBytes / 4) return false;
    const t0 = performance.now();
    this.reclaimer.collect();
    this.stats.collectionMs += performance.now() - t0;
    this.stats.collections++;
    this.sinceCollect = 0;
    // slabs still held by live arrays, besides the current one: many means arrays that live long
    // are spread over slabs of short-lived ones, so new arrays get blocks of their own for a while
    this.slabbing = (this.slabs - 1) * SLAB_BYTES <= SLAB_PINNED_MAX;
    if (!this.fixedSoft) {
      // Bounded by the live data, never by the collections' cost: WASM memory never shrinks, so
      // every MiB the heap grows by stays in the process, and touching fresh pages costs more
      // (~3 ms per MiB on the shared VM, issue 12) than the full collection (~9 ms) that lets
      // the heap reuse pages it has already touched.
      const soft = Math.max(SOFT_MIN, 2 * this.heap.used + bytes + SOFT_SLACK);
      this.softBytes = Math.min(soft, this.heap.size + this.heap.headroom);
    }
    return true;
  }

  /**
   * Touches the memory new arrays will take before the next forced collection (up to the
   * collection threshold) for at most `budgetMs` (Heap.prefault); true when all of it is touched.
   */
  warm(budgetMs: number): boolean {
    const done = this.heap.prefault(this.softBytes, budgetMs);
    if (this.memory.buffer.byteLength !== this.buffer.byteLength) this.refresh();
    return done;
  }

  /** A temporary block of `bytes` (release it with `release`), or -1 if memory is exhausted. */
  scratch(bytes: number): number {
    const size = Math.ceil(bytes / 64) * 64;
    if (this.arenaTop + size <= this.arena + ARENA_BYTES) {
      // released all at once by the next kernel call's releaseOrphans (calls never nest)
      const at = this.arenaTop;
      this.arenaTop += size;
      return at;
    }
    const addr = this.block(bytes);
    if (addr >= 0) this.temporary.add(addr);
    return addr;
  }

  /**
   * Releases scratch blocks a kernel call took and never gave back: its thread was stopped mid-call
   * (an interrupted cell runs no finally block). Kernel entry points call it first; calls never
   * nest, so any scratch still out at that point is an orphan. Helpers are settled before.
   */
  releaseOrphans(): void {
    this.pool?.settle();
    this.arenaTop = this.arena;
    if (this.temporary.size === 0) return;
    for (const addr of this.temporary) this.heap.release(addr);
    this.temporary.clear();
  }

  release(addr: number): void {
    if (addr >= this.arena && addr < this.arena + ARENA_BYTES) return;
    this.temporary.delete(addr);
    this.heap.release(addr);
  }

  /** The helper-thread pool, started on first use; null when there are no helpers. */
  threadPool(): Pool | null {
    if (this.pool !== undefined) return this.pool;
    this.pool = null;
    if (this.helpers > 0) {
      const packs: number[] = [];
      for (let t = 0; t < this.helpers; t++) {
        const p = this.block(this.k.gemmPackBytes());
        if (p < 0) return null;
        packs.push(p);
      }
      try {
        this.pool = new Pool(this.module, this.memory, this.helpers, packs);
      } catch {
        this.pool = null;
      }
    }
    return this.pool;
  }

  /** Stops helper threads (tests). */
  close(): void {
    this.pool?.close();
    this.pool = null;
  }

  private refresh(): void {
    this.buffer = this.memory.buffer as SharedArrayBuffer;
    this.buffers.add(this.buffer);
    this.view = new Float64Array(this.buffer);
  }
}
