import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import fx from "../fixtures/nn/activations.json";
import { A, expectClose } from "./helpers";

const Z = A(fx.Z), dA = A(fx.dA);
const names = ["sigmoid", "tanh", "relu", "leakyRelu", "softplus", "linear"] as const;

describe("activations g(z) match numpy", () => {
  for (const name of names) {
    it(name, () => {
      expectClose((nn as any)[name](Z), (fx as any)[name], 1e-10, name);
      expectClose((nn as any)[`${name}Derivative`](Z), (fx as any)[`${name}Derivative`], 1e-10, `${name}Derivative`);
    });
  }
  it("leakyRelu with slope 0.2", () => {
    expectClose(nn.leakyRelu(Z, 0.2), fx.leakyRelu02, 1e-10, "leakyRelu");
    expectClose(nn.leakyReluDerivative(Z, 0.2), fx.leakyRelu02Derivative, 1e-10, "leakyReluDerivative");
  });
  it("unitStep gives ±1 (or 0/1 with low = 0), 1 at z = 0", () => {
    expectClose(nn.unitStep(Z), fx.unitStep, 0, "unitStep");
    expectClose(nn.unitStep(Z, 0), fx.unitStep0, 0, "unitStep0");
    expect(nn.unitStep(0)).toBe(1);
    expect(nn.unitStep(-1e-300)).toBe(-1);
    expectClose(nn.unitStepDerivative(Z), { shape: fx.Z.shape, data: fx.Z.data.map(() => 0) }, 0);
  });
  it("softmax along axis 0 (default) and 1, stable for large inputs", () => {
    expectClose(nn.softmax(Z), fx.softmax0, 1e-10, "softmax axis 0");
    expectClose(nn.softmax(Z, { axis: 1 }), fx.softmax1, 1e-10, "softmax axis 1");
    expectClose(nn.softmax(Z, { axis: -1 }), fx.softmax1, 1e-10, "softmax axis -1");
    const big = nn.softmax(A(fx.big));
    expectClose(big, fx.softmaxBig0, 1e-10, "softmax of ±1000");
    expect(np.all(np.isfinite(big))).toBe(true);
    expectClose(nn.softplus(A(fx.big)), fx.softplusBig, 1e-10, "softplus of ±1000");
  });
  it("work on plain numbers", () => {
    expect(nn.sigmoid(0)).toBe(0.5);
    expect(nn.sigmoidDerivative(0)).toBe(0.25);
    expect(nn.tanhDerivative(0)).toBe(1);
    expect(nn.relu(-3)).toBe(0);
    expect(nn.reluDerivative(2)).toBe(1);
    expect(nn.leakyRelu(-10, 0.1)).toBe(-1);
    expect(nn.leakyReluDerivative(-10, 0.1)).toBe(0.1);
    expect(nn.softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(nn.softplusDerivative(0)).toBe(0.5);
    expect(nn.linear(3)).toBe(3);
    expect(nn.sigmoid(-1000)).toBe(0);
  });
  it("the 000 deck's printed sigmoid, sigmoid_derivative and row softmax", () => {
    const z = A(fx.deck.z);
    expectClose(nn.sigmoid(z), fx.deck.sigmoid);
    expectClose(nn.sigmoidDerivative(z), fx.deck.sigmoidDerivative);
    expect(nn.sigmoid(np.array([-2, -1, 0, 1, 2])).toString()).toBe(fx.deck.sigmoidStr);
    expect(nn.sigmoidDerivative(np.array([-2, -1, 0, 1, 2])).toString()).toBe(fx.deck.sigmoidDerivativeStr);
    const s = nn.softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]]), { axis: 1 });
    expectClose(s, fx.deck.softmaxRows);
    expect(s.toString()).toBe(fx.deck.softmaxRowsStr);
  });
});

describe("activation backward helpers dZ = dA * g'(Z) match numpy", () => {
  it("sigmoid, tanh, relu, leakyRelu, softplus", () => {
    expectClose(nn.sigmoidBackward(dA, Z), fx.sigmoidBackward, 1e-10, "sigmoidBackward");
    expectClose(nn.tanhBackward(dA, Z), fx.tanhBackward, 1e-10, "tanhBackward");
    expectClose(nn.reluBackward(dA, Z), fx.reluBackward, 1e-10, "reluBackward");
    expectClose(nn.leakyReluBackward(dA, Z), fx.leakyReluBackward, 1e-10, "leakyReluBackward");
    expectClose(nn.leakyReluBackward(dA, Z, 0.2), fx.leakyRelu02Backward, 1e-10, "leakyReluBackward 0.2");
    expectClose(nn.softplusBackward(dA, Z), fx.softplusBackward, 1e-10, "softplusBackward");
  });
  it("softmax along either axis", () => {
    expectClose(nn.softmaxBackward(dA, Z), fx.softmaxBackward0, 1e-10);
    expectClose(nn.softmaxBackward(dA, Z, { axis: 1 }), fx.softmaxBackward1, 1e-10);
  });
  it("the registry maps names to forward/backward pairs", () => {
    for (const name of names) {
      const g = nn.getActivation(name);
      expectClose(g.forward(Z), (fx as any)[name], 1e-10, `${name}.forward`);
      expectClose(g.backward(dA, Z), (fx as any)[`${name}Backward`], 1e-10, `${name}.backward`);
    }
    expectClose(nn.leakyReluActivation(0.2).backward(dA, Z), fx.leakyRelu02Backward);
    expect(() => nn.getActivation("swish" as any)).toThrow(/unknown activation 'swish'/);
  });
});
