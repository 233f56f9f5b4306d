import type { WasmMemory } from "./wasm_api";

/**
 * The allocator for float64 arrays that live in the WebAssembly memory, kept in JS. Blocks are
 * multiples of 64 bytes (so every array starts on a cache line). Free blocks sit in size classes (four
 * per power of two, as in TLSF) and merge with free neighbours on release; a block that ends at the
 * top of the used region returns to the bump space. The memory only grows (wasm cannot shrink), and
 * it is shared, so growing never detaches the Float64Array views handed out earlier.
 */
export class Heap {
  readonly memory: WasmMemory;
  /** Bytes in live blocks. */
  used = 0;
  /** First byte the heap hands out. */
  private readonly base: number;
  /** End of the region ever handed out; [top, capacity) is free bump space. */
  private top: number;
  /** Bytes at and above this address have never been handed out, so they are still zero. */
  private clean: number;
  /** prefault() has touched every page below this address (or they were handed out). */
  private touched: number;
  private capacity: number;
  private readonly limit: number;
  private readonly live = new Map<number, number>(); // start -> size
  private readonly freeAt = new Map<number, number>(); // start -> size
  private readonly freeEnd = new Map<number, number>(); // end -> start
  private readonly bins: Set<number>[] = [];
  /**
   * Released blocks of up to QUICK_UNITS·64 bytes, by size in 64-byte units, not merged: a loop
   * of small ops frees and asks for the same few sizes over and over, and popping a block of the
   * exact size back costs a fraction of merging it and finding it again (issue 12). They are
   * merged into the free lists before the heap bumps into untouched space (drainQuick).
   */
  private readonly quick: number[][] = [];
  private quickBytes = 0;
  /**
   * Set while allocate or release runs. Still set at the next call means that call was stopped
   * halfway (an interrupted notebook cell terminates the thread, and no finally block runs), so the
   * free lists may be half updated: they are rebuilt from the live blocks first.
   */
  private busy = false;

  /** base: first usable byte (below it: the module's static data); limit: bytes the memory may reach. */
  constructor(memory: WasmMemory, base: number, limit: number) {
    this.memory = memory;
    this.base = this.top = this.clean = this.touched = align(base);
    this.capacity = memory.buffer.byteLength;
    this.limit = Math.min(limit, 65536 * 65536);
  }

  /** Bytes the memory spans now. */
  get size(): number {
    return this.capacity;
  }

  /** Bytes the heap may still grow by. */
  get headroom(): number {
    return this.limit - this.capacity;
  }

  /**
   * A block of at least `bytes` from free space already in the memory, or -1. `dirty` is set to how
   * many leading bytes of the block may hold old data (the rest is zero).
   */
  allocate(bytes: number, dirty: { bytes: number } = { bytes: 0 }): number {
    if (this.busy) this.rebuild();
    this.busy = true;
    const size = align(Math.max(bytes, 1));
    const units = size >>> 6;
    let start = units <= QUICK_UNITS && this.quick[units]?.length ? this.quick[units].pop()! : this.takeFree(size);
    if (start < 0 && this.top + size <= this.clean) {
      // bump space that was handed out before (its pages are touched)
      start = this.top;
      this.top += size;
    }
    // merge the quick lists only before touching fresh pages: one size running out must not send
    // every other size back to the slower free lists
    if (start < 0 && this.quickBytes > 0) {
      this.drainQuick();
      start = this.takeFree(size);
    }
    if (start < 0) {
      if (this.top + size > this.capacity) {
        this.busy = false;
        return -1;
      }
      start = this.top;
      this.top += size;
    }
    this.live.set(start, size);
    this.used += size;
    dirty.bytes = Math.max(0, Math.min(start + size, this.clean) - start);
    if (start + size > this.clean) this.clean = start + size;
    this.busy = false;
    return start;
  }

  /** Returns a block to the free space (ignores addresses that are not live blocks). */
  release(start: number): void {
    if (this.busy) this.rebuild();
    const size = this.live.get(start);
    if (size === undefined) return;
    this.busy = true;
    this.live.delete(start);
    this.used -= size;
    if (size >>> 6 <= QUICK_UNITS) {
      (this.quick[size >>> 6] ??= []).push(start);
      this.quickBytes += size;
    } else this.merge(start, size);
    this.busy = false;
  }

  /** Puts the quick lists' blocks into the free lists, merged with their free neighbours. */
  private drainQuick(): void {
    for (let u = 1; u < this.quick.length; u++) {
      const q = this.quick[u];
      if (q) while (q.length > 0) this.merge(q.pop()!, u << 6);
    }
    this.quickBytes = 0;
  }

  /** Adds a free block to the free lists (or the bump space), merged with free neighbours. */
  private merge(start: number, size: number): void {
    let s = start, e = start + size;
    const right = this.freeAt.get(e);
    if (right !== undefined) {
      this.unlinkFree(e, right);
      e += right;
    }
    const left = this.freeEnd.get(s);
    if (left !== undefined) {
      this.unlinkFree(left, s - left);
      s = left;
    }
    if (e === this.top) this.top = s;
    else this.linkFree(s, e - s);
  }

  /**
   * The free lists again from the live blocks: every gap between them below `top` is free. After a
   * call stopped halfway this is right, except that a block allocate had already recorded as live
   * but not yet returned stays live (one block lost).
   */
  private rebuild(): void {
    this.freeAt.clear();
    this.freeEnd.clear();
    this.bins.length = 0;
    // blocks on the quick lists are gaps between live blocks: free again below
    this.quick.length = 0;
    this.quickBytes = 0;
    const starts = [...this.live.keys()].sort((a, b) => a - b);
    let at = this.base, used = 0;
    for (const s of starts) {
      const size = this.live.get(s)!;
      if (s > at) this.linkFree(at, s - at);
      at = Math.max(at, s + size);
      used += size;
    }
    if (at < this.top) this.linkFree(at, this.top - at);
    this.used = used;
    this.busy = false;
  }

  /** Problems in the allocator's bookkeeping (tests): overlapping or unaccounted blocks. */
  check(): string | null {
    const spans: [number, number, string][] = [...this.live].map(([s, n]): [number, number, string] => [s, n, "live"]);
    for (const [s, n] of this.freeAt) spans.push([s, n, "free"]);
    spans.sort((a, b) => a[0] - b[0]);
    let at = this.base;
    for (const [s, n, kind] of spans) {
      if (s < at) return `${kind} block at ${s} overlaps the one before (ends ${at})`;
      at = s + n;
    }
    if (at > this.top) return `blocks end at ${at}, past the top ${this.top}`;
    for (const [s, n] of this.freeAt) if (this.freeEnd.get(s + n) !== s || !this.bins[sizeClass(n >>> 6)]?.has(s)) return `free block at ${s} not indexed`;
    return null;
  }

  /**
   * Touches, a page at a time, the memory never handed out below `upTo` (growing the memory to it
   * first), for at most `budgetMs`. The first write to a fresh page costs ~17 µs on the shared VM
   * (WASM memory grown: 4.5 ms per MiB; issue 12), which a loop of small ops pays on every page of
   * the first `upTo` bytes it cycles through; the kernel calls this while it is idle so that those
   * arrays land on touched pages. Values never change: each touch is an atomic add of 0, which is
   * also safe against a helper thread writing the same word. True when all of it is touched.
   */
  prefault(upTo: number, budgetMs: number): boolean {
    upTo = Math.min(upTo, this.limit);
    if (!this.grow(upTo - this.top, upTo)) upTo = this.capacity;
    const words = new Int32Array(this.memory.buffer);
    let at = Math.max(this.touched, this.clean) & ~4095;
    const t0 = performance.now();
    while (at < upTo) {
      for (const end = Math.min(upTo, at + (256 << 10)); at < end; at += 4096) Atomics.add(words, at >> 2, 0);
      if (performance.now() - t0 >= budgetMs) break;
    }
    this.touched = at;
    return at >= upTo;
  }

  /**
   * Grows the memory so that a block of `bytes` fits at the top: by at least a quarter of the
   * current size (fewer, larger grows) but not past `target` when that is enough (the runtime's
   * threshold for forced collections), never past the limit. False when that is impossible.
   */
  grow(bytes: number, target = Infinity): boolean {
    const need = this.top + align(bytes) - this.capacity;
    if (need <= 0) return true;
    const step = Math.min(Math.max(this.capacity >>> 2, 16 << 20), Math.max(0, target - this.capacity));
    const want = Math.min(this.limit - this.capacity, Math.max(need, step));
    if (want < need) return false;
    try {
      this.memory.grow(Math.ceil(want / 65536));
    } catch {
      try {
        this.memory.grow(Math.ceil(need / 65536));
      } catch {
        return false;
      }
    }
    this.capacity = this.memory.buffer.byteLength;
    return this.top + align(bytes) <= this.capacity;
  }

  /** Number of live blocks (for status and tests). */
  get blocks(): number {
    return this.live.size;
  }

  private takeFree(size: number): number {
    const c = sizeClass(size >>> 6);
    // the block's own class may hold smaller blocks: look for one that fits
    const own = this.bins[c];
    if (own) {
      for (const s of own) {
        const have = this.freeAt.get(s)!;
        if (have >= size) return this.split(s, have, size);
      }
    }
    // any block of a higher class is large enough
    for (let k = c + 1; k < this.bins.length; k++) {
      const bin = this.bins[k];
      if (bin && bin.size > 0) {
        const s = bin.values().next().value as number;
        return this.split(s, this.freeAt.get(s)!, size);
      }
    }
    return -1;
  }

  private split(start: number, have: number, size: number): number {
    this.unlinkFree(start, have);
    // the remainder's neighbours are not free (free blocks are always merged), so no merge needed
    if (have > size) this.linkFree(start + size, have - size);
    return start;
  }

  private linkFree(start: number, size: number): void {
    this.freeAt.set(start, size);
    this.freeEnd.set(start + size, start);
    const c = sizeClass(size >>> 6);
    (this.bins[c] ??= new Set()).add(start);
  }

  private unlinkFree(start: number, size: number): void {
    this.freeAt.delete(start);
    this.freeEnd.delete(start + size);
    this.bins[sizeClass(size >>> 6)]?.delete(start);
  }
}

/** Blocks of up to this many 64-byte units (64 KiB) go to the quick lists when released. */
export const QUICK_UNITS = 1024;

/** Rounds up to a multiple of 64 bytes. */
export function align(bytes: number): number {
  return Math.ceil(bytes / 64) * 64;
}

/** Size class of a block of u 64-byte units: exact below 4, then four classes per power of two. */
function sizeClass(u: number): number {
  if (u < 4) return u - 1;
  const e = 31 - Math.clz32(u);
  return 3 + (e - 2) * 4 + ((u >>> (e - 2)) & 3);
}
