// numpy's legacy hypergeometric: direct simulation (HYP) for samples of at most 10, else Stadlober's
// ratio-of-uniforms HRUA with Frohne's corrections, as RandomState draws them.

import type { LegacyRandomState } from "../legacy";
import { log } from "../libm";
import { loggam } from "./loggam";

/** Draws one item at a time, tracking how many of the scarcer kind remain. */
function hyp(rs: LegacyRandomState, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0) {
    const u = rs.randomDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

const D1 = 1.7155277699214135; // 2 sqrt(2/e)
const D2 = 0.8989161620588988; // 3 - 2 sqrt(3/e)

/** Ratio-of-uniforms with a table-free log-factorial bound. */
function hrua(rs: LegacyRandomState, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
  const logf = (z: number) => loggam(z + 1) + loggam(mingoodbad - z + 1) + loggam(m - z + 1) + loggam(maxgoodbad - m + z + 1);
  const d10 = logf(d9);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1, Math.floor(d6 + 16 * d7));
  let z: number;
  for (;;) {
    const x = rs.randomDouble();
    const y = rs.randomDouble();
    const w = d6 + (d8 * (y - 0.5)) / x;
    if (w < 0 || w >= d11) continue;
    z = Math.floor(w);
    const t = d10 - logf(z);
    if (x * (4 - x) - 3 <= t) break;
    if (x * (x - t) >= 1) continue;
    if (2 * log(x) <= t) break;
  }
  if (good > bad) z = m - z;
  if (m < sample) z = good - z;
  return z;
}

/** Number of good items in a sample drawn without replacement. */
export function hypergeometric(rs: LegacyRandomState, good: number, bad: number, sample: number): number {
  if (sample > 10) return hrua(rs, good, bad, sample);
  if (sample > 0) return hyp(rs, good, bad, sample);
  return 0;
}
