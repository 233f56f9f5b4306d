import { parseLabelledCsv } from "./csv";
import { parseDatasetFile, utf8 } from "./files";
import { buildDataset, RawExamples } from "./table";
import type { Dataset, LoadOptions, SplitDataset } from "./types";

/** How one of scikit-learn's CSV datasets is read. */
export interface CsvSpec {
  loader: string;
  file: string;
  /** Whether line 1 holds "n_samples,n_features,class names". */
  countHeader: boolean;
  featureNames: string[];
  /** Class names when the file has none (digits). */
  labels?: string[];
  /** For image-like tables (digits): the pixel range and image shape. */
  image?: { max: number; height: number; width: number };
}

/**
 * Reads and checks a CSV dataset, then lays it out as the options ask.
 * @example
 * const spec = { loader: "iris", file: "iris.csv", countHeader: true, featureNames: ["sl", "sw", "pl", "pw"] };
 * const d = loadCsvDataset(spec, { layout: "rows" }); // what data.iris({ layout: "rows" }) does
 * [d.X.shape, d.labels] // → [ [ 150, 4 ], [ 'setosa', 'versicolor', 'virginica' ] ]
 */
export function loadCsvDataset(spec: CsvSpec, opts: LoadOptions & { flatten?: boolean }): Dataset | SplitDataset {
  const table = parseDatasetFile(spec.loader, spec.file, opts.dir, (bytes) => {
    const t = parseLabelledCsv(utf8(bytes), spec.countHeader);
    if (t.n !== spec.featureNames.length) throw new Error(`expected ${spec.featureNames.length} features per line, found ${t.n}`);
    return t;
  });
  const labels = table.classNames.length > 0 ? table.classNames : (spec.labels ?? []);
  const raw: RawExamples = {
    m: table.m,
    n: table.n,
    features: table.features,
    target: table.target,
    classes: labels.length,
    image: spec.image,
  };
  return buildDataset(raw, { name: spec.loader, labels, featureNames: spec.featureNames }, opts);
}
