// Loads TensorFlow.js for lesson 18 and its tests: the core (tensors, automatic gradients,
// optimizers), its pure JavaScript CPU backend, and the layers API. It is loaded with import(),
// not a static import, so that lesson 18 can explain itself when it is run without its
// configuration (lessons/framework/deno.json), where TensorFlow.js is not in the import map.

import type * as TensorFlow from "@tensorflow/tfjs-core";
import type * as TensorFlowLayers from "@tensorflow/tfjs-layers";

export type { Scalar, Tensor } from "@tensorflow/tfjs-core";

/** TensorFlow.js: `tf` is the core, `layers` the Keras-like layers API. */
export interface Framework {
  tf: typeof TensorFlow;
  layers: typeof TensorFlowLayers;
}

/**
 * Loads TensorFlow.js on its CPU backend, in production mode: that turns off its debug checks
 * and the advert for the tfjs-node backend it prints on first use in a server runtime.
 *
 * @throws {Error} If the packages cannot be loaded (the import map lacks them, or they are not
 * in Deno's cache and cannot be downloaded).
 */
export async function loadFramework(): Promise<Framework> {
  const tf = await import("@tensorflow/tfjs-core");
  await import("@tensorflow/tfjs-backend-cpu");
  const layers = await import("@tensorflow/tfjs-layers");
  tf.enableProdMode();
  await tf.setBackend("cpu");
  return { tf, layers };
}
