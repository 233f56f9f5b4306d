import { describe, expect, it } from "vitest";
import { np } from "../../src/np";
import { nn } from "../../src/nn";
import type { Parameters } from "../../src/nn";
import fx from "../fixtures/nn/optimizers.json";
import { dict, expectDictClose } from "./helpers";

const p0 = dict(fx.parameters), grads = fx.grads.map(dict), lr = fx.learningRate;

describe("optimizers match numpy over three steps", () => {
  it("gradient descent", () => {
    expectDictClose(nn.updateParametersWithGd(p0, grads[0], lr), fx.gd[0]);
    expectDictClose(nn.optimizer("gd", { learningRate: lr }).step(p0, grads[0]), fx.gd[0]);
  });
  it("momentum (β = 0.9)", () => {
    let p = p0, v = nn.initializeVelocity(p0);
    expect(Object.keys(v).sort()).toEqual(["dW1", "dW2", "db1", "db2"]);
    grads.forEach((g, t) => {
      [p, v] = nn.updateParametersWithMomentum(p, g, v, 0.9, lr);
      expectDictClose(p, fx.momentum[t].parameters, 1e-10, `step ${t + 1} parameters`);
      expectDictClose(v, fx.momentum[t].v, 1e-10, `step ${t + 1} v`);
    });
  });
  it("RMSprop (β = 0.9, ε = 1e-8)", () => {
    let p = p0, s = nn.initializeVelocity(p0);
    grads.forEach((g, t) => {
      [p, s] = nn.updateParametersWithRmsprop(p, g, s, { learningRate: lr });
      expectDictClose(p, fx.rmsprop[t].parameters, 1e-10, `step ${t + 1} parameters`);
      expectDictClose(s, fx.rmsprop[t].s, 1e-10, `step ${t + 1} s`);
    });
  });
  it("Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8) with bias correction", () => {
    let p = p0;
    let [v, s] = nn.initializeAdam(p0);
    grads.forEach((g, i) => {
      [p, v, s] = nn.updateParametersWithAdam(p, g, v, s, i + 1, { learningRate: lr });
      expectDictClose(p, fx.adam[i].parameters, 1e-10, `step ${i + 1} parameters`);
      expectDictClose(v, fx.adam[i].v, 1e-10, `step ${i + 1} v`);
      expectDictClose(s, fx.adam[i].s, 1e-10, `step ${i + 1} s`);
    });
  });
  it("the stateful optimizer objects keep v, s and t between steps", () => {
    for (const [name, expected] of [["momentum", fx.momentum], ["rmsprop", fx.rmsprop], ["adam", fx.adam]] as const) {
      const opt = nn.optimizer(name, { learningRate: lr });
      let p: Parameters = p0;
      grads.forEach((g, t) => {
        p = opt.step(p, g);
        expectDictClose(p, expected[t].parameters, 1e-10, `${name} step ${t + 1}`);
      });
    }
    expect(() => nn.optimizer("adagrad" as any)).toThrow(/unknown optimizer/);
    expect(np.sum(np.abs(p0.W1))).toBeGreaterThan(0);
  });
});
