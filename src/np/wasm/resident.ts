/**
 * The Float64Array type of arrays that live in WASM memory. It is a subclass only to close one gap:
 * a block is freed when its array object is garbage collected, and a `subarray()` view shares the
 * memory without referencing that object, so the block could be freed and reused while the view is
 * still read. Views made by subarray() here keep their parent alive (through a WeakMap), however
 * deep the chain. (A view built by hand on `.buffer` is not protected; np never does that.)
 *
 * The class is named Float64Array so printing and `constructor.name` look the same as for a plain
 * array; `instanceof Float64Array` holds.
 */
const parentOf = new WeakMap<Float64Array, Float64Array>();

export const ResidentF64: new (buffer: ArrayBufferLike, byteOffset: number, length: number) => Float64Array = class Float64Array extends globalThis.Float64Array {
  override subarray(begin?: number, end?: number) {
    const view = super.subarray(begin, end);
    parentOf.set(view, this);
    return view;
  }
};
