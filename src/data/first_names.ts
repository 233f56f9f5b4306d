import { parseDatasetFile, utf8 } from "./files";
import { permutation } from "./rng";

/** Options of {@link firstNames}. */
export interface NamesOptions {
  /** Lower-case every name (as the course's character-level RNN does with its word list). Default false. */
  lowercase?: boolean;
  /** Shuffle the list (it is alphabetical in the file). Default false. */
  shuffle?: boolean;
  /** Seed of the shuffle, numpy-compatible (`RandomState(seed).permutation`); default: np.random's global generator. */
  seed?: number;
  /** Read from this folder instead of the datasets folder. */
  dir?: string;
}

/**
 * 8,422 English first names, one string each, alphabetical (letters, a few with a hyphen): the
 * training text for a character-level RNN. See {@link vocabulary} for the character ↔ index maps.
 *
 * @example
 * const names = data.firstNames({ lowercase: true });
 * names.slice(0, 3) // → [ 'aaren', 'aarika', 'aaron' ]
 * const { chars, charToIx } = data.vocabulary(names);
 * chars[0] // → '\n'
 */
export function firstNames(opts: NamesOptions = {}): string[] {
  const names = parseDatasetFile("firstNames", "first_names.txt", opts.dir, (bytes) => {
    const list = utf8(bytes)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (list.length === 0) throw new Error("the file holds no names");
    return list;
  });
  const out = opts.lowercase ? names.map((s) => s.toLowerCase()) : names.slice();
  if (!opts.shuffle) return out;
  return permutation(out.length, opts.seed).map((i) => out[i]);
}
