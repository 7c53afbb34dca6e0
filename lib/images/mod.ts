/**
 * Beyond the tutorial: small greyscale pictures, such as the handwritten
 * digits of lesson 12, drawn in the terminal and as SVG.
 *
 * @module
 */
export { imageText } from "./image_text.ts";
export { imageGridSvg } from "./image_grid_svg.ts";
export type { CaptionedImage, ImageGridOptions } from "./image_grid_svg.ts";
