// Answer fixtures for notebooks/14-rnn-bptt.ipynb (format: course/README.md, "Answer fixtures").

// @mistake rnnCellForward: forgot the bias ba inside the tanh
// @expect add the bias ba inside the tanh
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const { Wax, Waa, Wya, by } = parameters;
  const aNext = np.tanh(np.matmul(Waa, aPrev).add(np.matmul(Wax, xt)));
  const ytPred = nn.rnn.softmaxColumns(np.matmul(Wya, aNext).add(by));
  return [aNext, ytPred, [aNext, aPrev, xt, parameters]];
}

// @mistake rnnCellForward: the sigmoid instead of tanh for the hidden state
// @expect the hidden state uses tanh
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const { Wax, Waa, Wya, ba, by } = parameters;
  const aNext = nn.sigmoid(np.matmul(Waa, aPrev).add(np.matmul(Wax, xt)).add(ba));
  const ytPred = nn.rnn.softmaxColumns(np.matmul(Wya, aNext).add(by));
  return [aNext, ytPred, [aNext, aPrev, xt, parameters]];
}

// @mistake rnnCellForward: softmax normalised over the examples (axis 1) instead of the classes
// @expect sums over axis 0, not axis 1
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const { Wax, Waa, Wya, ba, by } = parameters;
  const aNext = np.tanh(np.matmul(Waa, aPrev).add(np.matmul(Wax, xt)).add(ba));
  const e = np.exp(np.matmul(Wya, aNext).add(by));
  const ytPred = e.div(np.sum(e, { axis: 1, keepdims: true }));
  return [aNext, ytPred, [aNext, aPrev, xt, parameters]];
}

// @mistake rnnCellForward: the prediction read off the previous state
// @expect reads the NEW state
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const { Wax, Waa, Wya, ba, by } = parameters;
  const aNext = np.tanh(np.matmul(Waa, aPrev).add(np.matmul(Wax, xt)).add(ba));
  const ytPred = nn.rnn.softmaxColumns(np.matmul(Wya, aPrev).add(by));
  return [aNext, ytPred, [aNext, aPrev, xt, parameters]];
}

// @mistake rnnCellForward: the cache in another order
// @expect the cache must be [aNext, aPrev, xt, parameters]
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const { Wax, Waa, Wya, ba, by } = parameters;
  const aNext = np.tanh(np.matmul(Waa, aPrev).add(np.matmul(Wax, xt)).add(ba));
  const ytPred = nn.rnn.softmaxColumns(np.matmul(Wya, aNext).add(by));
  return [aNext, ytPred, [aPrev, aNext, xt, parameters]];
}

// @correct rnnCellForward: np.dot and a hand-written softmax (exp of z minus the column maximum)
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const aNext = np.tanh(np.dot(parameters.Wax, xt).add(np.dot(parameters.Waa, aPrev)).add(parameters.ba));
  const z = np.dot(parameters.Wya, aNext).add(parameters.by);
  const e = np.exp(z.sub(np.max(z, { axis: 0, keepdims: true })));
  const ytPred = e.div(np.sum(e, { axis: 0, keepdims: true }));
  const cache: RnnCache = [aNext, aPrev, xt, parameters];
  return [aNext, ytPred, cache];
}

// @correct rnnCellForward: one stacked product [Waa Wax] · [aPrev; xt], as some texts write it
function rnnCellForward(xt: NDArray, aPrev: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache] {
  const W = np.concatenate([parameters.Waa, parameters.Wax], { axis: 1 });
  const stacked = np.concatenate([aPrev, xt], { axis: 0 });
  const aNext = np.tanh(np.matmul(W, stacked).add(parameters.ba));
  const ytPred = nn.softmax(np.matmul(parameters.Wya, aNext).add(parameters.by));
  return [aNext, ytPred, [aNext, aPrev, xt, parameters]];
}

// @mistake rnnForward: every step starts again from a0
// @expect feed each step's new state into the next step
function rnnForward(x: NDArray, a0: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache[]] {
  const [, m, Tx] = x.shape;
  const a = np.zeros([parameters.Waa.shape[0], m, Tx]);
  const yPred = np.zeros([parameters.Wya.shape[0], m, Tx]);
  const caches: RnnCache[] = [];
  for (let t = 0; t < Tx; t++) {
    const [aT, yT, cache] = rnnCellForward(x.get(":", ":", t), a0, parameters);
    a.set(":", ":", t, aT);
    yPred.set(":", ":", t, yT);
    caches.push(cache);
  }
  return [a, yPred, caches];
}

// @mistake rnnForward: stores the state each step started from instead of the new one
// @expect holds the state AFTER step t
function rnnForward(x: NDArray, a0: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache[]] {
  const [, m, Tx] = x.shape;
  const a = np.zeros([parameters.Waa.shape[0], m, Tx]);
  const yPred = np.zeros([parameters.Wya.shape[0], m, Tx]);
  const caches: RnnCache[] = [];
  let aPrev = a0;
  for (let t = 0; t < Tx; t++) {
    const [aT, yT, cache] = rnnCellForward(x.get(":", ":", t), aPrev, parameters);
    a.set(":", ":", t, aPrev);
    yPred.set(":", ":", t, yT);
    caches.push(cache);
    aPrev = aT;
  }
  return [a, yPred, caches];
}

// @correct rnnForward: collects the steps in lists and stacks them along a new last axis
function rnnForward(x: NDArray, a0: NDArray, parameters: RnnParameters): [NDArray, NDArray, RnnCache[]] {
  const states: NDArray[] = [];
  const preds: NDArray[] = [];
  const caches: RnnCache[] = [];
  let a = a0;
  for (let t = 0; t < x.shape[2]; t++) {
    const [aNext, yt, cache] = rnnCellForward(x.get(":", ":", t), a, parameters);
    states.push(aNext);
    preds.push(yt);
    caches.push(cache);
    a = aNext;
  }
  return [np.stack(states, { axis: 2 }), np.stack(preds, { axis: 2 }), caches];
}

// @mistake rnnCellBackward: tanh's derivative written 1 − a instead of 1 − a²
// @expect square aNext
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [aNext, aPrev, xt, parameters] = cache;
  const dtanh = np.subtract(1, aNext).mul(daNext);
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh), daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T), dWaa: np.matmul(dtanh, aPrev.T), dba: np.sum(dtanh, { axis: 1, keepdims: true }),
  };
}

// @mistake rnnCellBackward: forgot tanh's derivative altogether
// @expect multiply daNext by tanh's derivative first
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [, aPrev, xt, parameters] = cache;
  const dtanh = daNext;
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh), daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T), dWaa: np.matmul(dtanh, aPrev.T), dba: np.sum(dtanh, { axis: 1, keepdims: true }),
  };
}

// @mistake rnnCellBackward: tanh's derivative taken at aPrev
// @expect taken at this step's output aNext
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [, aPrev, xt, parameters] = cache;
  const dtanh = np.subtract(1, np.square(aPrev)).mul(daNext);
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh), daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T), dWaa: np.matmul(dtanh, aPrev.T), dba: np.sum(dtanh, { axis: 1, keepdims: true }),
  };
}

// @mistake rnnCellBackward: dba summed without keepdims
// @expect keepdims
// @expect keep dba's shape (n_a, 1)
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [aNext, aPrev, xt, parameters] = cache;
  const dtanh = np.subtract(1, np.square(aNext)).mul(daNext);
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh), daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T), dWaa: np.matmul(dtanh, aPrev.T), dba: np.sum(dtanh, { axis: 1 }),
  };
}

// @mistake rnnCellBackward: dba summed over the units (axis 0) instead of the examples
// @expect axis 1, not axis 0
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [aNext, aPrev, xt, parameters] = cache;
  const dtanh = np.subtract(1, np.square(aNext)).mul(daNext);
  return {
    dxt: np.matmul(parameters.Wax.T, dtanh), daPrev: np.matmul(parameters.Waa.T, dtanh),
    dWax: np.matmul(dtanh, xt.T), dWaa: np.matmul(dtanh, aPrev.T), dba: np.sum(dtanh, { axis: 0, keepdims: true }),
  };
}

// @correct rnnCellBackward: recomputes tanh from the pre-activation and sums dba with a product by ones
function rnnCellBackward(daNext: NDArray, cache: RnnCache): RnnCellGrads {
  const [, aPrev, xt, p] = cache;
  const u = np.matmul(p.Waa, aPrev).add(np.matmul(p.Wax, xt)).add(p.ba);
  const th = np.tanh(u);
  const dtanh = np.multiply(daNext, np.subtract(1, np.multiply(th, th)));
  const m = daNext.shape[1];
  return {
    dxt: np.dot(p.Wax.T, dtanh),
    daPrev: np.dot(p.Waa.T, dtanh),
    dWax: np.dot(dtanh, xt.T),
    dWaa: np.dot(dtanh, aPrev.T),
    dba: np.dot(dtanh, np.ones([m, 1])),
  };
}

// @mistake rnnBackward: each step gets only its own da, nothing carried back from later steps
// @expect PLUS the daPrev that came back from step t + 1
function rnnBackward(da: NDArray, caches: RnnCache[]): RnnGrads {
  const [nA, m, Tx] = da.shape;
  const p = caches[0][3];
  const dx = np.zeros([caches[0][2].shape[0], m, Tx]);
  let dWax = np.zerosLike(p.Wax), dWaa = np.zerosLike(p.Waa), dba = np.zerosLike(p.ba);
  let daPrev = np.zeros([nA, m]);
  for (let t = Tx - 1; t >= 0; t--) {
    const g = rnnCellBackward(da.get(":", ":", t), caches[t]);
    dx.set(":", ":", t, g.dxt);
    dWax = dWax.add(g.dWax); dWaa = dWaa.add(g.dWaa); dba = dba.add(g.dba);
    daPrev = g.daPrev;
  }
  return { dx, da0: daPrev, dWax, dWaa, dba };
}

// @mistake rnnBackward: walks forward in time, t = 0 … T_x − 1
// @expect walk backward in time
function rnnBackward(da: NDArray, caches: RnnCache[]): RnnGrads {
  const [nA, m, Tx] = da.shape;
  const p = caches[0][3];
  const dx = np.zeros([caches[0][2].shape[0], m, Tx]);
  let dWax = np.zerosLike(p.Wax), dWaa = np.zerosLike(p.Waa), dba = np.zerosLike(p.ba);
  let daPrev = np.zeros([nA, m]);
  for (let t = 0; t < Tx; t++) {
    const g = rnnCellBackward(da.get(":", ":", t).add(daPrev), caches[t]);
    dx.set(":", ":", t, g.dxt);
    dWax = dWax.add(g.dWax); dWaa = dWaa.add(g.dWaa); dba = dba.add(g.dba);
    daPrev = g.daPrev;
  }
  return { dx, da0: daPrev, dWax, dWaa, dba };
}

// @mistake rnnBackward: keeps the last step's parameter gradients instead of adding them up
// @expect add up the parameter gradients of every step
function rnnBackward(da: NDArray, caches: RnnCache[]): RnnGrads {
  const [nA, m, Tx] = da.shape;
  const p = caches[0][3];
  const dx = np.zeros([caches[0][2].shape[0], m, Tx]);
  let dWax = np.zerosLike(p.Wax), dWaa = np.zerosLike(p.Waa), dba = np.zerosLike(p.ba);
  let daPrev = np.zeros([nA, m]);
  for (let t = Tx - 1; t >= 0; t--) {
    const g = rnnCellBackward(da.get(":", ":", t).add(daPrev), caches[t]);
    dx.set(":", ":", t, g.dxt);
    dWax = g.dWax; dWaa = g.dWaa; dba = g.dba;
    daPrev = g.daPrev;
  }
  return { dx, da0: daPrev, dWax, dWaa, dba };
}

// @correct rnnBackward: recursion from the last step, gradients gathered in lists and summed at the end
function rnnBackward(da: NDArray, caches: RnnCache[]): RnnGrads {
  const Tx = caches.length;
  const steps: RnnCellGrads[] = new Array(Tx);
  const back = (t: number, carry: NDArray): NDArray => {
    if (t < 0) return carry;
    steps[t] = rnnCellBackward(da.get(":", ":", t).add(carry), caches[t]);
    return back(t - 1, steps[t].daPrev);
  };
  const da0 = back(Tx - 1, np.zerosLike(caches[0][1]));
  const total = (k: "dWax" | "dWaa" | "dba") => steps.map((s) => s[k]).reduce((acc, g) => acc.add(g));
  return { dx: np.stack(steps.map((s) => s.dxt), { axis: 2 }), da0, dWax: total("dWax"), dWaa: total("dWaa"), dba: total("dba") };
}

// @mistake clip: clipped to [0, maxValue], losing the sign
// @expect negative gradients must stay negative
function clip(gradients: Record<string, NDArray>, maxValue: number): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const k of Object.keys(gradients)) out[k] = np.clip(gradients[k], 0, maxValue);
  return out;
}

// @mistake clip: only the upper bound
// @expect clip on both sides
function clip(gradients: Record<string, NDArray>, maxValue: number): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const k of Object.keys(gradients)) out[k] = np.minimum(gradients[k], maxValue);
  return out;
}

// @mistake clip: clips the recurrent gradients only, forgetting dWya and dby
// @expect dWya
function clip(gradients: Record<string, NDArray>, maxValue: number): Record<string, NDArray> {
  const { dWax, dWaa, dba, dWya, dby } = gradients;
  const c = (g: NDArray) => np.clip(g, -maxValue, maxValue);
  return { dWax: c(dWax), dWaa: c(dWaa), dba: c(dba), dWya, dby };
}

// @correct clip: in place, with np.minimum and np.maximum, key by key
function clip(gradients: Record<string, NDArray>, maxValue: number): Record<string, NDArray> {
  for (const key of ["dWax", "dWaa", "dba", "dWya", "dby"]) {
    gradients[key] = np.minimum(np.maximum(gradients[key], -maxValue), maxValue);
  }
  return gradients;
}

// @correct clip: entry by entry with Math.max / Math.min
function clip(gradients: Record<string, NDArray>, maxValue: number): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const [key, g] of Object.entries(gradients)) {
    const c = g.copy();
    const flat = c.reshape(-1);
    for (let i = 0; i < flat.size; i++) flat.set(i, Math.min(maxValue, Math.max(-maxValue, flat.item(i))));
    out[key] = flat.reshape(g.shape);
  }
  return out;
}
