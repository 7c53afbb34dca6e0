/**
 * The whole data set at once: the matrix-vector product that computes every
 * sample's weighted sum, and the transposed product that sums every sample's
 * gradient (lesson 14).
 *
 * @module
 */
export { matVec } from "./mat_vec.ts";
export { transposedMatVec } from "./transposed_mat_vec.ts";
