// Character ↔ index maps of a word list (no file access, so nn.rnn can use it too).

/** A character vocabulary: the sorted characters and the maps between characters and indices. */
export interface Vocabulary {
  /** The characters, sorted by code point as Python's sorted() does; the index of each is its id. */
  chars: string[];
  /** Character → index (the course's `char_to_ix`). */
  charToIx: Record<string, number>;
  /** Index → character (the course's `ix_to_char`). */
  ixToChar: Record<number, string>;
  /** Number of characters (the RNN's input and output size). */
  size: number;
}

/**
 * The character vocabulary of a list of words, plus an end-of-word marker (default "\n", which
 * sorts first, so it gets index 0 as in the course's dinosaur-names exercise).
 *
 * @example
 * const v = data.vocabulary(["ab", "ba"]);
 * v.chars; // → [ '\n', 'a', 'b' ]
 * [v.charToIx.a, v.ixToChar[2], v.size] // → [ 1, 'b', 3 ]
 * data.vocabulary(["ab", "ba"], { eos: null }).chars // → [ 'a', 'b' ]
 */
export function vocabulary(words: readonly string[], opts: { eos?: string | null } = {}): Vocabulary {
  const eos = opts.eos === undefined ? "\n" : opts.eos;
  const set = new Set<string>();
  for (const w of words) for (const ch of w) set.add(ch);
  if (eos !== null) set.add(eos);
  // Code-point order, not localeCompare: Python's sorted() on str compares code points.
  const chars = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const charToIx: Record<string, number> = {};
  const ixToChar: Record<number, string> = {};
  chars.forEach((c, i) => {
    charToIx[c] = i;
    ixToChar[i] = c;
  });
  return { chars, charToIx, ixToChar, size: chars.length };
}
