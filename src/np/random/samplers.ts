// The distribution methods of numpy's legacy RandomState (beta … zipf, multinomial, dirichlet,
// multivariate_normal, bytes, get_state/set_state): argument handling and numpy's error texts here,
// the draw-exact algorithms in distributions/. RandomState (state.ts) extends this class.

import { NDArray } from "../ndarray";
import type { ArrayLike } from "../ndarray";
import { asarray } from "../creation";
import type { LegacyRandomState } from "./legacy";
import { Size, withOptions, isOptions, scalarize } from "./params";
import { sample, Param, Constraint } from "./sampler";
import { standardExponential, pareto, weibull, power } from "./distributions/exponential";
import { standardGamma, beta } from "./distributions/gamma";
import { chisquare, noncentralChisquare, f, noncentralF, standardT } from "./distributions/chisquare";
import { lognormal, standardCauchy, wald } from "./distributions/normal_based";
import { laplace, gumbel, logistic, rayleigh, triangular } from "./distributions/uniform_based";
import { binomial } from "./distributions/binomial";
import { poisson, negativeBinomial } from "./distributions/poisson";
import { geometric } from "./distributions/geometric";
import { logseries } from "./distributions/logseries";
import { zipf } from "./distributions/zipf";
import { hypergeometric } from "./distributions/hypergeometric";
import { vonmises } from "./distributions/vonmises";
import { multinomial, dirichlet, multivariateNormal, MultivariateNormalOptions } from "./multivariate";
import { getState, setState, LegacyStateTuple, StateDict, StateLike } from "./state_io";

export type { MultivariateNormalOptions } from "./multivariate";
export type { LegacyStateTuple, StateDict, StateLike } from "./state_io";

/** A distribution parameter: a number or an array-like (broadcast against the others, as in numpy). */
export type ParamValue = number | ArrayLike;
/** A size that makes the result an array. */
type Dims = number | readonly number[];
/** Keyword options of a sampler with parameters K: numpy's keyword arguments. */
export type SamplerOptions<K extends string> = { [k in K]?: ParamValue } & { size?: Size };

/** The parameters of one sampler: numpy's name, default (undefined: required) and constraint. */
type Spec = readonly [name: string, def: number | undefined, cons: Constraint];

/** Reads positional arguments and a trailing options object against the specs. */
function readArgs(fn: string, args: unknown[], specs: readonly Spec[]): { params: Param[]; size: Size } {
  const names = [...specs.map((s) => s[0]), "size"];
  const o = withOptions<Record<string, unknown>>(args, names) as Record<string, unknown>;
  if (specs.some(([name, def]) => def === undefined && o[name] === undefined)) {
    // numpy's (Cython's) wording, which counts the positional arguments given
    const required = specs.filter(([, def]) => def === undefined).length;
    const given = isOptions(args[args.length - 1]) ? args.length - 1 : args.length;
    throw new TypeError(`${fn}() takes at least ${required} positional argument${required > 1 ? "s" : ""} (${given} given)`);
  }
  const params = specs.map(([name, def, cons]) => ({ value: (o[name] ?? def) as ParamValue, name, cons }));
  return { params, size: (o.size ?? null) as Size };
}

/** Runs one sampler: parameters read and checked like numpy, then `draw` per output element. */
function runSampler(fn: string, args: unknown[], specs: readonly Spec[], dtype: "float64" | "int64", draw: (a: number, b: number, c: number) => number) {
  const { params, size } = readArgs(fn, args, specs);
  return sample(params, size, dtype, draw);
}

/**
 * numpy's legacy RandomState samplers, bit for bit with numpy's streams.
 *
 * @example np.random.seed(0)
 */
export abstract class LegacySamplers {
  /** The draw-exact core (MT19937 state and the cached normal deviate). */
  abstract readonly core: LegacyRandomState;

  /**
   * Exponential samples with the given scale (1 / rate): scale * (-log(1 - U)).
   * @example np.random.seed(0); np.random.exponential(2, 4) // → array([1.59174902, 2.51186153, 1.84644629, 1.5744023 ])
   */
  exponential(scale?: number): number;
  exponential(scale: ParamValue | undefined, size: Dims): NDArray;
  exponential(opts: SamplerOptions<"scale">): NDArray | number;
  exponential(...args: unknown[]): NDArray | number {
    return runSampler("exponential", args, [["scale", 1, "nonNegative"]], "float64", (s) => s * standardExponential(this.core));
  }

  /**
   * Standard exponential samples (scale 1) of shape `size`.
   * @example np.random.seed(0); np.random.standardExponential(4) // → array([0.79587451, 1.25593076, 0.92322315, 0.78720115])
   */
  standardExponential(): number;
  standardExponential(size: Dims | { size?: Size }): NDArray;
  standardExponential(...args: unknown[]): NDArray | number {
    return runSampler("standard_exponential", args, [], "float64", () => standardExponential(this.core));
  }

  /**
   * Standard gamma samples (scale 1) with the given shape.
   * @example np.random.seed(0); np.random.standardGamma(2.5, 4) // → array([5.9387007 , 2.81066964, 6.24212232, 1.02302472])
   */
  standardGamma(shape: number): number;
  standardGamma(shape: ParamValue, size?: Dims | null): NDArray;
  standardGamma(shape: ParamValue | SamplerOptions<"shape">, opts?: SamplerOptions<never>): NDArray | number;
  standardGamma(...args: unknown[]): NDArray | number {
    return runSampler("standard_gamma", args, [["shape", undefined, "nonNegative"]], "float64", (k) => standardGamma(this.core, k));
  }

  /**
   * Gamma samples with the given shape and scale.
   * @example np.random.seed(0); np.random.gamma(0.5, 2, 4) // → array([0.60800378, 0.75654344, 0.35896678, 0.38296513])
   */
  gamma(shape: number, scale?: number): number;
  gamma(shape: ParamValue, scale: ParamValue | undefined, size: Dims): NDArray;
  gamma(shape: ParamValue | SamplerOptions<"shape" | "scale">, ...rest: unknown[]): NDArray | number;
  gamma(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["shape", undefined, "nonNegative"], ["scale", 1, "nonNegative"]];
    return runSampler("gamma", args, specs, "float64", (k, s) => s * standardGamma(this.core, k));
  }

  /**
   * Beta(a, b) samples.
   * @example np.random.seed(0); np.random.beta(2, 3, 4) // → array([0.60358975, 0.79868334, 0.31163262, 0.49864896])
   */
  beta(a: number, b: number): number;
  beta(a: ParamValue, b: ParamValue, size: Dims): NDArray;
  beta(a: ParamValue | SamplerOptions<"a" | "b">, ...rest: unknown[]): NDArray | number;
  beta(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["a", undefined, "positive"], ["b", undefined, "positive"]];
    return runSampler("beta", args, specs, "float64", (a, b) => beta(this.core, a, b));
  }

  /**
   * Chi-square samples with df degrees of freedom.
   * @example np.random.seed(0); np.random.chisquare(3, 4) // → array([8.59517635, 3.30891648, 9.13960074, 0.79487664])
   */
  chisquare(df: number): number;
  chisquare(df: ParamValue, size: Dims): NDArray;
  chisquare(df: ParamValue | SamplerOptions<"df">, ...rest: unknown[]): NDArray | number;
  chisquare(...args: unknown[]): NDArray | number {
    return runSampler("chisquare", args, [["df", undefined, "positive"]], "float64", (df) => chisquare(this.core, df));
  }

  /**
   * Noncentral chi-square samples.
   * @example np.random.seed(0); np.random.noncentralChisquare(3, 2, 4) // → array([ 6.23924552, 10.37824663,  1.42869724, 15.8994389 ])
   */
  noncentralChisquare(df: number, nonc: number): number;
  noncentralChisquare(df: ParamValue, nonc: ParamValue, size: Dims): NDArray;
  noncentralChisquare(df: ParamValue | SamplerOptions<"df" | "nonc">, ...rest: unknown[]): NDArray | number;
  noncentralChisquare(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["df", undefined, "positive"], ["nonc", undefined, "nonNegative"]];
    return runSampler("noncentral_chisquare", args, specs, "float64", (df, nc) => noncentralChisquare(this.core, df, nc));
  }

  /**
   * F (Fisher–Snedecor) samples.
   * @example np.random.seed(0); np.random.f(5, 10, 4) // → array([2.12644055, 4.36838911, 0.71938701, 1.41495502])
   */
  f(dfnum: number, dfden: number): number;
  f(dfnum: ParamValue, dfden: ParamValue, size: Dims): NDArray;
  f(dfnum: ParamValue | SamplerOptions<"dfnum" | "dfden">, ...rest: unknown[]): NDArray | number;
  f(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["dfnum", undefined, "positive"], ["dfden", undefined, "positive"]];
    return runSampler("f", args, specs, "float64", (a, b) => f(this.core, a, b));
  }

  /**
   * Noncentral F samples.
   * @example np.random.seed(0); np.random.noncentralF(5, 10, 1.5, 4) // → array([10.08018753,  3.91108285,  1.29855619,  0.7302446 ])
   */
  noncentralF(dfnum: number, dfden: number, nonc: number): number;
  noncentralF(dfnum: ParamValue, dfden: ParamValue, nonc: ParamValue, size: Dims): NDArray;
  noncentralF(dfnum: ParamValue | SamplerOptions<"dfnum" | "dfden" | "nonc">, ...rest: unknown[]): NDArray | number;
  noncentralF(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["dfnum", undefined, "positive"], ["dfden", undefined, "positive"], ["nonc", undefined, "nonNegative"]];
    return runSampler("noncentral_f", args, specs, "float64", (a, b, c) => noncentralF(this.core, a, b, c));
  }

  /**
   * Standard Cauchy samples: a ratio of two standard normals.
   * @example np.random.seed(0); np.random.standardCauchy(4) // → array([ 4.40839827,  0.43676244, -1.9109795 , -6.27712699])
   */
  standardCauchy(): number;
  standardCauchy(size: Dims | { size?: Size }): NDArray;
  standardCauchy(...args: unknown[]): NDArray | number {
    return runSampler("standard_cauchy", args, [], "float64", () => standardCauchy(this.core));
  }

  /**
   * Student's t samples with df degrees of freedom.
   * @example np.random.seed(0); np.random.standardT(4, 4) // → array([ 1.66743828, -1.59419909,  1.10490255,  1.71099245])
   */
  standardT(df: number): number;
  standardT(df: ParamValue, size: Dims): NDArray;
  standardT(df: ParamValue | SamplerOptions<"df">, ...rest: unknown[]): NDArray | number;
  standardT(...args: unknown[]): NDArray | number {
    return runSampler("standard_t", args, [["df", undefined, "positive"]], "float64", (df) => standardT(this.core, df));
  }

  /**
   * Von Mises samples (angles in [-pi, pi]) around mu with concentration kappa.
   * @example np.random.seed(0); np.random.vonmises(0, 4, 4) // → array([0.5664411 , 0.55977779, 0.40406878, 0.33979123])
   */
  vonmises(mu: number, kappa: number): number;
  vonmises(mu: ParamValue, kappa: ParamValue, size: Dims): NDArray;
  vonmises(mu: ParamValue | SamplerOptions<"mu" | "kappa">, ...rest: unknown[]): NDArray | number;
  vonmises(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["mu", undefined, "none"], ["kappa", undefined, "nonNegative"]];
    return runSampler("vonmises", args, specs, "float64", (mu, k) => vonmises(this.core, mu, k));
  }

  /**
   * Pareto II (Lomax) samples with shape a.
   * @example np.random.seed(0); np.random.pareto(3, 4) // → array([0.30381098, 0.51989855, 0.36034868, 0.30004696])
   */
  pareto(a: number): number;
  pareto(a: ParamValue, size: Dims): NDArray;
  pareto(a: ParamValue | SamplerOptions<"a">, ...rest: unknown[]): NDArray | number;
  pareto(...args: unknown[]): NDArray | number {
    return runSampler("pareto", args, [["a", undefined, "positive"]], "float64", (a) => pareto(this.core, a));
  }

  /**
   * Weibull samples with shape a.
   * @example np.random.seed(0); np.random.weibull(1.5, 4) // → array([0.85880862, 1.16406473, 0.94813706, 0.85255776])
   */
  weibull(a: number): number;
  weibull(a: ParamValue, size: Dims): NDArray;
  weibull(a: ParamValue | SamplerOptions<"a">, ...rest: unknown[]): NDArray | number;
  weibull(...args: unknown[]): NDArray | number {
    return runSampler("weibull", args, [["a", undefined, "nonNegative"]], "float64", (a) => weibull(this.core, a));
  }

  /**
   * Power-distribution samples in [0, 1] with exponent a - 1.
   * @example np.random.seed(0); np.random.power(3, 4) // → array([0.81873168, 0.89428034, 0.84472553, 0.81677255])
   */
  power(a: number): number;
  power(a: ParamValue, size: Dims): NDArray;
  power(a: ParamValue | SamplerOptions<"a">, ...rest: unknown[]): NDArray | number;
  power(...args: unknown[]): NDArray | number {
    return runSampler("power", args, [["a", undefined, "positive"]], "float64", (a) => power(this.core, a));
  }

  /**
   * Laplace (double exponential) samples.
   * @example np.random.seed(0); np.random.laplace(0, 1, 4) // → array([0.10272733, 0.56278358, 0.23007597, 0.09405397])
   */
  laplace(loc?: number, scale?: number): number;
  laplace(loc: ParamValue | undefined, scale: ParamValue | undefined, size: Dims): NDArray;
  laplace(opts: SamplerOptions<"loc" | "scale">): NDArray | number;
  laplace(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["loc", 0, "none"], ["scale", 1, "nonNegative"]];
    return runSampler("laplace", args, specs, "float64", (l, s) => laplace(this.core, l, s));
  }

  /**
   * Gumbel (extreme value type I) samples.
   * @example np.random.seed(0); np.random.gumbel(0, 1, 4) // → array([ 0.22831376, -0.22787694,  0.07988431,  0.23927147])
   */
  gumbel(loc?: number, scale?: number): number;
  gumbel(loc: ParamValue | undefined, scale: ParamValue | undefined, size: Dims): NDArray;
  gumbel(opts: SamplerOptions<"loc" | "scale">): NDArray | number;
  gumbel(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["loc", 0, "none"], ["scale", 1, "nonNegative"]];
    return runSampler("gumbel", args, specs, "float64", (l, s) => gumbel(this.core, l, s));
  }

  /**
   * Logistic samples.
   * @example np.random.seed(0); np.random.logistic(0, 1, 4) // → array([0.19587791, 0.92072284, 0.41699258, 0.1800173 ])
   */
  logistic(loc?: number, scale?: number): number;
  logistic(loc: ParamValue | undefined, scale: ParamValue | undefined, size: Dims): NDArray;
  logistic(opts: SamplerOptions<"loc" | "scale">): NDArray | number;
  logistic(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["loc", 0, "none"], ["scale", 1, "nonNegative"]];
    return runSampler("logistic", args, specs, "float64", (l, s) => logistic(this.core, l, s));
  }

  /**
   * Log-normal samples: exp of normal(mean, sigma).
   * @example np.random.seed(0); np.random.lognormal(0, 1, 4) // → array([5.83603919, 1.49205924, 2.66109578, 9.40172515])
   */
  lognormal(mean?: number, sigma?: number): number;
  lognormal(mean: ParamValue | undefined, sigma: ParamValue | undefined, size: Dims): NDArray;
  lognormal(opts: SamplerOptions<"mean" | "sigma">): NDArray | number;
  lognormal(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["mean", 0, "none"], ["sigma", 1, "nonNegative"]];
    return runSampler("lognormal", args, specs, "float64", (m, s) => lognormal(this.core, m, s));
  }

  /**
   * Rayleigh samples with the given scale (mode).
   * @example np.random.seed(0); np.random.rayleigh(2, 4) // → array([2.52329072, 3.16977067, 2.71768011, 2.50950378])
   */
  rayleigh(scale?: number): number;
  rayleigh(scale: ParamValue | undefined, size: Dims): NDArray;
  rayleigh(opts: SamplerOptions<"scale">): NDArray | number;
  rayleigh(...args: unknown[]): NDArray | number {
    return runSampler("rayleigh", args, [["scale", 1, "nonNegative"]], "float64", (s) => rayleigh(this.core, s));
  }

  /**
   * Wald (inverse Gaussian) samples.
   * @example np.random.seed(0); np.random.wald(1, 2, 4) // → array([0.30787564, 0.75425984, 0.28948582, 1.96989467])
   */
  wald(mean: number, scale: number): number;
  wald(mean: ParamValue, scale: ParamValue, size: Dims): NDArray;
  wald(mean: ParamValue | SamplerOptions<"mean" | "scale">, ...rest: unknown[]): NDArray | number;
  wald(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["mean", undefined, "positive"], ["scale", undefined, "positive"]];
    return runSampler("wald", args, specs, "float64", (m, s) => wald(this.core, m, s));
  }

  /**
   * Triangular samples on [left, right] peaking at mode.
   * @example np.random.seed(0); np.random.triangular(-1, 0, 2, 4) // → array([0.35466752, 0.69276483, 0.45616719, 0.34751675])
   */
  triangular(left: number, mode: number, right: number): number;
  triangular(left: ParamValue, mode: ParamValue, right: ParamValue, size: Dims): NDArray;
  triangular(left: ParamValue | SamplerOptions<"left" | "mode" | "right">, ...rest: unknown[]): NDArray | number;
  triangular(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["left", undefined, "none"], ["mode", undefined, "none"], ["right", undefined, "none"]];
    const { params, size } = readArgs("triangular", args, specs);
    // numpy's own checks, before any draw: on the scalars, or on every element of the arrays.
    const [l, m, r] = params.map((p) => flatValues(p.value));
    const n = Math.max(l.length, m.length, r.length);
    const at = (v: Float64Array, i: number) => v[v.length === 1 ? 0 : i];
    const any = (test: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).some(test);
    if (any((i) => at(l, i) > at(m, i))) throw new Error("left > mode");
    if (any((i) => at(m, i) > at(r, i))) throw new Error("mode > right");
    if (any((i) => at(l, i) === at(r, i))) throw new Error("left == right");
    return sample(params, size, "float64", (a, b, c) => triangular(this.core, a, b, c));
  }

  /**
   * Binomial counts: successes in n trials of probability p (int64).
   * @example np.random.seed(0); np.random.binomial(10, 0.3, 6) // → array([3, 4, 3, 3, 3, 3])
   */
  binomial(n: number, p: number): number;
  binomial(n: ParamValue, p: ParamValue, size: Dims): NDArray;
  binomial(n: ParamValue | SamplerOptions<"n" | "p">, ...rest: unknown[]): NDArray | number;
  binomial(...args: unknown[]): NDArray | number {
    const { params, size } = readArgs("binomial", args, [["n", undefined, "nonNegativeLong"], ["p", undefined, "bounded01"]]);
    // numpy checks p before n, and truncates n to an integer.
    const [nParam, pParam] = params;
    const nInt = { ...nParam, value: truncated(nParam.value) };
    return sample([pParam, nInt], size, "int64", (p, n) => binomial(this.core, n, p));
  }

  /**
   * Negative binomial counts: failures before the n-th success of probability p (int64).
   * @example np.random.seed(0); np.random.negativeBinomial(3, 0.4, 6) // → array([10,  8,  6,  6,  9,  8])
   */
  negativeBinomial(n: number, p: number): number;
  negativeBinomial(n: ParamValue, p: ParamValue, size: Dims): NDArray;
  negativeBinomial(n: ParamValue | SamplerOptions<"n" | "p">, ...rest: unknown[]): NDArray | number;
  negativeBinomial(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["n", undefined, "positive"], ["p", undefined, "bounded01"]];
    return runSampler("negative_binomial", args, specs, "int64", (n, p) => negativeBinomial(this.core, n, p));
  }

  /**
   * Poisson counts with expectation lam (int64): multiplication of uniforms below 10, PTRS above.
   * @example np.random.seed(0); np.random.poisson(3, 6) // → array([5, 6, 2, 0, 7, 3])
   * @example
   * np.random.seed(0);
   * np.random.poisson({ lam: [1, 100], size: [2, 2] }) // → array([[  2, 101],
   * //        [  1,  97]])
   */
  poisson(lam?: number): number;
  poisson(lam: ParamValue | undefined, size: Dims): NDArray;
  poisson(opts: SamplerOptions<"lam">): NDArray | number;
  poisson(...args: unknown[]): NDArray | number {
    return runSampler("poisson", args, [["lam", 1, "legacyPoisson"]], "int64", (lam) => poisson(this.core, lam));
  }

  /**
   * Zipf counts with exponent a > 1 (int64).
   * @example np.random.seed(0); np.random.zipf(2, 6) // → array([ 2,  2,  1,  1, 27,  4])
   */
  zipf(a: number): number;
  zipf(a: ParamValue, size: Dims): NDArray;
  zipf(a: ParamValue | SamplerOptions<"a">, ...rest: unknown[]): NDArray | number;
  zipf(...args: unknown[]): NDArray | number {
    return runSampler("zipf", args, [["a", undefined, "gt1"]], "int64", (a) => zipf(this.core, a));
  }

  /**
   * Geometric counts: trials up to the first success of probability p (int64).
   * @example np.random.seed(0); np.random.geometric(0.35, 6) // → array([2, 3, 3, 2, 2, 3])
   */
  geometric(p: number): number;
  geometric(p: ParamValue, size: Dims): NDArray;
  geometric(p: ParamValue | SamplerOptions<"p">, ...rest: unknown[]): NDArray | number;
  geometric(...args: unknown[]): NDArray | number {
    return runSampler("geometric", args, [["p", undefined, "boundedGt01"]], "int64", (p) => geometric(this.core, p));
  }

  /**
   * Hypergeometric counts: good items among nsample drawn without replacement (int64).
   * @example np.random.seed(0); np.random.hypergeometric(10, 5, 6, 6) // → array([4, 3, 4, 3, 5, 4])
   */
  hypergeometric(ngood: number, nbad: number, nsample: number): number;
  hypergeometric(ngood: ParamValue, nbad: ParamValue, nsample: ParamValue, size: Dims): NDArray;
  hypergeometric(ngood: ParamValue | SamplerOptions<"ngood" | "nbad" | "nsample">, ...rest: unknown[]): NDArray | number;
  hypergeometric(...args: unknown[]): NDArray | number {
    const specs: Spec[] = [["ngood", undefined, "nonNegativeLong"], ["nbad", undefined, "nonNegative"], ["nsample", undefined, "gte1"]];
    const { params, size } = readArgs("hypergeometric", args, specs);
    const ints = params.map((p) => ({ ...p, value: truncated(p.value) }));
    const [g, b, s] = ints.map((p) => flatValues(p.value));
    const n = Math.max(g.length, b.length, s.length);
    const at = (v: Float64Array, i: number) => v[v.length === 1 ? 0 : i];
    for (let i = 0; i < n; i++) if (at(g, i) + at(b, i) < at(s, i)) throw new Error("ngood + nbad < nsample");
    return sample(ints, size, "int64", (gd, bd, sm) => hypergeometric(this.core, gd, bd, sm));
  }

  /**
   * Logarithmic series counts with parameter p in [0, 1) (int64).
   * @example np.random.seed(0); np.random.logseries(0.7, 6) // → array([2, 1, 2, 2, 1, 2])
   */
  logseries(p: number): number;
  logseries(p: ParamValue, size: Dims): NDArray;
  logseries(p: ParamValue | SamplerOptions<"p">, ...rest: unknown[]): NDArray | number;
  logseries(...args: unknown[]): NDArray | number {
    return runSampler("logseries", args, [["p", undefined, "boundedLt01"]], "int64", (p) => logseries(this.core, p));
  }

  /**
   * Multinomial counts of n trials over categories with probabilities pvals; shape `size` + [k].
   * @example
   * np.random.seed(0);
   * np.random.multinomial(20, [0.2, 0.3, 0.5], 2) // → array([[ 4,  7,  9],
   * //        [ 4,  6, 10]])
   */
  multinomial(n: number, pvals: ArrayLike, size?: Size | { size?: Size }): NDArray {
    const s = isOptions(size) ? (size as { size?: Size }).size : (size as Size);
    return multinomial(this.core, Math.trunc(n), pvals, s ?? null);
  }

  /**
   * Dirichlet samples (rows summing to 1) with concentrations alpha; shape `size` + [k].
   * @example np.random.seed(0); np.random.dirichlet([1, 2, 3]) // → array([0.08199567, 0.29043792, 0.62756641])
   */
  dirichlet(alpha: ArrayLike, size?: Size | { size?: Size }): NDArray {
    const s = isOptions(size) ? (size as { size?: Size }).size : (size as Size);
    return dirichlet(this.core, alpha, s ?? null);
  }

  /**
   * Multivariate normal samples with the given mean and covariance; shape `size` + [k]. numpy's
   * values: the same standard normals mapped through the SVD of cov that numpy's LAPACK computes
   * (for cov up to 25×25; signs of the singular vectors included).
   * @example
   * np.random.seed(0);
   * np.random.multivariateNormal([0, 0], [[1, 0.5], [0.5, 1]], 2) // → array([[-1.72779275, -1.32763554],
   * //        [-1.96805856,  0.27283464]])
   */
  multivariateNormal(mean: ArrayLike, cov: ArrayLike, size?: Size | MultivariateNormalOptions, opts: MultivariateNormalOptions = {}): NDArray {
    const o = isOptions(size) ? (size as MultivariateNormalOptions) : { ...opts, size: size as Size };
    return multivariateNormal(this.core, mean, cov, o);
  }

  /** Same as `randomSample` (numpy's `sample`). @example np.random.seed(0); np.random.sample(2) // → array([0.5488135 , 0.71518937]) */
  sample(size?: Size | { size?: Size }): NDArray | number {
    return this.random(size);
  }

  /** Same as `randomSample` (numpy's `ranf`). @example np.random.seed(0); np.random.ranf(2) // → array([0.5488135 , 0.71518937]) */
  ranf(size?: Size | { size?: Size }): NDArray | number {
    return this.random(size);
  }

  /** Uniform doubles in [0, 1) (RandomState.random). */
  abstract random(size?: Size | { size?: Size }): NDArray | number;

  /**
   * `length` random bytes (little-endian 32-bit outputs, as numpy's `bytes`).
   * @example np.random.seed(0); np.random.bytes(6).join(" ") // → 172 10 127 140 47 170
   */
  bytes(length: number): Uint8Array {
    if (!Number.isInteger(length)) throw new TypeError("'float' object cannot be interpreted as an integer");
    // numpy divides in C (truncating), so bytes(0) still draws one 32-bit word.
    const words = Math.max(Math.trunc((length - 1) / 4) + 1, 0);
    const out = new Uint8Array(words * 4);
    for (let i = 0; i < words; i++) {
      const w = this.core.mt.nextUint32();
      out[4 * i] = w & 0xff;
      out[4 * i + 1] = (w >>> 8) & 0xff;
      out[4 * i + 2] = (w >>> 16) & 0xff;
      out[4 * i + 3] = w >>> 24;
    }
    return out.subarray(0, Math.max(length, 0));
  }

  /**
   * The generator's state: numpy's tuple ['MT19937', key, pos, has_gauss, cached_gaussian], or with
   * `{ legacy: false }` the dict {bit_generator, state: {key, pos}, has_gauss, gauss}.
   * @example np.random.seed(0); const st = np.random.getState(); `${st[0]} ${st[1][0]} ${st[2]}` // → MT19937 0 624
   */
  getState(): LegacyStateTuple;
  getState(opts: { legacy: false }): StateDict;
  getState(opts?: { legacy?: boolean }): LegacyStateTuple | StateDict;
  getState(opts: { legacy?: boolean } = {}): LegacyStateTuple | StateDict {
    return getState(this.core, opts.legacy ?? true);
  }

  /**
   * Restores a state from `getState` (tuple or dict), cached normal deviate included.
   * @example const st = np.random.getState(); const a = np.random.rand(); np.random.setState(st); np.random.rand() === a // → true
   */
  setState(state: StateLike): void {
    setState(this.core, state);
  }
}

/** A parameter's values, flattened (a number gives one value). */
function flatValues(v: ParamValue): Float64Array {
  const a = asarray(scalarize(v) as ArrayLike, { dtype: "float64" });
  const out = new Float64Array(a.size);
  for (let i = 0; i < a.size; i++) out[i] = a.getFlat(i);
  return out;
}

/** An integer parameter as numpy converts it (toward zero), keeping scalars scalar. */
function truncated(v: ParamValue): ParamValue {
  const s = scalarize(v);
  if (typeof s === "number") return Math.trunc(s);
  const a = asarray(s as ArrayLike, { dtype: "float64" });
  return NDArray.fromData(Float64Array.from(flatValues(a), Math.trunc), [...a.shape], "int64");
}

