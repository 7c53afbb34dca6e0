import { assert } from "chai";
import { type Key, keysHelp, keysOf, type Place, pressKey, type Step } from "./walkthrough_keys.ts";

const numbers = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"];

/** Presses `keys` one after the other from `place`, as the walkthrough does. */
function press(keys: Key[], place: Place = { index: 4, typed: "" }): Step[] {
  let typed = place.typed;
  return keys.map((key) => {
    const pressed = pressKey({ index: place.index, typed }, key, numbers);
    typed = pressed.typed;
    return pressed.step;
  });
}

Deno.test("the terminal's bytes become named keys: Enter, Backspace, arrows, Escape, Ctrl-C", () => {
  assert.deepEqual(keysOf("\r"), ["enter"]);
  assert.deepEqual(keysOf("\n"), ["enter"]);
  assert.deepEqual(keysOf("\r\n"), ["enter"], "one Enter, however the line ends");
  assert.deepEqual(keysOf("\x7f"), ["backspace"]);
  assert.deepEqual(keysOf("\x1b[C\x1b[D\x1bOC"), ["right", "left", "right"]);
  assert.deepEqual(keysOf("\x1b[A"), ["unknown"], "up arrow means nothing here");
  assert.deepEqual(keysOf("\x1b"), ["escape"]);
  assert.deepEqual(keysOf("\x03"), ["quit"], "Ctrl-C");
  assert.deepEqual(keysOf("\x04"), ["quit"], "Ctrl-D");
  assert.deepEqual(keysOf("N"), ["n"], "capital letters work too");
  assert.deepEqual(keysOf("05\r"), ["0", "5", "enter"], "a paste is several keys");
});

Deno.test("Enter, n and the right arrow go to the next lesson", () => {
  for (const key of ["enter", "n", "right"]) {
    assert.deepEqual(press([key]), [{ do: "run", index: 5 }], key);
  }
});

Deno.test("past the last lesson, the walkthrough is done", () => {
  assert.deepEqual(press(["enter"], { index: 10, typed: "" }), [{ do: "quit", done: true }]);
});

Deno.test("b and the left arrow go back; at the first lesson there is nothing before", () => {
  assert.deepEqual(press(["b"]), [{ do: "run", index: 3 }]);
  assert.deepEqual(press(["left"]), [{ do: "run", index: 3 }]);
  assert.deepEqual(press(["b"], { index: 0, typed: "" }), [
    { do: "wait", note: "This is the first lesson." },
  ]);
});

Deno.test("r runs the same lesson again", () => {
  assert.deepEqual(press(["r"]), [{ do: "run", index: 4 }]);
});

Deno.test("q, Ctrl-C and Ctrl-D quit", () => {
  assert.deepEqual(press(["q"]), [{ do: "quit", done: false }]);
  assert.deepEqual(press(["quit"]), [{ do: "quit", done: false }]);
});

Deno.test("two digits go to that lesson at once: 0 then 8 is lesson 08, 1 then 1 lesson 11", () => {
  assert.deepEqual(press(["0", "8"]), [{ do: "wait" }, { do: "run", index: 7 }]);
  assert.deepEqual(press(["1", "1"]), [{ do: "wait" }, { do: "run", index: 10 }]);
});

Deno.test("one digit then Enter goes to that lesson: 8 Enter is lesson 08", () => {
  assert.deepEqual(press(["8", "enter"]), [{ do: "wait" }, { do: "run", index: 7 }]);
});

Deno.test("a number with no lesson says which lessons there are, and keeps the place", () => {
  const note = "No lesson 12: the lessons are 01 to 11.";
  assert.deepEqual(press(["1", "2"]), [{ do: "wait" }, { do: "wait", note }]);
  assert.deepEqual(press(["0", "0"])[1], {
    do: "wait",
    note: "No lesson 00: the lessons are 01 to 11.",
  });
  assert.deepEqual(press(["1", "2", "enter"])[2], { do: "run", index: 5 }, "then Enter is next");
});

Deno.test("Backspace and Escape drop a typed digit; Enter then goes to the next lesson", () => {
  assert.deepEqual(press(["1", "backspace", "enter"]), [
    { do: "wait" },
    { do: "wait" },
    { do: "run", index: 5 },
  ]);
  assert.deepEqual(press(["1", "escape", "b"])[2], { do: "run", index: 3 });
});

Deno.test("while a number is typed, letters other than q wait for the number", () => {
  const note = "Type a lesson number, then Enter (Esc: cancel).";
  assert.deepEqual(press(["1", "n", "0"]), [
    { do: "wait" },
    { do: "wait", note },
    { do: "run", index: 9 },
  ]);
  assert.deepEqual(press(["1", "q"])[1], { do: "quit", done: false });
});

Deno.test("any other key lists the keys, and fits in 80 columns", () => {
  const help = keysHelp(numbers);
  assert.equal(help, "Enter/n: next  b: back  r: again  a: answers  01-11: go to  q: quit");
  assert.deepEqual(press(["x"]), [{ do: "wait", note: `Keys: ${help}` }]);
  assert.deepEqual(press(["unknown"]), [{ do: "wait", note: `Keys: ${help}` }]);
  assert.isAtMost(`Lesson 11. ${help}`.length, 79);
});

Deno.test("Backspace and Escape with nothing typed do nothing", () => {
  assert.deepEqual(press(["backspace", "escape"]), [{ do: "wait" }, { do: "wait" }]);
});

Deno.test("each line ending is one Enter: two newlines or two carriage returns are two", () => {
  assert.deepEqual(keysOf("\n\n"), ["enter", "enter"]);
  assert.deepEqual(keysOf("\r\r"), ["enter", "enter"]);
  assert.deepEqual(keysOf("\n\r"), ["enter", "enter"]);
});

Deno.test("an arrow with a modifier still moves, and other sequences with any digits mean nothing", () => {
  assert.deepEqual(keysOf("\x1b[1;5C\x1b[1;2D"), ["right", "left"], "Ctrl and Shift arrows");
  assert.deepEqual(keysOf("\x1b[20~\x1b[19~n"), ["unknown", "unknown", "n"], "F9 and F8");
});

Deno.test("9 is a digit too: 0 then 9 is lesson 09", () => {
  assert.deepEqual(press(["0", "9"]), [{ do: "wait" }, { do: "run", index: 8 }]);
  assert.deepEqual(press(["9", "enter"]), [{ do: "wait" }, { do: "run", index: 8 }]);
});

Deno.test("next from the lesson before the last is the last; back from the second is the first", () => {
  assert.deepEqual(press(["enter"], { index: 9, typed: "" }), [{ do: "run", index: 10 }]);
  assert.deepEqual(press(["b"], { index: 1, typed: "" }), [{ do: "run", index: 0 }]);
});

Deno.test("a shows the lesson's answers, each one; a lesson with none says so", () => {
  const answers = ["  deno run x.ts\n    One.", "  deno run y.ts\n    Two."];
  assert.deepEqual(pressKey({ index: 4, typed: "" }, "a", numbers, answers), {
    typed: "",
    step: {
      do: "wait",
      note: 'Answers to "Try this":\n  deno run x.ts\n    One.\n  deno run y.ts\n    Two.',
    },
  });
  assert.deepEqual(pressKey({ index: 4, typed: "" }, "a", numbers, [answers[0]]).step, {
    do: "wait",
    note: 'Answers to "Try this":\n  deno run x.ts\n    One.',
  });
  assert.deepEqual(pressKey({ index: 4, typed: "" }, "a", numbers).step, {
    do: "wait",
    note: 'This lesson has no "Try this".',
  });
});

Deno.test("Ctrl-H is a Backspace too, and a capital Q quits", () => {
  assert.deepEqual(keysOf("\b"), ["backspace"]);
  assert.deepEqual(keysOf("Q"), ["q"]);
  assert.deepEqual(press(keysOf("1\bQ")), [{ do: "wait" }, { do: "wait" }, {
    do: "quit",
    done: false,
  }]);
});
