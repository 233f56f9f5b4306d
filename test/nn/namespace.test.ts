// The nn namespace as the package exports it, and the printed results its JSDoc examples promise.
import { describe, expect, it } from "vitest";
import { np, nn } from "../../src";

describe("nn namespace", () => {
  it("is exported from the package entry with its groups", () => {
    for (const name of [
      "sigmoid", "softmax", "sigmoidBackward", "L1", "L3", "binaryCrossEntropy", "Perceptron", "AdalineGD", "AdalineSGD", "standardize",
      "initializeParametersDeep", "linearForward", "linearActivationForward", "modelForward", "computeCost", "linearBackward",
      "linearActivationBackward", "modelBackward", "updateParameters", "predict", "updateParametersWithAdam", "optimizer",
      "randomMiniBatches", "dropoutForward", "batchnormForward", "accuracy", "confusionMatrix", "kFold", "crossValidate",
      "gradientCheck", "train", "Model",
    ]) expect(typeof (nn as any)[name], name).toBe("function");
    for (const name of ["initializeWithZeros", "propagate", "propagateLoops", "optimize", "predict", "model"]) expect(typeof (nn.logistic as any)[name]).toBe("function");
    for (const name of ["layerSizes", "initializeParameters", "forwardPropagation", "computeCost", "backwardPropagation", "updateParameters", "predict", "nnModel"])
      expect(typeof (nn.shallow as any)[name]).toBe("function");
    expect(nn.deep.modelForward).toBe(nn.modelForward);
    expect(typeof nn.rnn.rnnForward).toBe("function");
  });
  it("JSDoc examples print what they say", () => {
    expect(nn.sigmoid(np.array([-2, -1, 0, 1, 2])).toString()).toBe("[0.11920292 0.26894142 0.5        0.73105858 0.88079708]");
    expect(nn.tanh(np.array([-1, 0, 1])).toString()).toBe("[-0.76159416  0.          0.76159416]");
    expect(nn.reluDerivative(np.array([-1, 0, 2])).toString()).toBe("[0. 0. 1.]");
    expect(nn.leakyRelu(np.array([-10, 5]), 0.1).toString()).toBe("[-1.  5.]");
    expect(nn.leakyReluDerivative(np.array([-3, 0, 2]), 0.1).toString()).toBe("[0.1 1.  1. ]");
    expect(nn.linear(np.array([1, -2])).toString()).toBe("[ 1. -2.]");
    expect(nn.unitStep(np.array([-0.5, 0, 2])).toString()).toBe("[-1  1  1]");
    expect(nn.clipProbabilities(np.array([0, 0.5, 1])).toString()).toBe("[1.e-15 5.e-01 1.e+00]");
    expect(nn.binaryCrossEntropy(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))).toBe(0.2797765635793423);
    expect(nn.computeCost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))).toBe(0.2797765635793423);
    expect(nn.categoricalCrossEntropy(np.array([[0.2], [0.7], [0.1]]), np.array([[0], [1], [0]]))).toBeCloseTo(-Math.log(0.7), 15);
    expect(nn.mse(np.array([[1, 2, 3]]), np.array([[1, 2, 5]]))).toBeCloseTo(4 / 3, 15);
    expect(nn.sse(np.array([1, 2]), np.array([0, 0]))).toBe(2.5);
    expect(nn.relativeError(np.array([1, 2]), np.array([1, 2.000001]))).toBeCloseTo(2.236e-7, 9);
    expect(nn.confusionMatrix([0, 1, 1, 2], [0, 1, 2, 2]).tolist()).toEqual([[1, 0, 0], [0, 1, 1], [0, 0, 1]]);
    expect(nn.kFold(5, 2)).toEqual([{ train: [3, 4], test: [0, 1, 2] }, { train: [0, 1, 2], test: [3, 4] }]);
    expect(nn.stratifiedKFold([0, 0, 1, 1], 2)).toEqual([{ train: [1, 3], test: [0, 2] }, { train: [0, 2], test: [1, 3] }]);
    expect(nn.reluBackward(np.array([[1, 2]]), np.array([[-1, 3]])).toString()).toBe("[[0. 2.]]");
    expect(nn.outputToLabels(np.array([[0.2, 0.7]])).toString()).toBe("[[0. 1.]]");
    const [w, b] = nn.logistic.initializeWithZeros(2);
    expect(w.toString()).toBe("[[0.]\n [0.]]");
    expect(b).toBe(0);
    const [grads, cost] = nn.logistic.propagate(np.array([[1], [2]]), 2, np.array([[1, 2, -1], [3, 4, -3.2]]), np.array([[1, 0, 1]]));
    expect(grads.dw.toString()).toBe("[[0.99845601]\n [2.39507239]]");
    expect(grads.db).toBeCloseTo(0.001455578136784208, 15);
    expect(cost).toBeCloseTo(5.801545319394553, 14);
    const p = nn.initializeParametersDeep([5, 4, 3], { seed: 3 });
    expect(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.shape]))).toEqual({ W1: [4, 5], b1: [4, 1], W2: [3, 4], b2: [3, 1] });
    expect(nn.numericalGradient((q) => np.sum(np.square(q.W)), { W: np.array([1, 2]) }).dW.toString()).toBe("[2. 4.]");
  });
});
