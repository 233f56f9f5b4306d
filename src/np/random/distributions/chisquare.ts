// Chi-square family as numpy's legacy code builds it from standard gammas and normals: chisquare,
// noncentral chisquare, F, noncentral F and Student's t.

import type { LegacyRandomState } from "../legacy";
import { standardGamma } from "./gamma";
import { poisson } from "./poisson";

/** Chi-square with df degrees of freedom: 2 * Gamma(df / 2). */
export function chisquare(rs: LegacyRandomState, df: number): number {
  return 2 * standardGamma(rs, df / 2);
}

/**
 * Noncentral chi-square: for df > 1 a central chisquare(df - 1) plus a shifted normal squared;
 * otherwise a Poisson(nonc / 2)-mixed central chisquare (NaN for a NaN nonc, after the draws).
 */
export function noncentralChisquare(rs: LegacyRandomState, df: number, nonc: number): number {
  if (nonc === 0) return chisquare(rs, df);
  if (1 < df) {
    const chi2 = chisquare(rs, df - 1);
    const n = rs.gauss() + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(rs, nonc / 2);
  const out = chisquare(rs, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

/** F(dfnum, dfden): a ratio of scaled chi-squares. */
export function f(rs: LegacyRandomState, dfnum: number, dfden: number): number {
  return (chisquare(rs, dfnum) * dfden) / (chisquare(rs, dfden) * dfnum);
}

/** Noncentral F: noncentral chi-square over a central one. */
export function noncentralF(rs: LegacyRandomState, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(rs, dfnum, nonc) * dfden;
  return t / (chisquare(rs, dfden) * dfnum);
}

/** Student's t: a normal over the root of a scaled gamma. */
export function standardT(rs: LegacyRandomState, df: number): number {
  const num = rs.gauss();
  const denom = standardGamma(rs, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}
