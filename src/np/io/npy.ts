// numpy's .npy format: a magic string, a version, a Python-dict header (dtype, order, shape) padded to
// 64 bytes, then the raw little-endian elements. np writes version 1.0 exactly as numpy does and reads
// versions 1–3, either byte order and C or Fortran order.
import { NDArray } from "../ndarray";
import { DType } from "../dtype";
import { transpose } from "../manipulation";
import { cStrides, sizeOf } from "../shape";

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const DESCR: Record<DType, string> = { float64: "<f8", float32: "<f4", int64: "<i8", int32: "<i4", bool: "|b1" };

/** Python's repr of a shape tuple. */
const shapeRepr = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);

/** True when the elements lie in Fortran order (and not also in C order): numpy saves those as is. */
function fortranOnly(x: NDArray): boolean {
  if (x.isContiguous || x.offset + x.size > x.data.length) return false;
  const fs = cStrides([...x.shape].reverse()).reverse();
  return x.shape.every((d, i) => d === 1 || x.strides[i] === fs[i]);
}

/** The raw little-endian bytes of a C-ordered buffer of the dtype. */
export function rawBytes(data: ArrayLike<number>, dtype: DType): Uint8Array {
  const n = data.length;
  switch (dtype) {
    case "float64": return new Uint8Array(Float64Array.from(data).buffer);
    case "float32": return new Uint8Array(Float32Array.from(data).buffer);
    case "int32": return new Uint8Array(Int32Array.from(data).buffer);
    case "bool": return Uint8Array.from(data, (v) => (v ? 1 : 0));
    case "int64": {
      const b = new BigInt64Array(n);
      for (let i = 0; i < n; i++) b[i] = BigInt(data[i]);
      return new Uint8Array(b.buffer);
    }
  }
}

/**
 * The bytes numpy's `np.save` writes for this array (format version 1.0).
 * @example np.saveBytes(np.arange(3)).length  // → 152
 */
export function saveBytes(a: NDArray): Uint8Array {
  const fortran = fortranOnly(a);
  const body = fortran ? rawBytes(transpose(a).copy().data, a.dtype) : rawBytes(a.contiguousData(), a.dtype);
  let header = `{'descr': '${DESCR[a.dtype]}', 'fortran_order': ${fortran ? "True" : "False"}, 'shape': ${shapeRepr(a.shape)}, }`;
  // numpy leaves room for the growth axis to reach 21 digits without rewriting the header
  if (a.ndim > 0) header += " ".repeat(21 - String(a.shape[fortran ? a.ndim - 1 : 0]).length);
  const hlen = header.length + 1;
  const pad = 64 - ((6 + 2 + 2 + hlen) % 64);
  const total = 10 + hlen + pad;
  const out = new Uint8Array(total + body.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = (hlen + pad) & 0xff;
  out[9] = (hlen + pad) >> 8;
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  out.fill(0x20, 10 + header.length, total - 1);
  out[total - 1] = 0x0a;
  out.set(body, total);
  return out;
}

/** Element readers for the numpy type codes np can load (the result's dtype, bytes per element). */
function reader(descr: string): { dtype: DType; size: number; get: (v: DataView, o: number, le: boolean) => number } {
  const code = descr.slice(1);
  const m: Record<string, { dtype: DType; size: number; get: (v: DataView, o: number, le: boolean) => number }> = {
    f8: { dtype: "float64", size: 8, get: (v, o, le) => v.getFloat64(o, le) },
    f4: { dtype: "float32", size: 4, get: (v, o, le) => v.getFloat32(o, le) },
    i8: { dtype: "int64", size: 8, get: (v, o, le) => Number(v.getBigInt64(o, le)) },
    i4: { dtype: "int32", size: 4, get: (v, o, le) => v.getInt32(o, le) },
    b1: { dtype: "bool", size: 1, get: (v, o) => v.getUint8(o) },
    // dtypes np does not have load as int64, with their values
    i2: { dtype: "int64", size: 2, get: (v, o, le) => v.getInt16(o, le) },
    i1: { dtype: "int64", size: 1, get: (v, o) => v.getInt8(o) },
    u1: { dtype: "int64", size: 1, get: (v, o) => v.getUint8(o) },
    u2: { dtype: "int64", size: 2, get: (v, o, le) => v.getUint16(o, le) },
    u4: { dtype: "int64", size: 4, get: (v, o, le) => v.getUint32(o, le) },
  };
  if (!(code in m)) throw new Error(`deepts: .npy dtype '${descr}' is not supported (np has float64, float32, int64, int32, bool)`);
  return m[code];
}

/**
 * An array from .npy bytes (numpy's `np.load` of a .npy file).
 * @example np.loadBytes(np.saveBytes(np.eye(2)))  // → array([[1., 0.],
 * //        [0., 1.]])
 */
export function loadBytes(bytes: Uint8Array): NDArray {
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw new Error("the magic string is not correct; expected b'\\x93NUMPY', got " + JSON.stringify(String.fromCharCode(...bytes.subarray(0, 6))));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const hlen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(bytes.subarray(start, start + hlen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || shapeText === undefined) throw new Error(`Header does not contain the correct keys: ${header.trim()}`);
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  const r = reader(descr);
  const le = descr[0] !== ">";
  const n = sizeOf(shape);
  const x = new NDArray(new Float64Array(n), fortran ? [...shape].reverse() : shape, "float64");
  const off = start + hlen;
  for (let i = 0; i < n; i++) x.data[i] = r.get(view, off + i * r.size, le);
  const typed = x.astype(r.dtype);
  return fortran ? transpose(typed).copy() : typed;
}
