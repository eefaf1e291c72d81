import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { parseArticle, ParseTimeout } from '../pipeline.js';
import type { ArticleRecord, ParseOptions } from '../types.js';
import { expandInputs, fromBytes, isError, readDoc, type InputItem } from '../io/inputs.js';
import { eachSourceLine, parseJsonlLine } from '../io/jsonl.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { drained, fail, interrupted, painter, setStatusLine, warn, writeOut } from './output.js';
import { ParsePool } from './pool.js';
import { Progress } from './progress.js';
import { OutDir } from '../io/out-dir.js';

export interface ParseCliOptions extends BatchOptions {
  format?: 'json' | 'ndjson' | 'table';
  pretty?: boolean;
  compact?: boolean;
  fields?: string;
  outDir?: string;
  allowOutInInput?: boolean;
}

// A batch of this many documents or more is worth the worker threads' start-up.
const POOL_AFTER = 4;

/**
 * Worker threads for a batch when --jobs is not given, chosen by measurement. On two cores (400
 * dev pages as JSONL): one thread 12.0 s at 170 MB, two workers 10.7 s at 310 MB (each worker
 * loads its own models), one worker beside the reader 14.3 s. So: the main thread alone up to
 * two cores; beyond, a worker per core but one, at most four.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores - 1, 4);
}

export type OutRecord = ArticleRecord | { id: string; error: string };

export interface BatchOptions {
  inputFormat: 'text' | 'jsonl' | 'markdown' | 'html';
  refDate?: string;
  maxBytes: number;
  quiet?: boolean;
  docTimeout: number;
  minConfidence?: number;
  /** The time budget was asked for: every document, even a single one, runs on a worker. */
  enforceTimeout?: boolean;
  jobs?: number;
  explain?: boolean;
  format?: 'json' | 'ndjson' | 'table' | 'csv';
  /** Extensions read from folders. */
  ext?: string[];
}

export interface BatchHooks {
  /** Called with every record (and, where `errorsInline`, every error record) in input order. */
  emit(r: OutRecord): Promise<void> | void;
  /** The input path of a file entry, and its path inside the folder being walked. */
  named?(path: string, rel: string): void;
  /** Errors of inputs that never became documents go into the record stream too. */
  errorsInline: boolean;
}

/**
 * Reads every input (files, folders, stdin, JSONL), parses each document inline or on the worker
 * pool, and hands the records to `emit` in input order as soon as each and all before it are done.
 * Failures are reported on stderr; returns how many failed.
 */
export async function processInputs(inputs: string[], opts: BatchOptions, hooks: BatchHooks): Promise<number> {
  const base: ParseOptions = {
    ...(opts.refDate ? { fallbackRefDate: opts.refDate } : {}),
    ...(opts.minConfidence !== undefined ? { minConfidence: opts.minConfidence } : {}),
  };
  const progress = new Progress(process.stderr, !opts.quiet && isMany(inputs, opts.inputFormat));
  const textFormat = opts.inputFormat === 'markdown' || opts.inputFormat === 'html' ? opts.inputFormat : 'auto';
  const many = isMany(inputs, opts.inputFormat);
  if (progress.shown) setStatusLine(progress);
  let failed = 0;
  let pool: ParsePool | null = null;
  let seen = 0;
  const report = (id: string, error: string): OutRecord => {
    failed++;
    fail(`${id}: ${error}`);
    return { id, error };
  };

  // Results in input order: each item is a promise, handed on when its turn comes.
  const order: Array<Promise<OutRecord | null>> = [];
  let flushing = Promise.resolve();
  const flush = (): Promise<void> =>
    (flushing = flushing.then(async () => {
      while (order.length) {
        const r = await order[0];
        order.shift();
        progress.tick(!!r && !('error' in r));
        if (r) await hooks.emit(r);
        if (order.length && !(await settled(order[0]))) break;
      }
    }));

  const submit = async (item: InputItem, errorsInStream: boolean): Promise<void> => {
    seen++;
    if (isError(item)) {
      if (item.skipped) {
        progress.tick();
        if (!opts.quiet) warn(`${item.id}: skipped (${item.error})`);
        return;
      }
      const rec = report(item.id, item.error);
      order.push(Promise.resolve(errorsInStream && !item.noRecord ? rec : null));
      void flush();
      return;
    }
    if (item.warning) warn(`${item.id}: ${item.warning}`);
    const options: ParseOptions = {
      ...base,
      id: item.id,
      ...(item.refDate ? { refDate: item.refDate } : {}),
      ...(item.format ? { format: item.format } : {}),
    };
    if (opts.explain) {
      const { renderExplain, renderExplainJson } = await import('../render/explain.js');
      const json = opts.format === 'json' || opts.format === 'ndjson';
      writeOut(
        `${json ? renderExplainJson(item.text, item.id, options) : renderExplain(item.text, item.id, options, painter(process.stdout), terminalWidth())}\n`,
      );
      return;
    }
    // A batch goes to worker threads (where a runaway document can be stopped); a single input is
    // parsed here, its budget checked between passes, with the whole heap at its disposal.
    if (!pool && many && (opts.enforceTimeout || (seen >= POOL_AFTER && (opts.jobs ?? defaultJobs()) > 1)))
      pool = new ParsePool(opts.jobs ?? defaultJobs(), opts.docTimeout);
    if (pool) {
      const p = pool;
      order.push(
        p
          .parse(item.text, options)
          .then((d) => ('error' in d ? report(item.id, d.error) : (d.record as ArticleRecord))),
      );
      // Keep memory flat: wait while a few documents per worker are in flight.
      while (p.load > p.width * 4)
        await Promise.race([order[0], new Promise((r) => setTimeout(r, 5))]).then(() => flush());
    } else {
      // Inline, the budget is checked between passes; on the pool a worker that runs over is stopped.
      order.push(Promise.resolve(parseInline(item.text, { ...options, budgetMs: opts.docTimeout }, report)));
      // Let the event loop run between documents: Ctrl-C and a full stdout are heard there.
      await new Promise((resolve) => setImmediate(resolve));
    }
    void flush();
  };

  try {
    if (opts.inputFormat === 'jsonl') {
      const ids = new Set<string>();
      await eachSourceLine(
        inputs,
        (line, lineNo) => submit(parseJsonlLine(line, lineNo, ids), true),
        report,
        interrupted,
      );
    } else {
      // On a terminal the files are listed before the first is read, so the progress line knows the total and gives an ETA.
      const expand = { extensions: opts.ext };
      const entries = progress.shown ? [...expandInputs(inputs, expand)] : expandInputs(inputs, expand);
      if (Array.isArray(entries)) progress.total = entries.length;
      for (const entry of entries) {
        if (interrupted()) break;
        if ('error' in entry) {
          await submit(entry, hooks.errorsInline);
          continue;
        }
        hooks.named?.(entry.path, entry.rel);
        const item =
          entry.path === '-'
            ? fromBytes('-', await readStdin(), false, textFormat)
            : readDoc(entry.path, entry.walked, { maxBytes: opts.maxBytes, format: textFormat });
        await submit(item, hooks.errorsInline);
      }
    }
    await Promise.all(order);
    await flush();
    await flushing;
  } finally {
    progress.done();
    setStatusLine(null);
    await (pool as ParsePool | null)?.close();
  }
  return failed;
}

/** `briefcli parse`: every input to one record, printed (or written to --out-dir) in input order. */
export async function runParse(inputs: string[], opts: ParseCliOptions): Promise<number> {
  const format = opts.format ?? (isMany(inputs, opts.inputFormat) ? 'ndjson' : 'json');
  const pretty = opts.pretty ?? (opts.compact ? false : !!process.stdout.isTTY);
  const fields = opts.fields
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const picking = fields ? await import('../render/fields.js') : null;
  if (fields && picking) {
    const wrong = picking.checkFields(fields);
    if (wrong) throw new UsageError(`--fields: ${wrong}`);
  }
  const tree = fields && picking ? picking.fieldTree(fields) : null;
  const stream = format === 'ndjson';
  const collected: OutRecord[] = [];
  const out = opts.outDir ? openOutDir(opts.outDir, inputs, !!opts.allowOutInInput) : null;
  const names = new Map<string, string>();
  let writeFailures = 0;

  const emit = async (r: OutRecord): Promise<void> => {
    const shown = tree && picking && !('error' in r) ? picking.pickFields(r, tree) : r;
    if (out) {
      if ('error' in r) return;
      try {
        out.write(names.get(r.id) ?? r.id, `${renderJson(shown, true)}\n`);
      } catch (e) {
        writeFailures++;
        fail(`${r.id}: cannot write: ${(e as Error).message}`);
      }
      return;
    }
    // A slow reader holds the batch back instead of filling memory with pending output.
    if (stream) {
      if (!writeOut(`${renderNdjsonLine(shown)}\n`)) await drained();
    } else collected.push(shown as OutRecord);
  };
  const failed = await processInputs(inputs, opts, {
    emit,
    errorsInline: stream,
    named: (path, rel) => {
      names.set(path, rel);
      if (out && path !== '-') out.protect(path);
    },
  });

  if (format === 'table') {
    const { renderTable, renderFieldTable } = await import('../render/table.js');
    const width = terminalWidth();
    const paint = painter(process.stdout);
    const table = fields
      ? renderFieldTable(collected as Array<Record<string, unknown>>, fields, paint, width)
      : renderTable(collected, paint, width);
    writeOut(`${table}\n`);
  } else if (format === 'json' && !opts.explain) {
    if (collected.length === 1 && !isMany(inputs, opts.inputFormat)) writeOut(`${renderJson(collected[0], pretty)}\n`);
    else if (collected.length) writeOut(`${renderJson(collected, pretty)}\n`);
  }
  return failed || writeFailures ? 1 : 0;
}

/** The --out-dir writer; a folder inside an input folder is a usage error unless allowed. */
function openOutDir(dir: string, inputs: string[], allow: boolean): OutDir {
  const dirs = inputs.filter((p) => {
    try {
      return p !== '-' && statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
  const inside = allow ? null : OutDir.insideInputs(dir, dirs);
  if (inside)
    throw new UsageError(
      `--out-dir ${dir} is inside the input folder ${inside} (add --allow-out-in-input to write there anyway)`,
    );
  return new OutDir(dir);
}

export class UsageError extends Error {}

/** Columns a table may fill: the terminal's width, else $COLUMNS, else 100. */
export function terminalWidth(): number {
  const env = Number(process.env.COLUMNS);
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : env > 20 ? env : 100;
}

function parseInline(text: string, options: ParseOptions, report: (id: string, e: string) => OutRecord): OutRecord {
  try {
    return parseArticle(text, options);
  } catch (e) {
    if (e instanceof ParseTimeout) return report(options.id ?? '', e.message);
    return report(options.id ?? '', `internal error: ${(e as Error).message}`);
  }
}

/** True when a promise has already settled (checked without waiting for it). */
async function settled(p: Promise<unknown>): Promise<boolean> {
  const marker = {};
  return (await Promise.race([p, Promise.resolve(marker)])) !== marker;
}

function isMany(inputs: string[], inputFormat: BatchOptions['inputFormat']): boolean {
  if (inputFormat === 'jsonl' || inputs.length !== 1) return true;
  try {
    return inputs[0] !== '-' && statSync(inputs[0]).isDirectory();
  } catch {
    return false;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
