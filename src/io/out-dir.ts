import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const MAX_NAME = 120;

/**
 * A file name from an untrusted id or path: no directory climbing ("../../etc/x"), no absolute
 * paths, no NUL or control characters, no leading dots, at most 120 characters (longer names keep
 * a hash of the whole so they stay apart). Path separators become folders, as in the input tree.
 */
export function safeRelativePath(id: string): string {
  const parts = id
    .replace(/\\/g, '/')
    .split('/')
    .map(safeSegment)
    .filter((p) => p && p !== '.' && p !== '..');
  return parts.length ? parts.join(sep) : 'record';
}

function safeSegment(seg: string): string {
  let s = seg
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f]/g, '_')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  if (s.length > MAX_NAME)
    s = `${s.slice(0, MAX_NAME - 13)}-${createHash('sha1').update(seg).digest('hex').slice(0, 12)}`;
  return s;
}

/**
 * Writes one JSON file per record under a folder, each atomically (a temporary file renamed into
 * place, so an interrupted run leaves no half-written file). Names that clash, also only by
 * case, are made unique with -2, -3 …; a symlink inside the folder is never followed out of it;
 * an input file is never written over.
 */
export class OutDir {
  private readonly root: string;
  private readonly used = new Set<string>();
  /** Real paths of the input files, added by `protect`. */
  private readonly inputs = new Set<string>();

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.root = realpathSync(dir);
  }

  /** Refuses a folder inside one of the input folders (its output would be read back as input). */
  static insideInputs(dir: string, inputDirs: string[]): string | null {
    const target = resolve(dir);
    for (const d of inputDirs) {
      const rel = relative(resolve(d), target);
      if (!rel.startsWith('..') && !isAbsolute(rel)) return d;
    }
    return null;
  }

  /** An input file: never written over. */
  protect(path: string): void {
    try {
      this.inputs.add(realpathSync(path));
    } catch {
      /* unreadable inputs are reported elsewhere */
    }
  }

  write(name: string, json: string): string {
    const rel = this.unique(`${safeRelativePath(name).replace(/\.(?:txt|text|md|html?)$/i, '')}.json`);
    const target = join(this.root, rel);
    this.checkInside(target);
    if (this.inputs.has(target)) throw new Error(`would write over the input ${target}`);
    mkdirSync(dirname(target), { recursive: true });
    this.checkInside(target);
    const tmp = join(dirname(target), `.briefcli-${randomBytes(6).toString('hex')}.tmp`);
    try {
      writeFileSync(tmp, json, { flag: 'wx' });
      renameSync(tmp, target);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
      throw e;
    }
    return target;
  }

  private unique(rel: string): string {
    let candidate = rel;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) candidate = rel.replace(/\.json$/, `-${n}.json`);
    this.used.add(candidate.toLowerCase());
    return candidate;
  }

  /** Every folder between the root and the target must be a real folder, not a symlink. */
  private checkInside(target: string): void {
    const rel = relative(this.root, target);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${this.root}`);
    let p = this.root;
    for (const part of rel.split(sep).slice(0, -1)) {
      p = join(p, part);
      try {
        if (lstatSync(p).isSymbolicLink()) throw new Error(`refusing to follow the symlink ${p}`);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
  }
}
