// The lessons' worker: runs one lesson's own `main` off the page's thread, so that the page stays
// usable while a lesson trains, shows how far the training has come, and can stop a run at once
// (it ends the worker; classroom/page/main.ts). The worker is the site's own script again, started
// from a Blob URL (classroom/build.ts), which works opened from the disk too; it finds the lessons
// where the page does, by file name. The lesson gets what a terminal gives it: its arguments, an
// Io whose lines go to the page, and Files kept in memory, read as on disk (at most 100 MB).

import { type Files, FileTooLargeError } from "../../runtime/io.ts";
import { memoryFiles } from "../../runtime/testing.ts";
import { type ReplayMap, watchMaps } from "../../runtime/replay_maps.ts";
import { editedLesson } from "./edited_lesson.ts";
import { lessonModule } from "./lesson_module.ts";
import { type Progress, type Recording, recordTrainings, worthWatching } from "./recording.ts";

/** What the page asks: run this lesson with these arguments and these files. */
export interface RunRequest {
  file: string;
  args: string[];
  /** The files the lesson may read, by name (a pasted or dropped CSV). */
  files: Record<string, string>;
  /** Each file's size in bytes, to hold it to the command line's limit. */
  sizes: Record<string, number>;
  /** The lesson's code as the learner edited it, and the lib files they changed, by path. */
  sources?: Record<string, string>;
}

/** What the worker answers: progress while the lesson runs, then its end. */
export type RunMessage =
  | {
    kind: "progress";
    /** The lines printed since the last message. */
    out: string[];
    err: string[];
    progress: Progress;
  }
  | {
    kind: "done";
    out: string[];
    err: string[];
    /** The exit code, or "a bug" when the lesson threw. */
    code: number | string;
    /** The files the lesson wrote (its pictures), by name. */
    written: Record<string, string>;
    /** The trainings worth replaying. */
    recordings: Recording[];
    /** The maps with paths the lesson offered, to draw step by step (runtime/replay_maps.ts). */
    maps: ReplayMap[];
  };

/** Progress is posted at most this often: the page redraws no faster than it can show. */
const PROGRESS_MS = 50;

/** The files the lesson may read, read as on disk: a read past its limit fails. */
function filesFor({ files, sizes }: RunRequest): Files & { files: Record<string, string> } {
  const memory = memoryFiles({ ...files });
  const read = memory.readTextFile;
  memory.readTextFile = (path, maxBytes) =>
    (sizes[path] ?? 0) > (maxBytes ?? Infinity)
      ? Promise.reject(new FileTooLargeError(maxBytes!))
      : read(path, maxBytes);
  return memory;
}

/** Runs one lesson as the request says, posting its progress and then its end. */
export async function runLesson(
  request: RunRequest,
  post: (message: RunMessage) => void,
): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { log: (line: string) => out.push(line), error: (line: string) => err.push(line) };
  const files = filesFor(request);
  const before = new Set(Object.keys(files.files));
  let posted = -Infinity;
  const onProgress = (progress: Progress) => {
    if (performance.now() - posted < PROGRESS_MS) return;
    posted = performance.now();
    post({ kind: "progress", out: out.splice(0), err: err.splice(0), progress });
  };
  let code: number | string;
  let recordings: Recording[] = [];
  const maps: ReplayMap[] = [];
  const unwatch = watchMaps((map) => maps.push(map));
  try {
    const { main } = request.sources === undefined
      ? lessonModule(request.file)
      : editedLesson(request.file, request.sources);
    const result = await recordTrainings(() => main(request.args, io, files), onProgress);
    code = result.result;
    recordings = worthWatching(result.recordings);
  } catch (error) {
    // A bug, not bad input: the lesson throws it on, as in a terminal, with its stack.
    code = "a bug";
    err.push(String((error as Error).stack ?? error));
    console.error(error);
  } finally {
    unwatch();
  }
  const written = Object.fromEntries(
    Object.entries(files.files).filter(([path]) => !before.has(path)),
  );
  post({ kind: "done", out, err, code, written, recordings, maps });
}

/** Makes this worker answer the page: each message is one run, sent after the last one ended. */
export function serveLessons(): void {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
    postMessage(message: RunMessage): void;
  };
  scope.onmessage = (event) => {
    runLesson(event.data, (message) => scope.postMessage(message)).catch((error) => {
      console.error(error);
    });
  };
}
