// Exercise 14: an experiment with a numeric answer.
//
// Lesson 08 trains at the learning rate 0.1 and ends with a cumulative error below 2.0. A
// larger rate takes larger steps: is that always better? Find out by running lesson 08 with
// other rates, for instance
//
//     deno run lessons/08_train.ts --learning-rate 0.5
//
// and reading its last cumulative error. Question: what is the largest learning rate, on the
// grid 0.01, 0.02, ..., 1.00 (two decimals), at which lesson 08, with its other flags as they
// are, still ends below an error of 2.0? Return your answer from largestLearningRate.
//
// Lesson 16 sweeps learning rates:  deno run lessons/16_learning_rates.ts
// Check your answer:                deno task exercise 14

/** The largest learning rate on the grid at which lesson 08 still ends below 2.0. */
export function largestLearningRate(): number {
  throw new Error("TODO: exercise 14, run the experiment and write your answer here");
}
