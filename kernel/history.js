// @ts-check
// Input (and output) history for history_request: tail, range and search, as IPython answers them.
// Kept in memory for the kernel's lifetime; this kernel is session 1.
"use strict";

const SESSION = 1;

/** fnmatch-style glob (`*`, `?`, `[abc]`) → RegExp matching the whole string. */
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else if (c === "[") {
      const j = glob.indexOf("]", i + 1);
      if (j < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, j).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

class History {
  constructor() {
    /** @type {{line: number, input: string, output: string | null}[]} */
    this.entries = [];
  }

  /** Records a cell (`line` is its execution count). */
  add(line, input, output = null) {
    this.entries.push({ line, input, output });
  }

  /** The reply content of a history_request. */
  reply(req) {
    const shape = (e) => [SESSION, e.line, req.output ? [e.input, e.output] : e.input];
    let picked = [];
    if (req.hist_access_type === "tail") {
      const n = req.n ?? 10;
      picked = n > 0 ? this.entries.slice(-n) : [];
    } else if (req.hist_access_type === "range") {
      const session = req.session ?? 0;
      if (session === SESSION || session <= 0) {
        const start = req.start ?? 0;
        const stop = req.stop ?? Infinity;
        picked = this.entries.filter((e) => e.line >= start && e.line < stop);
      }
    } else if (req.hist_access_type === "search") {
      const re = globToRegExp(req.pattern ?? "*");
      let hits = this.entries.filter((e) => re.test(e.input));
      if (req.unique) {
        const seen = new Set();
        hits = hits.reverse().filter((e) => (seen.has(e.input) ? false : (seen.add(e.input), true))).reverse();
      }
      if (req.n) hits = hits.slice(-req.n);
      picked = hits;
    }
    return { status: "ok", history: picked.map(shape) };
  }
}

module.exports = { History, globToRegExp, SESSION };
