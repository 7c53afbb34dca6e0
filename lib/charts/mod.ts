/**
 * Pictures of learning: the error curve as SVG and in the terminal, and a
 * network's decision boundary as SVG.
 *
 * @module
 */
export { lineChartSvg } from "./line_chart_svg.ts";
export type { LineChartOptions } from "./line_chart_svg.ts";
export { lineChartText } from "./line_chart_text.ts";
export { linesChartSvg } from "./lines_chart_svg.ts";
export { contourText, SHADES } from "./contour_text.ts";
export type { ContourMark, ContourTextOptions } from "./contour_text.ts";
export { contourSvg } from "./contour_svg.ts";
export { histogramText } from "./histogram_text.ts";
export type { HistogramTextOptions } from "./histogram_text.ts";
export type { ContourPath, ContourSvgOptions } from "./contour_svg.ts";
export type { ContourGrid } from "./_grid.ts";
export type { LinesChartOptions, LineSeries } from "./lines_chart_svg.ts";
export type { LineChartTextOptions } from "./line_chart_text.ts";
export { decisionBoundarySvg } from "./decision_boundary_svg.ts";
export type { DecisionBoundaryOptions } from "./decision_boundary_svg.ts";
