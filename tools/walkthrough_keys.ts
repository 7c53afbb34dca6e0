// What each key does in the walkthrough, apart from the terminal: the terminal hands over the
// bytes a key press sent, `keysOf` names the keys, and `pressKey` decides what happens. Both are
// plain functions, so a test drives them with no terminal at all.

/** A key by name: `"enter"`, `"backspace"`, `"escape"`, `"left"`, `"right"`, `"quit"`, or the
 * character typed, lower-cased (`"n"`, `"5"`). */
export type Key = string;

/** Names the keys in what one read from a raw terminal gave (one press, or a paste). */
export function keysOf(bytes: string): Key[] {
  const keys: Key[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const char = bytes[i];
    if (char === "\r" || char === "\n") {
      if (char === "\r" && bytes[i + 1] === "\n") i++;
      keys.push("enter");
    } else if (char === "\x7f" || char === "\b") {
      keys.push("backspace");
    } else if (char === "\x03" || char === "\x04") {
      // Ctrl-C and Ctrl-D: raw mode delivers them as bytes instead of signals.
      keys.push("quit");
    } else if (char === "\x1b") {
      // An arrow key sends ESC [ C (or ESC O C); Escape alone sends ESC.
      const sequence = "[O".includes(bytes[i + 1])
        ? /^[0-9;]*[A-Za-z~]/.exec(bytes.slice(i + 2))
        : null;
      if (sequence === null) {
        keys.push("escape");
      } else {
        const last = sequence[0].at(-1)!;
        keys.push(last === "C" ? "right" : last === "D" ? "left" : "unknown");
        i += 1 + sequence[0].length;
      }
    } else {
      keys.push(char.toLowerCase());
    }
  }
  return keys;
}

/** Where the walkthrough stands: the lesson on screen, and the digits typed so far. */
export interface Place {
  /** The position of the lesson on screen in the list of lessons. */
  index: number;
  /** Digits typed towards a lesson number, `""` when none. */
  typed: string;
}

/** What to do after a key. */
export type Step =
  /** Show and run the lesson at `index` (the same one for "run again"). */
  | { do: "run"; index: number }
  /** Stop the walkthrough; `done` when it went past the last lesson. */
  | { do: "quit"; done: boolean }
  /** Wait for the next key, after showing `note` if there is one. */
  | { do: "wait"; note?: string };

/** The keys, for the prompt and for a key that means nothing. */
export function keysHelp(numbers: readonly string[]): string {
  const range = `${numbers[0]}-${numbers[numbers.length - 1]}`;
  return `Enter/n: next  b: back  r: again  a: answers  ${range}: go to  q: quit`;
}

/**
 * Decides what a key does. Enter, `n` or the right arrow: the next lesson (past the last one, the
 * end). `b` or the left arrow: the one before. `r`: the same one again. `q`, Ctrl-C or Ctrl-D:
 * quit. Digits type a lesson number: the second digit goes there at once (`0` `5`), or Enter
 * after one digit (`5` Enter); Backspace takes a digit back, Escape drops them. `a`: the answers
 * to the lesson's "Try this", held back until asked so that the class predicts first.
 *
 * @param place Where the walkthrough stands.
 * @param key The key pressed, named by {@link keysOf}.
 * @param numbers The lessons' two-digit numbers, in order: `["01", "02", ...]`.
 * @param answers The answers to the "Try this" of the lesson on screen, one per experiment.
 * @returns The digits typed after this key, and what to do.
 */
export function pressKey(
  place: Place,
  key: Key,
  numbers: readonly string[],
  answers: readonly string[] = [],
): { typed: string; step: Step } {
  const { index, typed } = place;
  const go = (digits: string) => {
    const target = numbers.findIndex((number) => Number(number) === Number(digits));
    if (target !== -1) return { typed: "", step: { do: "run", index: target } as const };
    const note = `No lesson ${digits.padStart(2, "0")}: the lessons are ` +
      `${numbers[0]} to ${numbers[numbers.length - 1]}.`;
    return { typed: "", step: { do: "wait", note } as const };
  };
  if (/^[0-9]$/.test(key)) {
    return typed === "" ? { typed: key, step: { do: "wait" } } : go(typed + key);
  }
  if (key === "quit" || key === "q") return { typed: "", step: { do: "quit", done: false } };
  if (typed !== "") {
    if (key === "enter") return go(typed);
    if (key === "backspace" || key === "escape") return { typed: "", step: { do: "wait" } };
    return { typed, step: { do: "wait", note: "Type a lesson number, then Enter (Esc: cancel)." } };
  }
  switch (key) {
    case "enter":
    case "n":
    case "right":
      return index + 1 < numbers.length
        ? { typed, step: { do: "run", index: index + 1 } }
        : { typed, step: { do: "quit", done: true } };
    case "b":
    case "left":
      return index > 0
        ? { typed, step: { do: "run", index: index - 1 } }
        : { typed, step: { do: "wait", note: "This is the first lesson." } };
    case "r":
      return { typed, step: { do: "run", index } };
    case "a": {
      const note = answers.length === 0
        ? 'This lesson has no "Try this".'
        : `Answers to "Try this":\n${answers.join("\n")}`;
      return { typed, step: { do: "wait", note } };
    }
    case "backspace":
    case "escape":
      return { typed, step: { do: "wait" } };
    default:
      return { typed, step: { do: "wait", note: `Keys: ${keysHelp(numbers)}` } };
  }
}
