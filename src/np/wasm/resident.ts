/**
 * The Float64Array type of arrays that live in WASM memory. It is a subclass to hold what keeps
 * the array's memory reserved (#owner below), and to close one gap: a block is freed when its array object is garbage collected, and a `subarray()` view shares the
 * memory without referencing that object, so the block could be freed and reused while the view is
 * still read. Views made by subarray() here keep their parent alive (through a WeakMap), however
 * deep the chain. (A view built by hand on `.buffer` is not protected; np never does that.)
 *
 * The class is named Float64Array so printing and `constructor.name` look the same as for a plain
 * array; `instanceof Float64Array` holds.
 */
const parentOf = new WeakMap<Float64Array, Float64Array>();

export const ResidentF64: new (buffer: ArrayBufferLike, byteOffset: number, length: number, owner?: object) => Float64Array = class Float64Array extends globalThis.Float64Array {
  /**
   * What keeps the array's memory reserved: for an array cut from a slab (see Runtime.allocF64),
   * the slab's token, freed once no array of the slab is left. A private field: not enumerable, not
   * printed, and every instance has the same shape (set in the constructor, even when undefined).
   */
  readonly #owner: object | undefined;
  constructor(buffer: ArrayBufferLike, byteOffset: number, length: number, owner?: object) {
    super(buffer as ArrayBuffer, byteOffset, length);
    this.#owner = owner;
  }

  override subarray(begin?: number, end?: number) {
    const view = super.subarray(begin, end);
    parentOf.set(view, this);
    return view;
  }
};
