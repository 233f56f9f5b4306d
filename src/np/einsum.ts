// numpy's einsum: Einstein summation over labelled axes (explicit `->` or implicit output, repeated
// labels for diagonals/traces, `...` for broadcast axes), and a simple einsum_path. One loop over every
// label's index: each operand's position moves by a per-label stride (summed for a repeated label,
// 0 for a broadcast axis), so no intermediate arrays are made.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, promote } from "./dtype";
import { asarray } from "./creation";
import { alloc } from "./storage";
import { shapeStr, sizeOf } from "./shape";
import { transpose } from "./manipulation";
import { sum } from "./reduce";
import { matmul } from "./linalg";

/** `einsum` options: numpy's dtype and optimize (accepted; the single loop needs no contraction order). */
export interface EinsumOptions {
  optimize?: boolean | string | readonly unknown[];
  dtype?: DType;
}

const isLetter = (c: string) => /^[A-Za-z]$/.test(c);

/** One term's labels, with "…" standing for the ellipsis; the '.' checks are numpy's. */
function parseTerm(t: string, where: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === ".") {
      if (t.slice(i, i + 3) !== "..." || out.includes("…"))
        throw new Error(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in ${where}`);
      out.push("…");
      i += 2;
    } else if (isLetter(c)) out.push(c);
    else throw new Error(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
  }
  return out;
}

interface Plan {
  /** every label in loop order: the output's first, then the summed ones */
  labels: string[];
  dims: number[];
  nOut: number;
  /** per operand, its stride for each label of `labels` */
  strides: number[][];
  outShape: number[];
  /** per operand, the label of each axis */
  axes: string[][];
}

function plan(subscripts: string, ops: NDArray[]): Plan {
  const s = subscripts.replace(/\s/g, "");
  const arrow = s.indexOf("->");
  const lhs = arrow < 0 ? s : s.slice(0, arrow);
  const terms = lhs.split(",");
  // numpy's two messages read the other way round from the counts; they are kept as numpy has them
  if (terms.length > ops.length) throw new Error("more operands provided to einstein sum function than specified in the subscripts string");
  if (terms.length < ops.length) throw new Error("fewer operands provided to einstein sum function than specified in the subscripts string");
  const ins = terms.map((t, k) => parseTerm(t, `operand ${k}`));
  // the ellipsis axes of every operand become labels "0", "1", … counted from the right
  let nEll = 0;
  const expanded = ins.map((lab, k) => {
    const named = lab.filter((c) => c !== "…").length;
    const x = ops[k];
    if (!lab.includes("…")) {
      if (x.ndim > named) throw new Error("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
      if (x.ndim < named) throw new Error(`einstein sum subscripts string contains too many subscripts for operand ${k}`);
      return lab;
    }
    const ne = x.ndim - named;
    if (ne < 0) throw new Error(`einstein sum subscripts string contains too many subscripts for operand ${k}`);
    nEll = Math.max(nEll, ne);
    const at = lab.indexOf("…");
    return [...lab.slice(0, at), ...Array.from({ length: ne }, (_, i) => String(ne - 1 - i)), ...lab.slice(at + 1)];
  });
  const ellLabels = Array.from({ length: nEll }, (_, i) => String(nEll - 1 - i));
  let outLabels: string[];
  if (arrow < 0) {
    const count = new Map<string, number>();
    for (const lab of ins) for (const c of lab) if (c !== "…") count.set(c, (count.get(c) ?? 0) + 1);
    outLabels = [...ellLabels, ...[...count.keys()].filter((c) => count.get(c) === 1).sort()];
  } else {
    const outT = parseTerm(s.slice(arrow + 2), "the output");
    const seen = new Set<string>();
    for (const c of outT) {
      if (c === "…") continue;
      if (seen.has(c)) throw new Error(`einstein sum subscripts string includes output subscript '${c}' multiple times`);
      seen.add(c);
      if (!ins.some((lab) => lab.includes(c))) throw new Error(`einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
    }
    if (!outT.includes("…") && nEll > 0)
      throw new Error("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
    outLabels = outT.flatMap((c) => (c === "…" ? ellLabels : [c]));
  }
  const all = new Set<string>(expanded.flat());
  const labels = [...outLabels, ...[...all].filter((c) => !outLabels.includes(c))];
  const dims = labels.map(() => 1);
  const strides = ops.map((x, k) => {
    const st = labels.map(() => 0);
    expanded[k].forEach((c, ax) => {
      const li = labels.indexOf(c);
      const first = expanded[k].indexOf(c);
      const d = x.shape[ax];
      if (first !== ax && x.shape[first] !== d) throw new Error(`dimensions in operand ${k} for collapsing index '${c}' don't match (${x.shape[first]} != ${d})`);
      if (d === 1) return; // broadcast: the position does not move along this label
      if (dims[li] !== 1 && dims[li] !== d)
        throw new Error(`operands could not be broadcast together with remapped shapes [original->remapped]: ${ops.map((o) => `${shapeStr(o.shape)}->${shapeStr(o.shape)}`).join(" ")} `);
      dims[li] = d;
      st[li] += x.strides[ax];
    });
    return st;
  });
  return { labels, dims, nOut: outLabels.length, strides, outShape: dims.slice(0, outLabels.length), axes: expanded };
}

/** numpy's interleaved form's axis labels: integers 0…51 (and "..." for the ellipsis). */
type Sublist = readonly (number | "...")[];

/** numpy's interleaved form, einsum(a, [0, 1], b, [1, 2], [0, 2]), as a subscripts string and operands. */
function fromSublists(args: unknown[]): [string, (ArrayLike | EinsumOptions)[]] {
  const letter = (k: number | "...") => {
    if (k === "...") return "...";
    if (!Number.isInteger(k) || k < 0 || k >= 52) throw new Error("subscript is not within the valid range [0, 52)");
    return String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26);
  };
  const ops: (ArrayLike | EinsumOptions)[] = [];
  const terms: string[] = [];
  let i = 0;
  for (; i + 1 < args.length && Array.isArray(args[i + 1]); i += 2) {
    ops.push(args[i] as ArrayLike);
    terms.push((args[i + 1] as Sublist).map(letter).join(""));
  }
  let sub = terms.join(",");
  if (i < args.length && Array.isArray(args[i])) sub += "->" + (args[i++] as Sublist).map(letter).join("");
  return [sub, [...ops, ...(args.slice(i) as EinsumOptions[])]];
}

/**
 * Einstein summation: `"ij,jk->ik"` is a matrix product, `"ii"` a trace, `"ii->i"` a diagonal,
 * `"...ij->...ji"` a batched transpose; without `->` the output is the labels seen once, in alphabetical
 * order. A full reduction gives a number.
 * @example np.einsum("ij,jk->ik", [[1, 2], [3, 4]], [[5, 6], [7, 8]])  // → array([[19, 22],
 * //        [43, 50]])
 * @example np.einsum("ii", [[1, 2], [3, 4]])  // → 5
 * @example np.einsum("i,i", [1, 2, 3], [4, 5, 6])  // → 32
 * @example np.einsum([[1, 2], [3, 4]], [0, 1], [1, 1], [1], [0])  // → array([3, 7])
 */
export function einsum(subscripts: string | ArrayLike, ...args: (ArrayLike | EinsumOptions | Sublist)[]): any {
  if (typeof subscripts !== "string") [subscripts, args] = fromSublists([subscripts, ...args]);
  let opts: EinsumOptions = {};
  const last = args[args.length - 1];
  if (args.length && last !== null && typeof last === "object" && !Array.isArray(last) && !(last instanceof NDArray) && !ArrayBuffer.isView(last)) {
    opts = last as EinsumOptions;
    args = args.slice(0, -1);
  }
  const ops = (args as ArrayLike[]).map((a) => asarray(a));
  const p = plan(subscripts, ops);
  let dt: DType = ops.map((x) => x.dtype).reduce(promote);
  if (opts.dtype) dt = opts.dtype;
  if (ops.length === 2 && !opts.dtype && dt !== "bool") {
    const r = viaMatmul(p, ops[0], ops[1]);
    if (r) return r.ndim === 0 ? r.item() : r;
  }
  const n = p.labels.length, nOut = p.nOut;
  const outSize = sizeOf(p.outShape);
  const inner = sizeOf(p.dims.slice(nOut));
  const out = alloc(dt, outSize) as any;
  const f32 = dt === "float32";
  const bool = dt === "bool";
  const pos = ops.map((x) => x.offset);
  const idx = new Array<number>(n).fill(0);
  const D = ops.map((x) => x.data);
  const total = outSize * inner;
  // odometer over every label, last label fastest; each output element collects `inner` products
  for (let t = 0, o = 0; t < total; o++) {
    let acc = 0;
    for (let s = 0; s < inner; s++, t++) {
      let v = 1;
      for (let k = 0; k < ops.length; k++) v = f32 ? Math.fround(v * D[k][pos[k]]) : v * D[k][pos[k]];
      acc = bool ? acc || v ? 1 : 0 : f32 ? Math.fround(acc + v) : acc + v;
      for (let j = n - 1; j >= 0; j--) {
        for (let k = 0; k < ops.length; k++) pos[k] += p.strides[k][j];
        if (++idx[j] < p.dims[j]) break;
        for (let k = 0; k < ops.length; k++) pos[k] -= p.strides[k][j] * p.dims[j];
        idx[j] = 0;
      }
    }
    out[o] = acc;
  }
  const res = new NDArray(out, p.outShape, dt);
  return p.outShape.length === 0 ? res.item() : res;
}

/**
 * Two operands as one batched matrix product (BLAS-speed kernels instead of the label loop): labels in
 * both operands and the output are the batch, those in one operand and the output its rows (columns),
 * those in both but not the output are contracted, those in one only and not the output summed first.
 * Null when a label repeats within an operand or a size-1 axis broadcasts: the loop handles those.
 */
function viaMatmul(p: Plan, a0: NDArray, b0: NDArray): NDArray | null {
  const [la, lb] = p.axes;
  if (new Set(la).size !== la.length || new Set(lb).size !== lb.length) return null;
  const dim = (c: string) => p.dims[p.labels.indexOf(c)];
  const fits = (x: NDArray, l: string[]) => l.every((c, i) => x.shape[i] === dim(c));
  if (!fits(a0, la) || !fits(b0, lb)) return null;
  const out = p.labels.slice(0, p.nOut);
  const sumOut = (x: NDArray, l: string[], other: string[]): [NDArray, string[]] => {
    const drop = l.map((c, i) => (!out.includes(c) && !other.includes(c) ? i : -1)).filter((i) => i >= 0);
    return drop.length ? [sum(x, { axis: drop }) as NDArray, l.filter((_, i) => !drop.includes(i))] : [x, l];
  };
  const [a, ka] = sumOut(a0, la, lb);
  const [b, kb] = sumOut(b0, lb, la);
  const batch = out.filter((c) => ka.includes(c) && kb.includes(c));
  const rows = out.filter((c) => ka.includes(c) && !kb.includes(c));
  const cols = out.filter((c) => kb.includes(c) && !ka.includes(c));
  const con = ka.filter((c) => kb.includes(c) && !out.includes(c));
  const size = (l: string[]) => l.reduce((q, c) => q * dim(c), 1);
  const A = transpose(a, [...batch, ...rows, ...con].map((c) => ka.indexOf(c))).reshape(size(batch), size(rows), size(con));
  const B = transpose(b, [...batch, ...con, ...cols].map((c) => kb.indexOf(c))).reshape(size(batch), size(con), size(cols));
  const order = [...batch, ...rows, ...cols];
  const C = matmul(A, B).reshape(order.map(dim));
  return transpose(C, out.map((c) => order.indexOf(c))).copy();
}

/**
 * numpy's einsum_path in its simple form: the path that contracts all operands in one step (what
 * numpy gives with `optimize: false`), and a short report of the contraction.
 * @example np.einsumPath("ij,jk->ik", np.ones([2, 3]), np.ones([3, 4]))[0]  // → [ 'einsum_path', [ 0, 1 ] ]
 */
export function einsumPath(subscripts: string, ...args: (ArrayLike | EinsumOptions)[]): [unknown[], string] {
  const ops = args.filter((a) => !(a !== null && typeof a === "object" && !Array.isArray(a) && !(a instanceof NDArray) && !ArrayBuffer.isView(a))).map((a) => asarray(a as ArrayLike));
  const p = plan(subscripts, ops);
  const flops = sizeOf(p.dims) * Math.max(ops.length, 1);
  const report = `  Complete contraction:  ${subscripts.replace(/\s/g, "")}\n         Naive scaling:  ${p.labels.length}\n      Naive FLOP count:  ${flops.toExponential(3).replace(/e([+-])(\d)$/, "e$10$2")}`;
  return [["einsum_path", ops.map((_, i) => i)], report];
}
