// The public nn namespace: the lectures' algorithms as building blocks.
import * as activations from "./activations";
import * as activationBackward from "./activation_backward";
import * as losses from "./losses";
import { Perceptron } from "./perceptron";
import { AdalineGD, AdalineSGD } from "./adaline";
import { standardize } from "./standardize";
import * as logistic from "./logistic";
import * as shallow from "./shallow";
import { initializeParametersDeep, numLayers } from "./deep/init";
import { linearForward, linearActivationForward, modelForward, layerActivations } from "./deep/forward";
import { computeCost, computeCostWithRegularization, defaultLoss } from "./deep/cost";
import { linearBackward, linearActivationBackward, modelBackward } from "./deep/backward";
import { updateParameters } from "./deep/update";
import { predict, outputToLabels } from "./deep/predict";
import * as optimizers from "./optimizers";
import { miniBatches, randomMiniBatches } from "./minibatch";
import { dropoutForward, dropoutBackward, l2RegularizationCost } from "./regularization";
import { batchnormForward, batchnormBackward } from "./batchnorm";
import { accuracy, perClassAccuracy, confusionMatrix, toLabels } from "./metrics";
import { trainTestSplit, kFold, stratifiedKFold, leaveOneOut, crossValidate } from "./validation";
import { numericalGradient, relativeError, gradientCheck, gradientCheckModel } from "./gradcheck";
import { train } from "./training";
import { Model } from "./model";
import { randomState } from "../np";
import * as rnn from "./rnn";

/** The deep network's step-by-step functions (also available directly on `nn`). */
const deep = {
  initializeParametersDeep, numLayers, linearForward, linearActivationForward, modelForward, layerActivations,
  computeCost, computeCostWithRegularization, defaultLoss, linearBackward, linearActivationBackward, modelBackward,
  updateParameters, predict, outputToLabels,
};

/**
 * Neural networks as in the lectures, X of shape (n_x, m) with one example per column:
 * activations and their derivatives, losses, the perceptron and Adaline, logistic regression
 * (`nn.logistic`), the shallow network (`nn.shallow`), the deep L-layer network step by step
 * (`nn.linearForward`, ..., `nn.modelBackward`, also grouped as `nn.deep`), optimizers, mini-batches,
 * regularisation, batch normalisation, evaluation, cross-validation, gradient checking, a compact
 * `nn.Model`, and recurrent networks (`nn.rnn`).
 *
 * @example
 * nn.sigmoid(np.array([-2, -1, 0, 1, 2])) // → array([0.11920292, 0.26894142, 0.5       , 0.73105858, 0.88079708])
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]); // X (n_x, m): one example per column
 * const parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const [AL, caches] = nn.modelForward(X, parameters);
 * np.round(AL, 4) // → array([[0.9269, 0.5   , 0.9994]])
 * const grads = nn.modelBackward(AL, Y, caches);
 * const model = new nn.Model([2, 3, 1], { seed: 1 }); // the same network, trained by fit
 * model.fit(X, Y, { epochs: 10, learningRate: 0.1 });
 * model.predict(X) // → array([[1., 0., 1.]])
 */
export const nn = {
  ...activations,
  ...activationBackward,
  ...losses,
  Perceptron, AdalineGD, AdalineSGD, standardize,
  logistic,
  shallow,
  deep,
  ...deep,
  ...optimizers,
  miniBatches, randomMiniBatches,
  dropoutForward, dropoutBackward, l2RegularizationCost,
  batchnormForward, batchnormBackward,
  accuracy, perClassAccuracy, confusionMatrix, toLabels,
  trainTestSplit, kFold, stratifiedKFold, leaveOneOut, crossValidate,
  numericalGradient, relativeError, gradientCheck, gradientCheckModel,
  train, Model,
  randomState,
  rnn,
};

export type { Parameters, Grads } from "./types";
export type { RandomLike } from "../np";
export type { Activation, ActivationName } from "./activation_backward";
export type { Loss, LossName } from "./losses";
export type { PerceptronOptions } from "./perceptron";
export type { AdalineOptions, AdalineSGDOptions } from "./adaline";
export type { Standardized } from "./standardize";
export type { LogisticGrads, LogisticOptions, LogisticModel } from "./logistic";
export type { ShallowCache, ShallowOptions, NnModelOptions } from "./shallow";
export type { InitMethod, InitOptions } from "./deep/init";
export type { LinearCache, LayerCache, ForwardOptions } from "./deep/forward";
export type { BackwardOptions } from "./deep/backward";
export type { Optimizer, OptimizerName, OptimizerOptions, OptimizerState, AdamOptions, RmspropOptions } from "./optimizers";
export type { MiniBatch } from "./minibatch";
export type { BatchNormCache, BatchNormOptions, BatchNormRunning } from "./batchnorm";
export type { Fold, KFoldOptions, TrainTestSplitOptions, FoldData, CrossValidateOptions, CrossValidation } from "./validation";
export type { GradientCheckReport } from "./gradcheck";
export type { EpochInfo, TrainOptions } from "./training";
export type { ModelOptions, FitOptions } from "./model";
export { Perceptron, AdalineGD, AdalineSGD, Model };
