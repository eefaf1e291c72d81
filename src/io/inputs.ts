import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decode, looksBinary } from './decode.js';

export interface InputDoc {
  id: string;
  text: string;
  refDate?: string;
  warning?: string;
}

/** A file to read: its path, whether a folder walk found it, and its path inside that folder. */
export interface FileEntry {
  path: string;
  walked: boolean;
  rel: string;
}
export interface InputError {
  id: string;
  error: string;
  skipped?: boolean;
}
export type InputItem = InputDoc | InputError;

export const isError = (x: InputItem): x is InputError => 'error' in x;

export interface ReadOptions {
  maxBytes: number;
}

/**
 * Expands the command-line inputs into files: a directory is walked recursively in sorted order
 * (symlink loops are followed once), `-` stands for standard input and may be given once.
 */
export function* expandInputs(paths: string[]): Generator<FileEntry | InputError> {
  let stdinSeen = false;
  for (const p of paths) {
    if (p === '-') {
      if (stdinSeen) {
        yield { id: '-', error: 'standard input given more than once' };
        continue;
      }
      stdinSeen = true;
      yield { path: '-', walked: false, rel: 'stdin' };
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      yield { id: p, error: reason(e) };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, new Set(), p);
    else yield { path: p, walked: false, rel: p };
  }
}

function* walk(dir: string, seen: Set<string>, root: string): Generator<FileEntry | InputError> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    yield { id: dir, error: reason(e) };
    return;
  }
  if (seen.has(real)) {
    yield { id: dir, error: 'symlink loop, not followed again', skipped: true };
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    yield { id: dir, error: reason(e) };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const isLink = (() => {
        try {
          return lstatSync(p).isSymbolicLink();
        } catch {
          return false;
        }
      })();
      yield { id: p, error: isLink ? 'broken or looping symlink' : reason(e), skipped: isLink };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, seen, root);
    else if (st.isFile()) yield { path: p, walked: true, rel: relative(root, p) };
  }
  seen.delete(real);
}

/** Reads and decodes one file; a binary file is refused (skipped, when found by walking). */
export function readDoc(path: string, walked: boolean, opts: ReadOptions): InputItem {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > opts.maxBytes)
      return {
        id: path,
        error: `file is ${size} bytes, over the limit of ${opts.maxBytes} (raise it with --max-bytes)`,
      };
    bytes = readFileSync(path);
  } catch (e) {
    return { id: path, error: reason(e) };
  }
  return fromBytes(path, bytes, walked);
}

export function fromBytes(id: string, bytes: Uint8Array, walked = false): InputItem {
  if (looksBinary(bytes)) return { id, error: 'binary file, not text', skipped: walked };
  const d = decode(bytes);
  return d.warning ? { id, text: d.text, warning: d.warning } : { id, text: d.text };
}

export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symlink loop';
    case 'ENAMETOOLONG':
      return 'name too long';
    case 'EIO':
      return 'i/o error';
    default:
      return err.message ?? String(e);
  }
}
