// Files for flags: reading a data file named by --data, writing a picture named by --plot. Every
// failure becomes a LessonError that names the flag, the path and what to do about it.

import { type Dataset, parseDataset } from "../lib/data/parse_dataset.ts";
import { LessonError } from "./_cli.ts";
import { denoFiles, type Files } from "./_io.ts";

/**
 * Reads and parses the CSV data file named by a flag.
 *
 * @throws {LessonError} If the file cannot be read or is not a valid data set.
 */
export async function readDatasetFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
): Promise<Dataset> {
  const text = await readTextFileFor(flag, path, files);
  try {
    return parseDataset(text, path);
  } catch (error) {
    if (error instanceof SyntaxError) throw new LessonError(error.message);
    throw error;
  }
}

/**
 * Reads a text file for a flag, with a clear error when it is missing or not allowed.
 *
 * @throws {LessonError} If the file does not exist, cannot be read, or read access is missing.
 */
export async function readTextFileFor(
  flag: string,
  path: string,
  files: Files = denoFiles,
): Promise<string> {
  try {
    return await files.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new LessonError(`--${flag} ${path}: no such file`);
    }
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        `--${flag} ${path}: reading it needs read permission; run with --allow-read=${path}`,
      );
    }
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new LessonError(`--${flag} ${path}: the system denies reading it`);
    }
    if (error instanceof Deno.errors.IsADirectory) {
      throw new LessonError(`--${flag} ${path}: is a folder, not a file`);
    }
    throw new LessonError(`--${flag} ${path}: cannot read it (${(error as Error).message})`);
  }
}

/**
 * Writes a text file for a flag without ever leaving a half-written file: it creates the
 * folder if needed, writes a temporary file beside the target, then renames it into place.
 * Renaming needs read access to the folder as well as write access.
 *
 * @throws {LessonError} If write access is missing or the file cannot be written.
 */
export async function writeTextFileFor(
  flag: string,
  path: string,
  text: string,
  files: Files = denoFiles,
): Promise<void> {
  const slash = path.lastIndexOf("/");
  const folder = slash === -1 ? "." : path.slice(0, slash) || "/";
  const temporary = `${folder}/.${path.slice(slash + 1)}.${crypto.randomUUID()}.tmp`;
  try {
    await files.mkdir(folder);
    await files.writeTextFile(temporary, text);
    await files.rename(temporary, path);
  } catch (error) {
    await files.remove(temporary).catch(() => {});
    if (error instanceof Deno.errors.NotCapable) {
      throw new LessonError(
        `--${flag} ${path}: writing it needs write permission, and read permission to move ` +
          `it into place; run with --allow-read=${folder} --allow-write=${folder}`,
      );
    }
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new LessonError(`--${flag} ${path}: the system denies writing there`);
    }
    throw new LessonError(`--${flag} ${path}: cannot write it (${(error as Error).message})`);
  }
}
