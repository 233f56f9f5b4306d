// Answer fixtures for notebooks/16-convolution-lstm.ipynb (format: course/README.md, "Answer fixtures").

// @mistake zeroPad: pads only one side
// @expect pad is the number of zeros on EACH side
function zeroPad(X: NDArray, pad: number): NDArray {
  const [m, nH, nW, nC] = X.shape;
  const out = np.zeros([m, nH + pad, nW + pad, nC]);
  out.set(":", `${pad}:${pad + nH}`, `${pad}:${pad + nW}`, ":", X);
  return out;
}

// @mistake zeroPad: pads every axis, examples and channels included
// @expect pad only the height and width
function zeroPad(X: NDArray, pad: number): NDArray {
  const [m, nH, nW, nC] = X.shape;
  const out = np.zeros([m + 2 * pad, nH + 2 * pad, nW + 2 * pad, nC + 2 * pad]);
  out.set(`${pad}:${pad + m}`, `${pad}:${pad + nH}`, `${pad}:${pad + nW}`, `${pad}:${pad + nC}`, X);
  return out;
}

// @correct zeroPad: np.concatenate of zero blocks, first along the height, then along the width
function zeroPad(X: NDArray, pad: number): NDArray {
  if (pad === 0) return X.copy();
  const [m, nH, nW, nC] = X.shape;
  const rows = np.zeros([m, pad, nW, nC]);
  const tall = np.concatenate([rows, X, rows], { axis: 1 });
  const cols = np.zeros([m, nH + 2 * pad, pad, nC]);
  return np.concatenate([cols, tall, cols], { axis: 2 });
}

// @mistake convSingleStep: forgot the bias
// @expect add the bias b after summing
function convSingleStep(aSlicePrev: NDArray, W: NDArray, b: NDArray): number {
  return np.sum(aSlicePrev.mul(W));
}

// @mistake convSingleStep: returns the elementwise product plus b, not summed
// @expect return one number
function convSingleStep(aSlicePrev: NDArray, W: NDArray, b: NDArray): number {
  return aSlicePrev.mul(W).add(b) as unknown as number;
}

// @correct convSingleStep: a loop over the flattened window
function convSingleStep(aSlicePrev: NDArray, W: NDArray, b: NDArray): number {
  const a = aSlicePrev.reshape(-1), w = W.reshape(-1);
  let z = 0;
  for (let k = 0; k < a.size; k++) z += a.item(k) * w.item(k);
  return z + np.sum(b);
}

// @mistake convForward: forgot the stride when placing the windows
// @expect starts at row h·stride
function convForward(APrev: NDArray, W: NDArray, b: NDArray, hparameters: ConvHparams): [NDArray, ConvCache] {
  const [m, nHPrev, nWPrev] = APrev.shape;
  const [f, , , nC] = W.shape;
  const { stride, pad } = hparameters;
  const nH = Math.floor((nHPrev - f + 2 * pad) / stride) + 1;
  const nW = Math.floor((nWPrev - f + 2 * pad) / stride) + 1;
  const Z = np.zeros([m, nH, nW, nC]);
  const P = zeroPad(APrev, pad);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const slice = P.get(i, `${h}:${h + f}`, `${w}:${w + f}`, ":");
    for (let c = 0; c < nC; c++) Z.set(i, h, w, c, convSingleStep(slice, W.get(":", ":", ":", c), b.get(":", ":", ":", c)));
  }
  return [Z, [APrev, W, b, hparameters]];
}

// @mistake convForward: output size without the stride
// @expect the stride shrinks the output
function convForward(APrev: NDArray, W: NDArray, b: NDArray, hparameters: ConvHparams): [NDArray, ConvCache] {
  const [m, nHPrev, nWPrev] = APrev.shape;
  const [f, , , nC] = W.shape;
  const { stride, pad } = hparameters;
  const nH = nHPrev - f + 2 * pad + 1;
  const nW = nWPrev - f + 2 * pad + 1;
  const Z = np.zeros([m, nH, nW, nC]);
  const P = zeroPad(APrev, pad + stride * nH);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const slice = P.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, ":");
    for (let c = 0; c < nC; c++) Z.set(i, h, w, c, convSingleStep(slice, W.get(":", ":", ":", c), b.get(":", ":", ":", c)));
  }
  return [Z, [APrev, W, b, hparameters]];
}

// @correct convForward: all filters at once per window, with one matrix product
function convForward(APrev: NDArray, W: NDArray, b: NDArray, hparameters: ConvHparams): [NDArray, ConvCache] {
  const [m, nHPrev, nWPrev, nCPrev] = APrev.shape;
  const [f, , , nC] = W.shape;
  const { stride, pad } = hparameters;
  const nH = Math.floor((nHPrev - f + 2 * pad) / stride) + 1;
  const nW = Math.floor((nWPrev - f + 2 * pad) / stride) + 1;
  const Wm = W.reshape(f * f * nCPrev, nC);
  const Z = np.zeros([m, nH, nW, nC]);
  const P = zeroPad(APrev, pad);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const win = P.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, ":").reshape(1, -1);
    Z.set(i, h, w, ":", np.matmul(win, Wm).reshape(nC).add(b.reshape(nC)));
  }
  return [Z, [APrev, W, b, hparameters]];
}

// @mistake poolForward: pools across the channels instead of each channel
// @expect pool every channel separately
function poolForward(APrev: NDArray, hparameters: PoolHparams, mode: "max" | "average" = "max"): [NDArray, PoolCache] {
  const [m, nHPrev, nWPrev] = APrev.shape;
  const { f, stride } = hparameters;
  const nH = Math.floor((nHPrev - f) / stride) + 1, nW = Math.floor((nWPrev - f) / stride) + 1;
  const A = np.zeros([m, nH, nW, 1]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const s = APrev.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, ":");
    A.set(i, h, w, 0, mode === "max" ? np.max(s) : np.mean(s));
  }
  return [A, [APrev, hparameters]];
}

// @mistake poolForward: takes the max in average mode too
// @expect mode "average" takes np.mean
function poolForward(APrev: NDArray, hparameters: PoolHparams, mode: "max" | "average" = "max"): [NDArray, PoolCache] {
  const [m, nHPrev, nWPrev, nC] = APrev.shape;
  const { f, stride } = hparameters;
  const nH = Math.floor((nHPrev - f) / stride) + 1, nW = Math.floor((nWPrev - f) / stride) + 1;
  const A = np.zeros([m, nH, nW, nC]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) for (let c = 0; c < nC; c++) {
    A.set(i, h, w, c, np.max(APrev.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, c)));
  }
  return [A, [APrev, hparameters]];
}

// @correct poolForward: reduces each window over its two spatial axes at once, all channels together
function poolForward(APrev: NDArray, hparameters: PoolHparams, mode: "max" | "average" = "max"): [NDArray, PoolCache] {
  const [m, nHPrev, nWPrev, nC] = APrev.shape;
  const { f, stride } = hparameters;
  const nH = Math.floor((nHPrev - f) / stride) + 1, nW = Math.floor((nWPrev - f) / stride) + 1;
  const A = np.zeros([m, nH, nW, nC]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const s = APrev.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, ":");
    A.set(i, h, w, ":", mode === "max" ? np.max(s, { axis: [0, 1] }) : np.mean(s, { axis: [0, 1] }));
  }
  return [A, [APrev, hparameters]];
}

// @mistake convBackward: keeps the padding in dAPrev
// @expect remove the padding at the end
function convBackward(dZ: NDArray, cache: ConvCache): [NDArray, NDArray, NDArray] {
  const [APrev, W, , { stride, pad }] = cache;
  const [f, , , nC] = W.shape;
  const [m, nH, nW] = dZ.shape;
  const P = zeroPad(APrev, pad);
  const dP = np.zerosLike(P);
  const dW = np.zerosLike(W);
  const db = np.zeros([1, 1, 1, nC]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) for (let c = 0; c < nC; c++) {
    const r = `${h * stride}:${h * stride + f}`, k = `${w * stride}:${w * stride + f}`, d = dZ.item(i, h, w, c);
    dP.set(i, r, k, ":", dP.get(i, r, k, ":").add(W.get(":", ":", ":", c).mul(d)));
    dW.set(":", ":", ":", c, dW.get(":", ":", ":", c).add(P.get(i, r, k, ":").mul(d)));
    db.set(0, 0, 0, c, db.item(0, 0, 0, c) + d);
  }
  return [dP, dW, db];
}

// @mistake convBackward: overwrites the overlapping windows' gradient instead of adding to it
// @expect wrong values
function convBackward(dZ: NDArray, cache: ConvCache): [NDArray, NDArray, NDArray] {
  const [APrev, W, , { stride, pad }] = cache;
  const [f, , , nC] = W.shape;
  const [m, nH, nW] = dZ.shape;
  const [, nHPrev, nWPrev] = APrev.shape;
  const P = zeroPad(APrev, pad);
  const dP = np.zerosLike(P);
  const dW = np.zerosLike(W);
  const db = np.zeros([1, 1, 1, nC]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const r = `${h * stride}:${h * stride + f}`, k = `${w * stride}:${w * stride + f}`;
    let win = np.zeros([f, f, W.shape[2]]);
    for (let c = 0; c < nC; c++) {
      const d = dZ.item(i, h, w, c);
      win = win.add(W.get(":", ":", ":", c).mul(d));
      dW.set(":", ":", ":", c, dW.get(":", ":", ":", c).add(P.get(i, r, k, ":").mul(d)));
      db.set(0, 0, 0, c, db.item(0, 0, 0, c) + d);
    }
    dP.set(i, r, k, ":", win);
  }
  return [dP.get(":", `${pad}:${pad + nHPrev}`, `${pad}:${pad + nWPrev}`, ":"), dW, db];
}

// @correct convBackward: nn-free but vectorized over the filters: one product per window
function convBackward(dZ: NDArray, cache: ConvCache): [NDArray, NDArray, NDArray] {
  const [APrev, W, , { stride, pad }] = cache;
  const [f, , nCPrev, nC] = W.shape;
  const [m, nH, nW] = dZ.shape;
  const [, nHPrev, nWPrev] = APrev.shape;
  const P = zeroPad(APrev, pad);
  const dP = np.zerosLike(P);
  const Wm = W.reshape(f * f * nCPrev, nC);
  let dWm = np.zeros([f * f * nCPrev, nC]);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) {
    const r = `${h * stride}:${h * stride + f}`, k = `${w * stride}:${w * stride + f}`;
    const d = dZ.get(i, h, w, ":").reshape(nC, 1);
    dP.set(i, r, k, ":", dP.get(i, r, k, ":").add(np.matmul(Wm, d).reshape(f, f, nCPrev)));
    dWm = dWm.add(np.matmul(P.get(i, r, k, ":").reshape(-1, 1), d.T));
  }
  const db = np.sum(dZ, { axis: [0, 1, 2] }).reshape(1, 1, 1, nC);
  return [dP.get(":", `${pad}:${pad + nHPrev}`, `${pad}:${pad + nWPrev}`, ":"), dWm.reshape(f, f, nCPrev, nC), db];
}

// @mistake poolBackward: returns an array shaped like dA
// @expect dAPrev has the shape of APrev
function poolBackward(dA: NDArray, cache: PoolCache, mode: "max" | "average" = "max"): NDArray {
  return dA.copy();
}

// @mistake poolBackward: average mode gives every input the whole dA
// @expect each of the f·f inputs gets dA / (f·f)
function poolBackward(dA: NDArray, cache: PoolCache, mode: "max" | "average" = "max"): NDArray {
  const [APrev, { f, stride }] = cache;
  const [m, nH, nW, nC] = dA.shape;
  const out = np.zerosLike(APrev);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) for (let c = 0; c < nC; c++) {
    const r = `${h * stride}:${h * stride + f}`, k = `${w * stride}:${w * stride + f}`, d = dA.item(i, h, w, c);
    const s = APrev.get(i, r, k, c);
    const add = mode === "max" ? np.equal(s, np.max(s)).astype("float64").mul(d) : np.full([f, f], d);
    out.set(i, r, k, c, out.get(i, r, k, c).add(add));
  }
  return out;
}

// @correct poolBackward: the mask built by argmax (one position per window, as ties never happen here)
function poolBackward(dA: NDArray, cache: PoolCache, mode: "max" | "average" = "max"): NDArray {
  const [APrev, { f, stride }] = cache;
  const [m, nH, nW, nC] = dA.shape;
  const out = np.zerosLike(APrev);
  for (let i = 0; i < m; i++) for (let h = 0; h < nH; h++) for (let w = 0; w < nW; w++) for (let c = 0; c < nC; c++) {
    const d = dA.item(i, h, w, c);
    if (mode === "max") {
      const k = np.argmax(APrev.get(i, `${h * stride}:${h * stride + f}`, `${w * stride}:${w * stride + f}`, c)) as number;
      const r = h * stride + Math.floor(k / f), q = w * stride + (k % f);
      out.set(i, r, q, c, out.item(i, r, q, c) + d);
    } else {
      for (let a = 0; a < f; a++) for (let bb = 0; bb < f; bb++) {
        const r = h * stride + a, q = w * stride + bb;
        out.set(i, r, q, c, out.item(i, r, q, c) + d / (f * f));
      }
    }
  }
  return out;
}

// @mistake lstmCellForward: forget and update gates swapped
// @expect the forget gate Γf (Wf) scales the OLD memory cPrev
function lstmCellForward(xt: NDArray, aPrev: NDArray, cPrev: NDArray, parameters: LstmParameters): [NDArray, NDArray, NDArray, LstmCache] {
  const p = parameters;
  const x = np.concatenate([aPrev, xt], { axis: 0 });
  const ft = nn.sigmoid(np.matmul(p.Wf, x).add(p.bf)), it = nn.sigmoid(np.matmul(p.Wi, x).add(p.bi));
  const cct = np.tanh(np.matmul(p.Wc, x).add(p.bc)), ot = nn.sigmoid(np.matmul(p.Wo, x).add(p.bo));
  const cNext = it.mul(cPrev).add(ft.mul(cct));
  const aNext = ot.mul(np.tanh(cNext));
  return [aNext, cNext, nn.rnn.softmaxColumns(np.matmul(p.Wy, aNext).add(p.by)), [aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, p]];
}

// @mistake lstmCellForward: xt stacked above aPrev
// @expect stack aPrev FIRST
function lstmCellForward(xt: NDArray, aPrev: NDArray, cPrev: NDArray, parameters: LstmParameters): [NDArray, NDArray, NDArray, LstmCache] {
  const p = parameters;
  const x = np.concatenate([xt, aPrev], { axis: 0 });
  const ft = nn.sigmoid(np.matmul(p.Wf, x).add(p.bf)), it = nn.sigmoid(np.matmul(p.Wi, x).add(p.bi));
  const cct = np.tanh(np.matmul(p.Wc, x).add(p.bc)), ot = nn.sigmoid(np.matmul(p.Wo, x).add(p.bo));
  const cNext = ft.mul(cPrev).add(it.mul(cct));
  const aNext = ot.mul(np.tanh(cNext));
  return [aNext, cNext, nn.rnn.softmaxColumns(np.matmul(p.Wy, aNext).add(p.by)), [aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, p]];
}

// @mistake lstmCellForward: output gate applied to the memory without tanh
// @expect squash the memory before the output gate
function lstmCellForward(xt: NDArray, aPrev: NDArray, cPrev: NDArray, parameters: LstmParameters): [NDArray, NDArray, NDArray, LstmCache] {
  const p = parameters;
  const x = np.concatenate([aPrev, xt], { axis: 0 });
  const ft = nn.sigmoid(np.matmul(p.Wf, x).add(p.bf)), it = nn.sigmoid(np.matmul(p.Wi, x).add(p.bi));
  const cct = np.tanh(np.matmul(p.Wc, x).add(p.bc)), ot = nn.sigmoid(np.matmul(p.Wo, x).add(p.bo));
  const cNext = ft.mul(cPrev).add(it.mul(cct));
  const aNext = ot.mul(cNext);
  return [aNext, cNext, nn.rnn.softmaxColumns(np.matmul(p.Wy, aNext).add(p.by)), [aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, p]];
}

// @mistake lstmCellForward: the candidate squashed with the sigmoid
// @expect the candidate c̃ uses tanh
function lstmCellForward(xt: NDArray, aPrev: NDArray, cPrev: NDArray, parameters: LstmParameters): [NDArray, NDArray, NDArray, LstmCache] {
  const p = parameters;
  const x = np.concatenate([aPrev, xt], { axis: 0 });
  const ft = nn.sigmoid(np.matmul(p.Wf, x).add(p.bf)), it = nn.sigmoid(np.matmul(p.Wi, x).add(p.bi));
  const cct = nn.sigmoid(np.matmul(p.Wc, x).add(p.bc)), ot = nn.sigmoid(np.matmul(p.Wo, x).add(p.bo));
  const cNext = ft.mul(cPrev).add(it.mul(cct));
  const aNext = ot.mul(np.tanh(cNext));
  return [aNext, cNext, nn.rnn.softmaxColumns(np.matmul(p.Wy, aNext).add(p.by)), [aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, p]];
}

// @correct lstmCellForward: the weights split into their aPrev and xt columns instead of stacking the inputs
function lstmCellForward(xt: NDArray, aPrev: NDArray, cPrev: NDArray, parameters: LstmParameters): [NDArray, NDArray, NDArray, LstmCache] {
  const p = parameters;
  const nA = aPrev.shape[0];
  const lin = (W: NDArray, b: NDArray) => np.matmul(W.get(":", `0:${nA}`), aPrev).add(np.matmul(W.get(":", `${nA}:`), xt)).add(b);
  const sig = (z: NDArray) => np.divide(1, np.add(1, np.exp(np.negative(z))));
  const ft = sig(lin(p.Wf, p.bf)), it = sig(lin(p.Wi, p.bi)), cct = np.tanh(lin(p.Wc, p.bc)), ot = sig(lin(p.Wo, p.bo));
  const cNext = np.add(np.multiply(ft, cPrev), np.multiply(it, cct));
  const aNext = np.multiply(ot, np.tanh(cNext));
  const z = np.matmul(p.Wy, aNext).add(p.by);
  const e = np.exp(z.sub(np.max(z, { axis: 0, keepdims: true })));
  return [aNext, cNext, e.div(np.sum(e, { axis: 0, keepdims: true })), [aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, p]];
}
