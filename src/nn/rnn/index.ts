// nn.rnn: a vanilla recurrent network in the course's notation, with BPTT, RTRL, truncated BPTT,
// gradient clipping, the gradient-norm-through-time demonstration and a character-level model.
export type { RnnParameters, RnnOutput, RnnOptions, RnnCellCache, RnnCellGradients, RnnParamGradients, RnnGradients } from "./types";
export { softmaxColumns } from "./softmax";
export { rnnCellForward, rnnCellBackward } from "./cell";
export type { RnnCellForward } from "./cell";
export { rnnForward } from "./forward";
export type { RnnForward } from "./forward";
export { rnnLoss, rnnOutputBackward, LOG_EPS } from "./loss";
export type { RnnOutputGradients } from "./loss";
export { rnnBackward } from "./backward";
export type { RnnBackward } from "./backward";
export { bptt } from "./bptt";
export type { BpttResult } from "./bptt";
export { rtrl } from "./rtrl";
export type { RtrlResult } from "./rtrl";
export { truncatedBptt } from "./truncated";
export type { TruncatedBpttResult } from "./truncated";
export { clipByValue, clipByGlobalNorm, globalNorm } from "./clip";
export type { GradientDict } from "./clip";
export { gradientNormsThroughTime } from "./through_time";
export { initializeRnnParameters, updateRnnParameters } from "./init";
export type { RnnInitOptions, RandomState } from "./init";
export { charVocabulary, oneHotSequence, sample } from "./char";
export type { CharVocabulary, SampleOptions } from "./char";
export { optimize, trainCharRnn } from "./train";
export type { OptimizeOptions, OptimizeResult, TrainCharOptions, TrainCharResult } from "./train";
