// Where the project finds headless Chromium, shared by the browser tests (test/helpers/browser.ts,
// which also installs it) and by the bench's plot screenshot (bench/sizes_plot.mjs, which only looks).
// Playwright's own browser download does not work on these machines: we drive Debian's `chromium`.
import { existsSync } from "node:fs";

/** Where Debian and Ubuntu put the browser; `CHROMIUM_PATH` overrides. */
export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Flags that make Chromium start quietly in a container without network access. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The path of an installed Chromium, or null. */
export function findChromium() {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}
