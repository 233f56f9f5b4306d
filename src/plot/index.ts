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
 * plot.costs([0.69, 0.45, 0.31], { every: 100, learningRate: 0.0075 }) // → Figure(1 trace: scatter; title "Learning rate = 0.0075")
 * const X = np.array([[0, 1, 0, 1], [0, 0, 1, 1]]), Y = np.array([[0, 1, 0, 1]]); // X (2, m), Y (1, m)
 * plot.scatter(X, Y) // → Figure(2 traces: scatter "0", scatter "1")
 * plot.decisionBoundary((G) => np.greater(G.get(0), 0.5), X, Y, { grid: 20 }) // → Figure(4 traces: heatmap "region 0", contour "region 1", scatter "0", scatter "1")
 * plot.heatmap(nn.confusionMatrix([0, 1, 1], [0, 1, 0]), { annotate: true }) // → Figure(1 trace: heatmap)
 * plot.images(np.random.rand(784, 3), [5, 0, 4], { shape: [28, 28] }) // → Figure(1 trace: heatmap "images")
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
   * @example plot.figure({ data: [{ type: "bar", y: [1, 3, 2] }], layout: { title: { text: "Raw" } } }) // → Figure(1 trace: bar; title "Raw")
   */
  figure: (fig: ConstructorParameters<typeof Figure>[0] = {}) => new Figure(fig),
};
