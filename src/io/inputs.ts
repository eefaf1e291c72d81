import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { decode, looksBinary } from './decode.js';
import { looksLikeMarkdown } from './markdown.js';
import { looksLikeHtml } from './html/detect.js';

export interface InputDoc {
  id: string;
  text: string;
  refDate?: string;
  warning?: string;
  /** How the text is written, when it is not plain text. */
  format?: 'markdown' | 'html';
}

/** How a file's text is read: by its name and content (`auto`), or as the user said. */
export type TextFormat = 'auto' | 'text' | 'markdown' | 'html';

/** A file to read: its path, whether a folder walk found it, and its path inside that folder. */
export interface FileEntry {
  path: string;
  walked: boolean;
  rel: string;
}
export interface InputError {
  id: string;
  error: string;
  /** Not an input that failed: a warning, and the batch goes on (a binary file in a folder). */
  skipped?: boolean;
  /** A failure with no record of its own in the stream (a folder with no inputs): said on stderr. */
  noRecord?: boolean;
}
export type InputItem = InputDoc | InputError;

export const isError = (x: InputItem): x is InputError => 'error' in x;

export interface ReadOptions {
  maxBytes: number;
  format?: TextFormat;
}

/** The extensions read from folders by default: text-like files, and files without one. */
export const TEXT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', ''];

export interface ExpandOptions {
  /** Extensions read from folders (without the dot; '' for none, '*' for every file). */
  extensions?: string[];
}

/**
 * Expands the command-line inputs into files: a directory is walked recursively in sorted order,
 * reading the files whose extension is asked for (text-like by default); a file named on the
 * command line is read whatever its name. Each real file and folder is visited once, however many
 * symlinks lead to it (cycles included). `-` stands for standard input and may be given once.
 */
export function* expandInputs(paths: string[], options: ExpandOptions = {}): Generator<FileEntry | InputError> {
  const wanted = new Set((options.extensions ?? TEXT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase()));
  const visited = new Map<string, string>();
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
    if (!st.isDirectory()) {
      const again = firstVisit(visited, p);
      if (again) yield { id: p, error: `same file as ${again}, read once`, skipped: true };
      else yield { path: p, walked: false, rel: basename(p) };
      continue;
    }
    let found = 0;
    for (const entry of walk(p, p, visited, wanted)) {
      if (!('error' in entry)) found++;
      yield entry;
    }
    if (!found) {
      const exts = wanted.has('*') ? 'any file' : [...wanted].map((e) => (e ? `.${e}` : 'no extension')).join(', ');
      yield { id: p, error: `no inputs in this folder (read: ${exts}; --ext chooses)`, noRecord: true };
    }
  }
}

/** Records the real path of a file or folder; returns the path it was first seen under, if any. */
function firstVisit(visited: Map<string, string>, p: string): string | null {
  let real: string;
  try {
    real = realpathSync(p);
  } catch {
    return null;
  }
  const before = visited.get(real);
  if (before !== undefined) return before;
  visited.set(real, p);
  return null;
}

function* walk(
  dir: string,
  root: string,
  visited: Map<string, string>,
  wanted: Set<string>,
): Generator<FileEntry | InputError> {
  const again = firstVisit(visited, dir);
  if (again) {
    yield { id: dir, error: `same folder as ${again}, walked once`, skipped: true };
    return;
  }
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
    if (st.isDirectory()) yield* walk(p, root, visited, wanted);
    else if (st.isFile() && (wanted.has('*') || wanted.has(extname(name).slice(1).toLowerCase()))) {
      const again = firstVisit(visited, p);
      if (again) yield { id: p, error: `same file as ${again}, read once`, skipped: true };
      else yield { path: p, walked: true, rel: relative(root, p) };
    }
  }
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
  return fromBytes(path, bytes, walked, opts.format);
}

export function fromBytes(id: string, bytes: Uint8Array, walked = false, format: TextFormat = 'auto'): InputItem {
  if (looksBinary(bytes)) return { id, error: 'binary file, not text', skipped: walked };
  const d = decode(bytes);
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(d.text, id));
  const markdown = !html && (format === 'markdown' || (format === 'auto' && looksLikeMarkdown(d.text, id)));
  return {
    id,
    text: d.text,
    ...(d.warning ? { warning: d.warning } : {}),
    ...(html ? { format: 'html' as const } : markdown ? { format: 'markdown' as const } : {}),
  };
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
