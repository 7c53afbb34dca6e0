/**
 * Checking the chain rule without calculus: central finite differences and
 * the relative error between two gradients.
 *
 * @module
 */
export { numericalGradient } from "./numerical_gradient.ts";
export { relativeError } from "./relative_error.ts";
