// Colours and marker symbols shared by all plots, so that class k has the same colour in a scatter
// plot, a decision boundary and a legend.

/** The category10 palette (plotly's and matplotlib's default colour cycle). */
export const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];

/** Marker symbols per class, so classes stay distinguishable without colour. */
export const SYMBOLS = ["circle", "square", "diamond", "triangle-up", "x", "triangle-down", "cross", "star", "pentagon", "hexagon"];

/**
 * Colour number i of the palette (cycling), or of a user list.
 * @example
 * colorAt(0) // → '#1f77b4'
 * colorAt(10) // → '#1f77b4'
 */
export function colorAt(i: number, colors: readonly string[] = PALETTE): string {
  return colors[i % colors.length];
}

/**
 * A colourscale that paints value i (for i = 0..k-1, with zmin -0.5 and zmax k-0.5) in colour i.
 * @example discreteColorscale(["red", "blue"]) // → [ [ 0, 'red' ], [ 0.5, 'red' ], [ 0.5, 'blue' ], [ 1, 'blue' ] ]
 */
export function discreteColorscale(colors: readonly string[]): [number, string][] {
  const k = colors.length;
  if (k === 1) return [[0, colors[0]], [1, colors[0]]];
  const out: [number, string][] = [];
  colors.forEach((c, i) => {
    out.push([i / k, c], [(i + 1) / k, c]);
  });
  return out;
}

/**
 * Grayscale like matplotlib's "gray": 0 black, 1 white (reversed when `invert`).
 * @example grayColorscale() // → [ [ 0, '#000000' ], [ 1, '#ffffff' ] ]
 */
export function grayColorscale(invert = false): [number, string][] {
  return invert ? [[0, "#ffffff"], [1, "#000000"]] : [[0, "#000000"], [1, "#ffffff"]];
}
