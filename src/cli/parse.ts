import { createInterface } from 'node:readline';
import { statSync } from 'node:fs';
import { parseArticle } from '../pipeline.js';
import type { ArticleRecord, ParseOptions } from '../types.js';
import { expandInputs, fromBytes, isError, readDoc, type InputItem } from '../io/inputs.js';
import { parseJsonlLine } from '../io/jsonl.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderTable } from '../render/table.js';
import { pickFields } from '../render/fields.js';
import { fail, painter, warn, writeOut } from './output.js';
import { renderExplain } from '../render/explain.js';

export interface ParseCliOptions {
  format?: 'json' | 'ndjson' | 'table';
  inputFormat: 'text' | 'jsonl';
  pretty?: boolean;
  compact?: boolean;
  refDate?: string;
  fields?: string;
  maxBytes: number;
  explain?: boolean;
  quiet?: boolean;
}

type OutRecord = ArticleRecord | { id: string; error: string };

/** `briefcli parse`: every input to one record; failures are reported and the batch goes on. */
export async function runParse(inputs: string[], opts: ParseCliOptions): Promise<number> {
  const format = opts.format ?? defaultFormat(inputs, opts);
  const pretty = opts.pretty ?? (opts.compact ? false : !!process.stdout.isTTY);
  const fields = opts.fields?.split(',').map((f) => f.trim()).filter(Boolean);
  const base: ParseOptions = opts.refDate ? { fallbackRefDate: opts.refDate } : {};
  const collected: OutRecord[] = [];
  let failed = 0;
  let count = 0;

  const emit = (r: OutRecord): void => {
    count++;
    const shown = fields && !('error' in r) ? pickFields(r, fields) : r;
    if (format === 'ndjson') writeOut(`${renderNdjsonLine(shown)}\n`);
    else collected.push(shown as OutRecord);
  };
  const handle = (item: InputItem, stream: boolean): void => {
    if (isError(item)) {
      if (item.skipped) { if (!opts.quiet) warn(`${item.id}: skipped (${item.error})`); return; }
      failed++;
      fail(`${item.id}: ${item.error}`);
      if (stream) emit({ id: item.id, error: item.error });
      return;
    }
    if (item.warning) warn(`${item.id}: ${item.warning}`);
    try {
      const record = parseArticle(item.text, { ...base, id: item.id, ...(item.refDate ? { refDate: item.refDate } : {}) });
      if (opts.explain) writeOut(`${renderExplain(item.text, record.id)}\n`);
      else emit(record);
    } catch (e) {
      failed++;
      fail(`${item.id}: internal error: ${(e as Error).message}`);
      emit({ id: item.id, error: `internal error: ${(e as Error).message}` });
    }
  };

  if (opts.inputFormat === 'jsonl') {
    const seen = new Set<string>();
    const sources = inputs.length ? inputs : ['-'];
    for (const src of sources) {
      const stream = src === '-' ? process.stdin : (await import('node:fs')).createReadStream(src);
      let lineNo = 0;
      const rl = createInterface({ input: stream, crlfDelay: Infinity });
      try {
        for await (const line of rl) handle(parseJsonlLine(line, ++lineNo, seen), true);
      } catch (e) {
        failed++;
        fail(`${src}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      }
    }
  } else {
    for (const entry of expandInputs(inputs)) {
      if ('error' in entry) { handle(entry, format === 'ndjson'); continue; }
      const item = entry.path === '-' ? fromBytes('-', await readStdin()) : readDoc(entry.path, entry.walked, { maxBytes: opts.maxBytes });
      handle(item, format === 'ndjson');
    }
  }

  if (format === 'table') writeOut(`${renderTable(collected, painter(process.stdout))}\n`);
  else if (format === 'json' && !opts.explain) {
    if (collected.length === 1 && !isMany(inputs, opts)) writeOut(`${renderJson(collected[0], pretty)}\n`);
    else if (collected.length || count) writeOut(`${renderJson(collected, pretty)}\n`);
  }
  return failed ? 1 : 0;
}

function isMany(inputs: string[], opts: ParseCliOptions): boolean {
  if (opts.inputFormat === 'jsonl' || inputs.length !== 1) return true;
  try { return inputs[0] !== '-' && statSync(inputs[0]).isDirectory(); } catch { return false; }
}

/** One input gives one JSON object; several inputs, a directory or a JSONL stream give NDJSON. */
function defaultFormat(inputs: string[], opts: ParseCliOptions): 'json' | 'ndjson' {
  return isMany(inputs, opts) ? 'ndjson' : 'json';
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
