// `plot`: plotly figures from ndarrays and arrays. Every function returns a Figure, which the
// deepts kernel draws when it is a cell's value (or with fig.show()).
import { bar, histogram } from "./bar";
import { boundaryGrid, decisionBoundary } from "./boundary";
import { Figure } from "./figure";
import { setOptions } from "./html";
import { confusionMatrix, heatmap } from "./heatmap";
import { images } from "./images";
import { costs, line } from "./line";
import { scatter } from "./scatter";
import { subplots } from "./subplots";

export { Figure } from "./figure";
export type { Trace, Layout, Config, FigureJSON } from "./figure";
export type { ToHTMLOptions, PlotlyjsMode, HtmlOptions } from "./html";
export type { CommonOptions } from "./options";
export type { LineOptions, CostsOptions, XY } from "./line";
export type { ScatterOptions, ExampleLayout } from "./scatter";
export type { BoundaryOptions, PredictFn, BoundaryGrid } from "./boundary";
export type { ImagesOptions } from "./images";
export type { HeatmapOptions, ConfusionOptions } from "./heatmap";
export type { BarOptions, HistogramOptions } from "./bar";
export type { SubplotsOptions } from "./subplots";
export type { Vector, Matrix, Labels } from "./values";
export type { SeriesInput } from "./series";

/**
 * Plotly figures from ndarrays and arrays. Each function returns a {@link Figure}; in the deepts
 * kernel a figure that ends a cell is drawn, elsewhere `fig.show()` writes an HTML file.
 *
 * @example
 * plot.costs(costs, { every: 100, learningRate: 0.0075 })
 * plot.scatter(X, Y)                                  // X (2, m), Y (1, m): one colour per class
 * plot.decisionBoundary((G) => predict(params, G), X, Y)
 * plot.images(X.get(":", ":20"), Y.get(":", ":20"), { shape: [28, 28] })
 * plot.heatmap(cm, { annotate: true })
 */
export const plot = {
  Figure,
  line,
  costs,
  scatter,
  decisionBoundary,
  boundaryGrid,
  images,
  heatmap,
  confusionMatrix,
  bar,
  histogram,
  subplots,
  setOptions,
  /**
   * A figure from raw plotly JSON.
   * @example plot.figure({ data: [{ type: "scatter", y: [1, 3, 2] }] })
   */
  figure: (fig: ConstructorParameters<typeof Figure>[0] = {}) => new Figure(fig),
};
