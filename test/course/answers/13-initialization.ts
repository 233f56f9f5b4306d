// Answer fixtures of notebooks/13-initialization.ipynb: mistakes students make, which the test cells
// must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake initializeParametersZeros: W of shape (n[l-1], n[l])
// @expect not (n[l-1], n[l])
function initializeParametersZeros(layersDims: number[]): Record<string, NDArray> {
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.zeros([layersDims[l - 1], layersDims[l]]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersZeros: the loop stops before the last layer
// @expect the loop must include the last layer
function initializeParametersZeros(layersDims: number[]): Record<string, NDArray> {
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length - 1; l++) {
    p[`W${l}`] = np.zeros([layersDims[l], layersDims[l - 1]]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersZeros: b as a vector (n[l],)
// @expect A dimension of size 1 is missing
function initializeParametersZeros(layersDims: number[]): Record<string, NDArray> {
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.zeros([layersDims[l], layersDims[l - 1]]);
    p[`b${l}`] = np.zeros([layersDims[l]]);
  }
  return p;
}

// @correct initializeParametersZeros: nn's reference with method "zeros"
function initializeParametersZeros(layersDims: number[]): Record<string, NDArray> {
  return nn.initializeParametersDeep(layersDims, { method: "zeros" });
}

// @mistake initializeParametersRandom: W drawn as (n[l-1], n[l])
// @expect W[l] has shape (n[l], n[l-1])
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l - 1], layersDims[l]).mul(0.01);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersRandom: the factor 0.01 forgotten
// @expect multiply the draws by 0.01
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersRandom: random biases too
// @expect the biases start at zero
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(0.01);
    p[`b${l}`] = np.random.randn(layersDims[l], 1).mul(0.01);
  }
  return p;
}

// @mistake initializeParametersRandom: no np.random.seed(3)
// @expect call np.random.seed(3) once at the start
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(0.01);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @correct initializeParametersRandom: nn's reference, seed 3, the lecture's scale
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  return nn.initializeParametersDeep(layersDims, { method: "random", scale: 0.01, seed: 3 });
}

// @correct initializeParametersRandom: np.random.normal(0, 0.01, shape) draws the same numbers
function initializeParametersRandom(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.normal(0, 0.01, [layersDims[l], layersDims[l - 1]]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersXavier: the factor from n[l] instead of n[l-1]
// @expect number of INPUTS of the layer
function initializeParametersXavier(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(Math.sqrt(1 / layersDims[l]));
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersXavier: He's factor
// @expect that is He's factor
function initializeParametersXavier(layersDims: number[]): Record<string, NDArray> {
  return nn.initializeParametersDeep(layersDims, { method: "he", seed: 3 });
}

// @mistake initializeParametersXavier: the variance 1/n as the factor, no square root
// @expect take the square root
function initializeParametersXavier(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(1 / layersDims[l - 1]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @correct initializeParametersXavier: divide by √n[l-1]
function initializeParametersXavier(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.divide(np.random.randn(layersDims[l], layersDims[l - 1]), Math.sqrt(layersDims[l - 1]));
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersHe: √2 / n[l-1] instead of √(2 / n[l-1])
// @expect the square root covers the whole fraction
function initializeParametersHe(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(Math.sqrt(2) / layersDims[l - 1]);
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @mistake initializeParametersHe: Xavier's factor
// @expect that is Xavier's factor
function initializeParametersHe(layersDims: number[]): Record<string, NDArray> {
  return nn.initializeParametersDeep(layersDims, { method: "xavier", seed: 3 });
}

// @mistake initializeParametersHe: the factor from n[l]
// @expect number of INPUTS of the layer
function initializeParametersHe(layersDims: number[]): Record<string, NDArray> {
  np.random.seed(3);
  const p: Record<string, NDArray> = {};
  for (let l = 1; l < layersDims.length; l++) {
    p[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).mul(Math.sqrt(2 / layersDims[l]));
    p[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return p;
}

// @correct initializeParametersHe: nn's reference with method "he"
function initializeParametersHe(layersDims: number[]): Record<string, NDArray> {
  return nn.initializeParametersDeep(layersDims, { method: "he", seed: 3 });
}

// @mistake layerGradientNorms: the squared norm, no square root
// @expect take the square root
function layerGradientNorms(grads: Record<string, NDArray>): number[] {
  const out: number[] = [];
  for (let l = 1; grads[`dW${l}`]; l++) out.push(np.sum(np.square(grads[`dW${l}`])));
  return out;
}

// @mistake layerGradientNorms: the sum of absolute values
// @expect sum of SQUARES
function layerGradientNorms(grads: Record<string, NDArray>): number[] {
  const out: number[] = [];
  for (let l = 1; grads[`dW${l}`]; l++) out.push(np.sum(np.abs(grads[`dW${l}`])));
  return out;
}

// @mistake layerGradientNorms: one entry per key of grads (db and dA included)
// @expect count the dW keys
function layerGradientNorms(grads: Record<string, NDArray>): number[] {
  return Object.values(grads).map((g) => Math.sqrt(np.sum(np.square(g))));
}

// @mistake layerGradientNorms: the norms of the db's
// @expect norms of the db's
function layerGradientNorms(grads: Record<string, NDArray>): number[] {
  const out: number[] = [];
  for (let l = 1; grads[`db${l}`]; l++) out.push(Math.sqrt(np.sum(np.square(grads[`db${l}`]))));
  return out;
}

// @correct layerGradientNorms: np.linalg.norm of each dW, keys found by a regular expression
function layerGradientNorms(grads: Record<string, NDArray>): number[] {
  const L = Object.keys(grads).filter((k) => /^dW\d+$/.test(k)).length;
  return Array.from({ length: L }, (_, i) => np.linalg.norm(grads[`dW${i + 1}`]) as number);
}
