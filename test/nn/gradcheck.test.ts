// Every backward function against central differences: relative error < 1e-7.
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src/np";
import { nn } from "../../src/nn";
import type { ActivationName, Grads, LossName, Parameters } from "../../src/nn";

const TOL = 1e-7;
const rs = () => new np.random.RandomState(11);

function expectPasses(J: (p: Parameters) => number, params: Parameters, grads: Grads, what: string, epsilon = 1e-6): void {
  const report = nn.gradientCheck(J, params, grads, { epsilon });
  for (const [k, err] of Object.entries(report.relativeErrors)) {
    if (!(err < TOL)) throw new Error(`${what}: relative error of ${k} is ${err} (≥ ${TOL})`);
  }
  expect(report.difference).toBeLessThan(TOL);
}

/** Z with no entries within 0.05 of 0 (the kinks of relu, leaky relu). */
function awayFromZero(Z: NDArray): NDArray {
  return np.where(np.less(np.abs(Z), 0.05), np.add(Z, 0.1), Z);
}

describe("gradient checking: the checker itself", () => {
  it("numericalGradient of Σ W² is 2W, and inputs stay unchanged", () => {
    const W = np.array([[1, -2], [0.5, 3]]);
    const g = nn.numericalGradient((p) => np.sum(np.square(p.W)), { W });
    expect(nn.relativeError(g.dW, np.multiply(2, W))).toBeLessThan(1e-9);
    expect(Array.from(W.data)).toEqual([1, -2, 0.5, 3]);
  });
  it("a wrong gradient is caught (large relative error)", () => {
    const W = np.array([[1, -2], [0.5, 3]]);
    const report = nn.gradientCheck((p) => np.sum(np.square(p.W)), { W }, { dW: np.multiply(2.01, W) });
    expect(report.relativeErrors.W).toBeGreaterThan(1e-3);
    expect(report.maxError).toBe(report.relativeErrors.W);
    expect(() => nn.gradientCheck((p) => np.sum(p.W), { W }, {})).toThrow(/no gradient dW/);
    expect(nn.relativeError(np.zeros(2), np.zeros(2))).toBe(0);
  });
});

describe("gradient checking: activation backward helpers (J = Σ dA ⊙ g(Z))", () => {
  const r = rs();
  const Z = awayFromZero(np.multiply(r.randn(3, 4), 2)), dA = r.randn(3, 4);
  const cases: [string, (Z: NDArray) => NDArray, (dA: NDArray, Z: NDArray) => NDArray][] = [
    ["sigmoid", (z) => nn.sigmoid(z), nn.sigmoidBackward],
    ["tanh", (z) => nn.tanh(z), nn.tanhBackward],
    ["relu", (z) => nn.relu(z), nn.reluBackward],
    ["leakyRelu", (z) => nn.leakyRelu(z), (d, z) => nn.leakyReluBackward(d, z)],
    ["leakyRelu 0.3", (z) => nn.leakyRelu(z, 0.3), (d, z) => nn.leakyReluBackward(d, z, 0.3)],
    ["softplus", (z) => nn.softplus(z), nn.softplusBackward],
    ["softmax axis 0", (z) => nn.softmax(z), (d, z) => nn.softmaxBackward(d, z)],
    ["softmax axis 1", (z) => nn.softmax(z, { axis: 1 }), (d, z) => nn.softmaxBackward(d, z, { axis: 1 })],
    ["linear", (z) => nn.linear(z), (d, z) => nn.getActivation("linear").backward(d, z)],
  ];
  for (const [name, g, back] of cases) {
    it(name, () => expectPasses((p) => np.sum(np.multiply(dA, g(p.Z))), { Z }, { dZ: back(dA, Z) }, name));
  }
});

describe("gradient checking: loss derivatives dA^[L] = ∂L/∂AL (J = Σ L)", () => {
  const r = rs();
  const AL = nn.sigmoid(r.randn(1, 6)), Y = np.greater(r.rand(1, 6), 0.5).astype("float64");
  const S = nn.softmax(r.randn(3, 5)), Yc = np.eye(3).get(":", [0, 2, 1, 1, 0]);
  const R = r.randn(2, 5), T = r.randn(2, 5);
  it("binary cross-entropy", () => expectPasses((p) => nn.L3(p.A, Y), { A: AL }, { dA: nn.binaryCrossEntropyGrad(AL, Y) }, "bce"));
  it("categorical cross-entropy", () =>
    expectPasses((p) => -np.sum(np.multiply(Yc, np.log(p.A))), { A: S }, { dA: nn.categoricalCrossEntropyGrad(S, Yc) }, "cce"));
  it("squared error", () => expectPasses((p) => nn.L2(p.A, T), { A: R }, { dA: nn.mseGrad(R, T) }, "mse"));
});

describe("gradient checking: layer backward functions", () => {
  const r = rs();
  const A_prev = r.randn(4, 5), W = r.randn(3, 4), b = r.randn(3, 1), dZ = r.randn(3, 5);
  const m = 5;
  it("linearBackward: dW, db are ∂J/∂W, ∂J/∂b of J = (1/m) Σ dZ ⊙ Z; dA_prev is m ∂J/∂A_prev", () => {
    const J = (p: Parameters) => np.sum(np.multiply(dZ, nn.linearForward(p.A_prev, p.W, p.b)[0])) / m;
    const [dA_prev, dW, db] = nn.linearBackward(dZ, { A_prev, W, b });
    expectPasses(J, { A_prev, W, b }, { dA_prev: np.divide(dA_prev, m), dW, db }, "linearBackward");
  });
  for (const act of ["sigmoid", "tanh", "relu", "leakyRelu", "softplus", "softmax", "linear"] as ActivationName[]) {
    it(`linearActivationBackward with ${act}`, () => {
      const dA = r.randn(3, 5);
      const J = (p: Parameters) => np.sum(np.multiply(dA, nn.linearActivationForward(p.A_prev, p.W, p.b, act)[0])) / m;
      const [, cache] = nn.linearActivationForward(A_prev, W, b, act);
      const [dA_prev, dWl, dbl] = nn.linearActivationBackward(dA, cache, act);
      expectPasses(J, { A_prev, W, b }, { dA_prev: np.divide(dA_prev, m), dW: dWl, db: dbl }, act);
    });
  }
});

describe("gradient checking: whole networks (modelBackward)", () => {
  const configs: { name: string; dims: number[]; hidden: ActivationName; output: ActivationName; loss?: LossName; lambd?: number }[] = [
    { name: "relu → sigmoid", dims: [4, 5, 3, 1], hidden: "relu", output: "sigmoid" },
    { name: "tanh → softmax", dims: [4, 5, 3], hidden: "tanh", output: "softmax" },
    { name: "sigmoid → sigmoid", dims: [3, 4, 1], hidden: "sigmoid", output: "sigmoid" },
    { name: "leakyRelu → linear (mse)", dims: [3, 4, 2], hidden: "leakyRelu", output: "linear", loss: "mse" },
    { name: "softplus → tanh (mse)", dims: [3, 4, 2], hidden: "softplus", output: "tanh", loss: "mse" },
    { name: "relu → sigmoid with L2 λ = 0.7", dims: [4, 5, 3, 1], hidden: "relu", output: "sigmoid", lambd: 0.7 },
  ];
  for (const c of configs) {
    it(c.name, () => {
      const r = rs();
      const m = 7;
      const X = r.randn(c.dims[0], m);
      const nOut = c.dims[c.dims.length - 1];
      const Y = c.loss === "mse" ? r.randn(nOut, m)
        : c.output === "softmax" ? np.eye(nOut).get(":", r.randint(0, nOut, m))
        : np.greater(r.rand(1, m), 0.5).astype("float64");
      let parameters = nn.initializeParametersDeep(c.dims, { method: "xavier", seed: r });
      parameters = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, k.startsWith("b") ? r.randn(...v.shape) : np.multiply(v, 1.5)]));
      const report = nn.gradientCheckModel(X, Y, parameters, { hidden: c.hidden, output: c.output, loss: c.loss, lambd: c.lambd, epsilon: 1e-6 });
      for (const [k, err] of Object.entries(report.relativeErrors)) if (!(err < TOL)) throw new Error(`${c.name}: ${k} relative error ${err}`);
      expect(report.maxError).toBeLessThan(TOL);
    });
  }
  it("a sigmoid output the shortcut does not recognise: dA^[L] = −(y/a − (1 − y)/(1 − a)) through σ'", () => {
    const r = rs();
    const X = r.randn(3, 6), Y = np.greater(r.rand(1, 6), 0.5).astype("float64");
    const p = nn.initializeParametersDeep([3, 4, 1], { method: "xavier", seed: 3 });
    const mySigmoid = { name: "mySigmoid", forward: (Z: NDArray) => nn.sigmoid(Z), backward: nn.sigmoidBackward };
    const report = nn.gradientCheckModel(X, Y, p, { hidden: "tanh", output: mySigmoid, epsilon: 1e-6 });
    expect(report.maxError).toBeLessThan(TOL);
    const [AL, caches] = nn.modelForward(X, p, { hidden: "tanh", output: mySigmoid });
    const viaDA = nn.modelBackward(AL, Y, caches);
    const [AL2, caches2] = nn.modelForward(X, p, { hidden: "tanh", output: "sigmoid" });
    const shortcut = nn.modelBackward(AL2, Y, caches2);
    for (const k of ["dW1", "db1", "dW2", "db2"]) expect(nn.relativeError(viaDA[k], shortcut[k])).toBeLessThan(1e-12);
  });
  it("batch-normalised hidden layers (train mode): dW, db, dgamma, dbeta", () => {
    const r = rs();
    const X = r.randn(4, 9), Y = np.eye(3).get(":", r.randint(0, 3, 9));
    let p = nn.initializeParametersDeep([4, 5, 4, 3], { method: "xavier", seed: 6, batchNorm: true });
    p = { ...p, gamma1: np.add(1, np.multiply(0.3, r.randn(5, 1))), beta2: r.randn(4, 1), b1: r.randn(5, 1) };
    const report = nn.gradientCheckModel(X, Y, p, { hidden: "tanh", output: "softmax", batchNorm: true, epsilon: 1e-6 });
    expect(Object.keys(report.relativeErrors).sort()).toEqual(["W1", "W2", "W3", "b1", "b2", "b3", "beta1", "beta2", "gamma1", "gamma2"]);
    for (const [k, err] of Object.entries(report.relativeErrors)) {
      if (k === "b1" || k === "b2") continue; // a bias before batch norm cancels out: both gradients are ~0
      if (!(err < TOL)) throw new Error(`batch norm: ${k} relative error ${err}`);
    }
  });
  it("dropout with a fixed seed (the same masks every evaluation)", () => {
    const r = rs();
    const X = r.randn(4, 6), Y = np.greater(r.rand(1, 6), 0.5).astype("float64");
    const p = nn.initializeParametersDeep([4, 5, 4, 1], { method: "xavier", seed: 2 });
    const opts = { keepProb: 0.7, seed: 5 };
    const J = (q: Parameters) => nn.computeCost(nn.modelForward(X, q, opts)[0], Y);
    const [AL, caches] = nn.modelForward(X, p, opts);
    expect(caches[0].D).toBeDefined();
    expectPasses(J, p, nn.modelBackward(AL, Y, caches), "dropout");
  });
  it("the shallow network's backwardPropagation (tanh and relu)", () => {
    const r = rs();
    const X = r.randn(2, 8), Y = np.greater(r.rand(1, 8), 0.5).astype("float64");
    const p = { W1: r.randn(4, 2), b1: r.randn(4, 1), W2: r.randn(1, 4), b2: r.randn(1, 1) };
    for (const hidden of ["tanh", "relu"] as const) {
      const J = (q: Parameters) => nn.shallow.computeCost(nn.shallow.forwardPropagation(X, q, { hidden })[0], Y);
      const [, cache] = nn.shallow.forwardPropagation(X, p, { hidden });
      expectPasses(J, p, nn.shallow.backwardPropagation(p, cache, X, Y, { hidden }), `shallow ${hidden}`);
    }
  });
  it("logistic regression's propagate and propagateLoops (dw, db)", () => {
    const r = rs();
    const X = r.randn(3, 10), Y = np.greater(r.rand(1, 10), 0.5).astype("float64"), w = r.randn(3, 1);
    for (const f of [nn.logistic.propagate, nn.logistic.propagateLoops]) {
      const J = (q: Parameters) => f(q.w, q.b.item(), X, Y)[1];
      const [grads] = f(w, 0.4, X, Y);
      expectPasses(J, { w, b: np.array(0.4) }, { dw: grads.dw, db: np.array(grads.db) }, "logistic");
    }
  });
});

describe("gradient checking: batch norm and dropout layers", () => {
  it("batchnormBackward (J = Σ dOut ⊙ out)", () => {
    const r = rs();
    const Z = np.add(np.multiply(r.randn(3, 6), 2), 1), gamma = r.randn(3, 1), beta = r.randn(3, 1), dOut = r.randn(3, 6);
    const J = (p: Parameters) => np.sum(np.multiply(dOut, nn.batchnormForward(p.Z, p.gamma, p.beta)[0]));
    const [, cache] = nn.batchnormForward(Z, gamma, beta);
    const [dZ, dgamma, dbeta] = nn.batchnormBackward(dOut, cache);
    expectPasses(J, { Z, gamma, beta }, { dZ, dgamma, dbeta }, "batchnorm");
  });
  it("dropoutBackward with a fixed mask", () => {
    const r = rs();
    const A = r.randn(3, 5), dA = r.randn(3, 5);
    const [, D] = nn.dropoutForward(A, 0.6, 4);
    const J = (p: Parameters) => np.sum(np.multiply(dA, np.divide(np.multiply(p.A, D), 0.6)));
    expectPasses(J, { A }, { dA: nn.dropoutBackward(dA, D, 0.6) }, "dropout");
  });
});
