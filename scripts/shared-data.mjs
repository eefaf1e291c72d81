// Where the scripts find the shared data (read in place, never copied into the project), and the
// small helpers every evaluation script needs.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(new URL('..', import.meta.url).pathname);
export const trainDir = resolve(process.env.BRIEFCLI_TRAIN_DIR ?? join(root, '..', 'shared', 'train'));
export const evalDir = resolve(process.env.BRIEFCLI_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));

/** Exits with a one-line message naming what is missing and how to point elsewhere. */
export function needFiles(task, files) {
  if (files.every((f) => existsSync(f))) return;
  console.error(`${task}: needs ${files.join(' and ')} (set BRIEFCLI_TRAIN_DIR, BRIEFCLI_EVAL_DIR)`);
  process.exit(2);
}

export const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** The value after `--name` on the command line, else `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
