// File I/O against numpy (test/gen/np_misc_fixtures.py writes test/fixtures/np/io/ and io.json):
// np reads the .npy/.npz/text files numpy wrote, np.save gives numpy's bytes, np.savetxt numpy's text,
// and np's own files round-trip (the .npz ones also through python's numpy when it is there).
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, openSync, closeSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { np, NDArray } from "../../src/np";

const FIX = join(__dirname, "..", "fixtures", "np");
const IO = join(FIX, "io");
const J = JSON.parse(readFileSync(join(FIX, "io.json"), "utf8"));
const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, "-inf": -Infinity };
type Spec = { dtype: string; shape: number[]; data: (number | boolean | string)[] };
const values = (s: Spec) => s.data.map((v) => (typeof v === "string" ? SPECIAL[v] : typeof v === "boolean" ? +v : v));
const build = (s: Spec) => np.array(values(s), { dtype: s.dtype as any }).reshape(s.shape);
const flat = (x: NDArray) => Array.from({ length: x.size }, (_, i) => x.getFlat(i));

function same(x: NDArray, s: Spec): void {
  expect(x.dtype).toBe(s.dtype);
  expect([...x.shape]).toEqual(s.shape);
  expect(flat(x)).toEqual(values(s));
}

const tmp = mkdtempSync(join(tmpdir(), "deepts-io-"));

describe("np.load reads numpy's .npy files", () => {
  for (const [name, spec] of Object.entries(J.arrays) as [string, Spec][])
    it(`${name}.npy`, () => same(np.load(join(IO, `${name}.npy`)), spec));
});

describe("np.save writes numpy's bytes (format 1.0)", () => {
  for (const [name, b64] of Object.entries(J.saves) as [string, string][])
    it(name, () => {
      let x = build(J.arrays[name]);
      // numpy saved these Fortran-ordered arrays as such: give np the same layout
      if (name.startsWith("fortran")) x = x.T.copy().T;
      const p = join(tmp, `${name}.npy`);
      np.save(p, x);
      expect(Buffer.from(readFileSync(p)).toString("base64")).toBe(b64);
      expect(Buffer.from(np.saveBytes(x)).toString("base64")).toBe(b64);
    });
  it("appends .npy to a path without it, and writes to an open descriptor", () => {
    np.save(join(tmp, "noext"), np.arange(3));
    same(np.load(join(tmp, "noext.npy")), { dtype: "int64", shape: [3], data: [0, 1, 2] });
    const fd = openSync(join(tmp, "fd.npy"), "w");
    np.save(fd, np.eye(2));
    closeSync(fd);
    same(np.load(join(tmp, "fd.npy")), { dtype: "float64", shape: [2, 2], data: [1, 0, 0, 1] });
  });
});

describe(".npz", () => {
  for (const [file, names] of Object.entries(J.npz) as [string, string[]][])
    it(`reads numpy's ${file}`, () => {
      const z = np.load(join(IO, file));
      expect(z.files).toEqual(names);
      const src: Record<string, string> = { arr_0: "f8", x: "i4", flags: "b1", a: "big3d", b: "f4" };
      for (const n of names) same(z[n], J.arrays[src[n]]);
    });
  it("savez / savezCompressed round-trip, positional names arr_0…", () => {
    const a = np.arange(12).reshape(3, 4), b = np.array([true, false]), c = np.array([1.5, NaN], { dtype: "float32" });
    for (const [fn, p] of [[np.savez, join(tmp, "r.npz")], [np.savezCompressed, join(tmp, "rc.npz")]] as const) {
      fn(p, a, { b, c });
      const z = np.load(p);
      expect(z.files).toEqual(["b", "c", "arr_0"]);
      expect(flat(z.arr_0)).toEqual(flat(a));
      expect(flat(z.b)).toEqual([1, 0]);
      expect(z.c.dtype).toBe("float32");
      expect(flat(z.c)).toEqual([1.5, NaN]);
    }
    np.savez(join(tmp, "noext"), a);
    expect(np.load(join(tmp, "noext.npz")).files).toEqual(["arr_0"]);
  });
  it("numpy reads np's .npz files", () => {
    try {
      execFileSync("python3", ["-c", "import numpy"]);
    } catch {
      return; // no python with numpy here: the round trip above still holds
    }
    const out = execFileSync("python3", ["-c", `import numpy as np, sys\nfor p in sys.argv[1:]:\n  z = np.load(p)\n  print(z.files, z['arr_0'].sum(), z['b'].tolist(), z['c'].dtype)`, join(tmp, "r.npz"), join(tmp, "rc.npz")], { encoding: "utf8" });
    expect(out).toBe("['b', 'c', 'arr_0'] 66 [True, False] float32\n".repeat(2));
  });
});

describe("text files", () => {
  for (const [key, t] of Object.entries(J.texts) as [string, { array: Spec; kwargs: any; text: string }][])
    it(`savetxt ${key}`, () => {
      const p = join(tmp, "t.txt");
      np.savetxt(p, build(t.array), t.kwargs);
      expect(readFileSync(p, "utf8")).toBe(t.text);
    });
  const loads: Record<string, () => NDArray> = {
    "table.txt": () => np.loadtxt(join(IO, "table.txt")),
    "table.txt usecols": () => np.loadtxt(join(IO, "table.txt"), { usecols: [0, 2] }),
    "table.csv genfromtxt": () => np.genfromtxt(join(IO, "table.csv"), { delimiter: ",", skipHeader: 1 }),
    "table.csv loadtxt row 1": () => np.loadtxt(join(IO, "table.csv"), { delimiter: ",", skiprows: 1, maxRows: 1 }),
  };
  for (const [key, f] of Object.entries(loads)) it(`loadtxt/genfromtxt: ${key}`, () => same(f(), J.loads[key]));
  it("loadtxt's errors are numpy's", () => {
    expect(() => np.loadtxt(["1 2", "3 x"])).toThrow("could not convert string 'x' to float64 at row 1, column 2.");
    expect(() => np.loadtxt(["1 2 3", "3 4"])).toThrow("the number of columns changed from 3 to 2 at row 2; use `usecols` to select a subset and avoid this error");
    expect(() => np.genfromtxt(["1 2 3", "3 4"])).toThrow("Some errors were detected !\n    Line #2 (got 2 columns instead of 3)");
  });
  it("loadtxt squeezes like numpy, unpack gives columns", () => {
    expect(np.loadtxt(["5"]).shape).toEqual([]);
    const [a, b] = np.loadtxt(["1,2", "3,4 # c", ""], { delimiter: ",", unpack: true });
    expect(flat(a)).toEqual([1, 3]);
    expect(flat(b)).toEqual([2, 4]);
  });
});

describe("raw bytes", () => {
  it("frombuffer, with numpy's errors", () => {
    const b = new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0]);
    expect(flat(np.frombuffer(b, { dtype: "int32" }))).toEqual([1, 2]);
    expect(() => np.frombuffer(b.subarray(0, 3), { dtype: "int32" })).toThrow("buffer size must be a multiple of element size");
    expect(() => np.frombuffer(b, { dtype: "int32", count: 3 })).toThrow("buffer is smaller than requested size");
    expect(() => np.frombuffer(b, { dtype: "int32", offset: 9 })).toThrow("offset must be non-negative and no greater than buffer length (8)");
  });
  it("tobytes is the .npy body; tofile/fromfile round-trip, raw and text", () => {
    const x = np.array([[1.5, -2], [3, 4]]);
    const npy = readFileSync(join(IO, "f8.npy"));
    const f8 = build(J.arrays.f8);
    expect(Buffer.from(f8.tobytes()).equals(npy.subarray(npy.length - 48))).toBe(true);
    x.tofile(join(tmp, "x.bin"));
    expect(flat(np.fromfile(join(tmp, "x.bin")))).toEqual([1.5, -2, 3, 4]);
    np.tofile(np.arange(3), join(tmp, "x.txt"), { sep: ", ", format: "%d" });
    expect(readFileSync(join(tmp, "x.txt"), "utf8")).toBe("0, 1, 2");
    writeFileSync(join(tmp, "y.txt"), "1, 2, 3,4");
    expect(flat(np.fromfile(join(tmp, "y.txt"), { sep: "," }))).toEqual([1, 2, 3, 4]);
    // numpy: fromstring("1 2  3", sep=" "), ("1,2,3", int64, sep=","), count=2, and its errors
    expect(flat(np.fromstring("1 2  3", { sep: " " }))).toEqual([1, 2, 3]);
    expect(np.fromstring("1,2,3", { dtype: "int64", sep: "," }).dtype).toBe("int64");
    expect(flat(np.fromstring("1,2,3", { sep: ",", count: 2 }))).toEqual([1, 2]);
    expect(() => np.fromstring("abc")).toThrow("The binary mode of fromstring is removed, use frombuffer instead");
    expect(() => np.fromstring("1,x,3", { sep: "," })).toThrow("string or file could not be read to its end due to unmatched data");
  });
});

describe("np loads without fs", () => {
  it("only io/node_fs.ts touches node:fs or node:zlib, and only inside functions", () => {
    const dir = join(__dirname, "..", "..", "src", "np", "io");
    for (const f of readdirSync(dir)) {
      const code = readFileSync(join(dir, f), "utf8").replace(/\/\*[\s\S]*?\*\//g, ""); // JSDoc examples may require

      expect(/from\s+["']node:(fs|zlib)["']/.test(code), f).toBe(false);
      if (f !== "node_fs.ts") expect(/require\(["']node:/.test(code), f).toBe(false);
    }
  });
});
