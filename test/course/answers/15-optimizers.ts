// Answer fixtures for notebooks/15-optimizers.ipynb (format: course/README.md, "Answer fixtures").

// @mistake initializeVelocity: keys named like the parameters (W1) instead of the gradients (dW1)
// @expect name the entries after the gradients
function initializeVelocity(parameters: Params): Params {
  const v: Params = {};
  for (const [k, p] of Object.entries(parameters)) v[k] = np.zerosLike(p);
  return v;
}

// @mistake initializeVelocity: a copy of the parameters instead of zeros
// @expect the velocity starts at zero
function initializeVelocity(parameters: Params): Params {
  const v: Params = {};
  for (const [k, p] of Object.entries(parameters)) v[`d${k}`] = p.copy();
  return v;
}

// @correct initializeVelocity: over the keys, np.zeros of each shape
function initializeVelocity(parameters: Params): Params {
  const v: Params = {};
  for (const key of Object.keys(parameters)) v["d" + key] = np.zeros(parameters[key].shape);
  return v;
}

// @mistake updateParametersWithMomentum: steps along the raw gradient
// @expect step along the velocity, not the raw gradient
function updateParametersWithMomentum(parameters: Params, grads: Params, v: Params, beta: number, learningRate: number): [Params, Params] {
  const out: Params = {}, vNew: Params = {};
  for (const k of Object.keys(parameters)) {
    vNew[`d${k}`] = v[`d${k}`].mul(beta).add(grads[`d${k}`].mul(1 - beta));
    out[k] = parameters[k].sub(grads[`d${k}`].mul(learningRate));
  }
  return [out, vNew];
}

// @mistake updateParametersWithMomentum: forgot the (1 − β) on the gradient
// @expect the gradient is weighted by (1 − β)
function updateParametersWithMomentum(parameters: Params, grads: Params, v: Params, beta: number, learningRate: number): [Params, Params] {
  const out: Params = {}, vNew: Params = {};
  for (const k of Object.keys(parameters)) {
    vNew[`d${k}`] = v[`d${k}`].mul(beta).add(grads[`d${k}`]);
    out[k] = parameters[k].sub(vNew[`d${k}`].mul(learningRate));
  }
  return [out, vNew];
}

// @mistake updateParametersWithMomentum: uses the old velocity in the step
// @expect update v first
function updateParametersWithMomentum(parameters: Params, grads: Params, v: Params, beta: number, learningRate: number): [Params, Params] {
  const out: Params = {}, vNew: Params = {};
  for (const k of Object.keys(parameters)) {
    out[k] = parameters[k].sub(v[`d${k}`].mul(learningRate));
    vNew[`d${k}`] = v[`d${k}`].mul(beta).add(grads[`d${k}`].mul(1 - beta));
  }
  return [out, vNew];
}

// @correct updateParametersWithMomentum: np.add/np.multiply spelled out, updating copies in place
function updateParametersWithMomentum(parameters: Params, grads: Params, v: Params, beta: number, learningRate: number): [Params, Params] {
  const p = { ...parameters };
  const vv = { ...v };
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (let l = 1; l <= L; l++) {
    vv["dW" + l] = np.add(np.multiply(beta, v["dW" + l]), np.multiply(1 - beta, grads["dW" + l]));
    vv["db" + l] = np.add(np.multiply(beta, v["db" + l]), np.multiply(1 - beta, grads["db" + l]));
    p["W" + l] = np.subtract(p["W" + l], np.multiply(learningRate, vv["dW" + l]));
    p["b" + l] = np.subtract(p["b" + l], np.multiply(learningRate, vv["db" + l]));
  }
  return [p, vv];
}

// @mistake initializeAdam: s started at ones
// @expect s starts at zero too
function initializeAdam(parameters: Params): [Params, Params] {
  const v: Params = {}, s: Params = {};
  for (const [k, p] of Object.entries(parameters)) { v[`d${k}`] = np.zerosLike(p); s[`d${k}`] = np.onesLike(p); }
  return [v, s];
}

// @mistake initializeAdam: one object returned twice
// @expect v and s must be two separate objects
function initializeAdam(parameters: Params): [Params, Params] {
  const v: Params = {};
  for (const [k, p] of Object.entries(parameters)) v[`d${k}`] = np.zerosLike(p);
  return [v, v];
}

// @correct initializeAdam: nn's initializeVelocity twice
function initializeAdam(parameters: Params): [Params, Params] {
  return [nn.initializeVelocity(parameters), nn.initializeVelocity(parameters)];
}

// @mistake updateParametersWithAdam: no bias correction
// @expect bias correction
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const out: Params = {}, vN: Params = {}, sN: Params = {};
  for (const k of Object.keys(parameters)) {
    const d = `d${k}`;
    vN[d] = v[d].mul(beta1).add(grads[d].mul(1 - beta1));
    sN[d] = s[d].mul(beta2).add(np.square(grads[d]).mul(1 - beta2));
    out[k] = parameters[k].sub(vN[d].div(np.sqrt(sN[d]).add(epsilon)).mul(learningRate));
  }
  return [out, vN, sN];
}

// @mistake updateParametersWithAdam: correction 1 − β·t instead of 1 − β^t
// @expect β to the power t
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const out: Params = {}, vN: Params = {}, sN: Params = {};
  for (const k of Object.keys(parameters)) {
    const d = `d${k}`;
    vN[d] = v[d].mul(beta1).add(grads[d].mul(1 - beta1));
    sN[d] = s[d].mul(beta2).add(np.square(grads[d]).mul(1 - beta2));
    out[k] = parameters[k].sub(vN[d].div(1 - beta1 * t).div(np.sqrt(sN[d].div(1 - beta2 * t)).add(epsilon)).mul(learningRate));
  }
  return [out, vN, sN];
}

// @mistake updateParametersWithAdam: ε inside the square root
// @expect ε goes outside the square root
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const out: Params = {}, vN: Params = {}, sN: Params = {};
  for (const k of Object.keys(parameters)) {
    const d = `d${k}`;
    vN[d] = v[d].mul(beta1).add(grads[d].mul(1 - beta1));
    sN[d] = s[d].mul(beta2).add(np.square(grads[d]).mul(1 - beta2));
    out[k] = parameters[k].sub(vN[d].div(1 - beta1 ** t).div(np.sqrt(sN[d].div(1 - beta2 ** t).add(epsilon))).mul(learningRate));
  }
  return [out, vN, sN];
}

// @mistake updateParametersWithAdam: s averages |dW| instead of dW²
// @expect s averages the SQUARED gradients
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const out: Params = {}, vN: Params = {}, sN: Params = {};
  for (const k of Object.keys(parameters)) {
    const d = `d${k}`;
    vN[d] = v[d].mul(beta1).add(grads[d].mul(1 - beta1));
    sN[d] = s[d].mul(beta2).add(np.abs(grads[d]).mul(1 - beta2));
    out[k] = parameters[k].sub(vN[d].div(1 - beta1 ** t).div(np.sqrt(sN[d].div(1 - beta2 ** t)).add(epsilon)).mul(learningRate));
  }
  return [out, vN, sN];
}

// @mistake updateParametersWithAdam: returns the corrected averages as v and s
// @expect return the uncorrected averages
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const out: Params = {}, vC: Params = {}, sC: Params = {};
  for (const k of Object.keys(parameters)) {
    const d = `d${k}`;
    vC[d] = v[d].mul(beta1).add(grads[d].mul(1 - beta1)).div(1 - beta1 ** t);
    sC[d] = s[d].mul(beta2).add(np.square(grads[d]).mul(1 - beta2)).div(1 - beta2 ** t);
    out[k] = parameters[k].sub(vC[d].div(np.sqrt(sC[d]).add(epsilon)).mul(learningRate));
  }
  return [out, vC, sC];
}

// @correct updateParametersWithAdam: nn's reference function, unpacked
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  return nn.updateParametersWithAdam(parameters, grads, v, s, t, { learningRate, beta1, beta2, epsilon });
}

// @correct updateParametersWithAdam: np.* functions with the step written as α·v̂ / (√ŝ + ε)
function updateParametersWithAdam(parameters: Params, grads: Params, v: Params, s: Params, t: number,
  learningRate = 0.01, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8): [Params, Params, Params] {
  const p: Params = {}, vN: Params = {}, sN: Params = {};
  const L = Object.keys(parameters).length / 2;
  for (let l = 1; l <= L; l++) {
    for (const n of ["W", "b"]) {
      const g = grads[`d${n}${l}`];
      vN[`d${n}${l}`] = np.add(np.multiply(beta1, v[`d${n}${l}`]), np.multiply(1 - beta1, g));
      sN[`d${n}${l}`] = np.add(np.multiply(beta2, s[`d${n}${l}`]), np.multiply(1 - beta2, np.power(g, 2)));
      const vHat = np.divide(vN[`d${n}${l}`], 1 - Math.pow(beta1, t));
      const sHat = np.divide(sN[`d${n}${l}`], 1 - Math.pow(beta2, t));
      p[`${n}${l}`] = np.subtract(parameters[`${n}${l}`], np.divide(np.multiply(learningRate, vHat), np.add(np.sqrt(sHat), epsilon)));
    }
  }
  return [p, vN, sN];
}

// @mistake computeCostWithRegularization: forgot the 2 in λ/(2m)
// @expect the 2 in the denominator is missing
function computeCostWithRegularization(A3: NDArray, Y: NDArray, parameters: Params, lambd: number): number {
  const m = Y.shape[1];
  const sq = np.sum(np.square(parameters.W1)) + np.sum(np.square(parameters.W2)) + np.sum(np.square(parameters.W3));
  return nn.computeCost(A3, Y) + (lambd / m) * sq;
}

// @mistake computeCostWithRegularization: penalizes the biases too
// @expect only the weights W[l] are penalized
function computeCostWithRegularization(A3: NDArray, Y: NDArray, parameters: Params, lambd: number): number {
  const m = Y.shape[1];
  let sq = 0;
  for (const k of Object.keys(parameters)) sq += np.sum(np.square(parameters[k]));
  return nn.computeCost(A3, Y) + (lambd / (2 * m)) * sq;
}

// @mistake computeCostWithRegularization: forgot to divide by m
// @expect divide the penalty by m too
function computeCostWithRegularization(A3: NDArray, Y: NDArray, parameters: Params, lambd: number): number {
  const sq = np.sum(np.square(parameters.W1)) + np.sum(np.square(parameters.W2)) + np.sum(np.square(parameters.W3));
  return nn.computeCost(A3, Y) + (lambd / 2) * sq;
}

// @correct computeCostWithRegularization: the cross-entropy by hand and the norms with np.linalg.norm
function computeCostWithRegularization(A3: NDArray, Y: NDArray, parameters: Params, lambd: number): number {
  const m = Y.shape[1];
  const logprobs = np.add(np.multiply(Y, np.log(A3)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A3))));
  const crossEntropy = -np.sum(logprobs) / m;
  const norms = [parameters.W1, parameters.W2, parameters.W3].map((W) => np.linalg.norm(W) ** 2);
  return crossEntropy + (lambd / (2 * m)) * norms.reduce((a, b) => a + b, 0);
}

// @mistake dropoutForward: no division by keepProb
// @expect divide by keepProb after masking
function dropoutForward(A: NDArray, keepProb: number): [NDArray, NDArray] {
  const D = np.random.rand(...A.shape).less(keepProb).astype("float64");
  return [A.mul(D), D];
}

// @mistake dropoutForward: keeps the units where rand > keepProb
// @expect keep a unit where rand < keepProb
function dropoutForward(A: NDArray, keepProb: number): [NDArray, NDArray] {
  const D = np.random.rand(...A.shape).greater(keepProb).astype("float64");
  return [A.mul(D).div(keepProb), D];
}

// @mistake dropoutForward: multiplies by keepProb instead of dividing
// @expect divide by keepProb, don't multiply
function dropoutForward(A: NDArray, keepProb: number): [NDArray, NDArray] {
  const D = np.random.rand(...A.shape).less(keepProb).astype("float64");
  return [A.mul(D).mul(keepProb), D];
}

// @correct dropoutForward: a boolean mask and np.where
function dropoutForward(A: NDArray, keepProb: number): [NDArray, NDArray] {
  const keep = np.less(np.random.rand(...A.shape), keepProb);
  return [np.where(keep, np.divide(A, keepProb), 0), keep];
}

// @mistake batchnormForward: mean and variance over the units (axis 0) instead of the examples
// @expect mean and variance along axis 1
function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, eps = 1e-5): [NDArray, BnCache] {
  const mu = np.mean(Z, { axis: 0, keepdims: true });
  const v = np.var(Z, { axis: 0, keepdims: true });
  const Zhat = Z.sub(mu).div(np.sqrt(v.add(eps)));
  return [gamma.mul(Zhat).add(beta), { Zhat, gamma, mu, var: v, eps }];
}

// @mistake batchnormForward: the unbiased variance
// @expect not the unbiased one (ddof: 1)
function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, eps = 1e-5): [NDArray, BnCache] {
  const mu = np.mean(Z, { axis: 1, keepdims: true });
  const v = np.var(Z, { axis: 1, keepdims: true, ddof: 1 });
  const Zhat = Z.sub(mu).div(np.sqrt(v.add(eps)));
  return [gamma.mul(Zhat).add(beta), { Zhat, gamma, mu, var: v, eps }];
}

// @mistake batchnormForward: divides by the variance instead of the standard deviation
// @expect divide by the standard deviation
function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, eps = 1e-5): [NDArray, BnCache] {
  const mu = np.mean(Z, { axis: 1, keepdims: true });
  const v = np.var(Z, { axis: 1, keepdims: true });
  const Zhat = Z.sub(mu).div(v.add(eps));
  return [gamma.mul(Zhat).add(beta), { Zhat, gamma, mu, var: v, eps }];
}

// @mistake batchnormForward: forgot γ and β
// @expect scale and shift the normalized values
function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, eps = 1e-5): [NDArray, BnCache] {
  const mu = np.mean(Z, { axis: 1, keepdims: true });
  const v = np.var(Z, { axis: 1, keepdims: true });
  const Zhat = Z.sub(mu).div(np.sqrt(v.add(eps)));
  return [Zhat, { Zhat, gamma, mu, var: v, eps }];
}

// @correct batchnormForward: the variance as the mean of squared deviations, written out
function batchnormForward(Z: NDArray, gamma: NDArray, beta: NDArray, eps = 1e-5): [NDArray, BnCache] {
  const m = Z.shape[1];
  const mu = np.sum(Z, { axis: 1, keepdims: true }).div(m);
  const centred = np.subtract(Z, mu);
  const v = np.sum(np.square(centred), { axis: 1, keepdims: true }).div(m);
  const Zhat = np.divide(centred, np.sqrt(np.add(v, eps)));
  return [np.add(np.multiply(gamma, Zhat), beta), { Zhat, gamma, mu, var: v, eps }];
}

// @mistake batchnormBackward: treats μ and σ² as constants
// @expect dZ needs the two correction terms
function batchnormBackward(dOut: NDArray, cache: BnCache): [NDArray, NDArray, NDArray] {
  const { Zhat, gamma, eps } = cache;
  const dZ = gamma.mul(dOut).div(np.sqrt(cache.var.add(eps)));
  return [dZ, np.sum(dOut.mul(Zhat), { axis: 1, keepdims: true }), np.sum(dOut, { axis: 1, keepdims: true })];
}

// @mistake batchnormBackward: dγ without the normalized values
// @expect dγ = Σ dOut ∗ Ẑ
function batchnormBackward(dOut: NDArray, cache: BnCache): [NDArray, NDArray, NDArray] {
  const [dZ, , dbeta] = nn.batchnormBackward(dOut, { Zhat: cache.Zhat, gamma: cache.gamma, invStd: np.divide(1, np.sqrt(cache.var.add(cache.eps))), mu: cache.mu, var: cache.var });
  return [dZ, np.sum(dOut, { axis: 1, keepdims: true }), dbeta];
}

// @mistake batchnormBackward: dβ and dγ summed over the units (axis 0)
// @expect sum over the examples, axis 1
function batchnormBackward(dOut: NDArray, cache: BnCache): [NDArray, NDArray, NDArray] {
  const [dZ] = nn.batchnormBackward(dOut, { Zhat: cache.Zhat, gamma: cache.gamma, invStd: np.divide(1, np.sqrt(cache.var.add(cache.eps))), mu: cache.mu, var: cache.var });
  return [dZ, np.sum(dOut.mul(cache.Zhat), { axis: 0, keepdims: true }), np.sum(dOut, { axis: 0, keepdims: true })];
}

// @correct batchnormBackward: the chain rule step by step, through σ² and μ (the computational graph)
function batchnormBackward(dOut: NDArray, cache: BnCache): [NDArray, NDArray, NDArray] {
  const { Zhat, gamma, mu, eps } = cache;
  const m = Zhat.shape[1];
  const std = np.sqrt(cache.var.add(eps));
  const Z = Zhat.mul(std).add(mu);
  const dZhat = dOut.mul(gamma);
  const dvar = np.sum(dZhat.mul(Z.sub(mu)), { axis: 1, keepdims: true }).mul(-0.5).mul(np.power(std, -3));
  const dmu = np.sum(dZhat.mul(-1).div(std), { axis: 1, keepdims: true }).add(dvar.mul(np.sum(Z.sub(mu).mul(-2), { axis: 1, keepdims: true })).div(m));
  const dZ = dZhat.div(std).add(dvar.mul(Z.sub(mu)).mul(2 / m)).add(dmu.div(m));
  return [dZ, np.sum(dOut.mul(Zhat), { axis: 1, keepdims: true }), np.sum(dOut, { axis: 1, keepdims: true })];
}
