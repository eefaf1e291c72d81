import { createReadStream } from 'node:fs';
import type { InputItem } from './inputs.js';
import { parseYmd } from '../dates/calendar.js';

/**
 * One JSONL line to a document or an error record. Errors name the line number, so a user can
 * find the line; the id is the line's own when it has one, else `line:N`.
 */
export function parseJsonlLine(line: string, lineNo: number, seenIds: Set<string>): InputItem {
  const fallbackId = `line:${lineNo}`;
  if (!line.trim()) return { id: fallbackId, error: `line ${lineNo}: blank line` };
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: fallbackId, error: `line ${lineNo}: malformed JSON (${(e as Error).message})` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj))
    return { id: fallbackId, error: `line ${lineNo}: not a JSON object` };
  const rec = obj as Record<string, unknown>;
  const id = rec.id === undefined || rec.id === null ? fallbackId : String(rec.id);
  // A line carries the page's text, or its HTML.
  const field = 'text' in rec ? 'text' : 'html' in rec ? 'html' : null;
  if (!field) return { id, error: `line ${lineNo}: no "text" or "html" field` };
  const body = rec[field];
  if (typeof body !== 'string') return { id, error: `line ${lineNo}: "${field}" is not a string` };
  const dup = seenIds.has(id);
  seenIds.add(id);
  const warnings: string[] = [];
  if (dup) warnings.push(`duplicate id "${id}"`);
  let refDate: string | undefined;
  if (rec.refDate !== undefined && rec.refDate !== null) {
    if (typeof rec.refDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rec.refDate) && parseYmd(rec.refDate))
      refDate = rec.refDate;
    else warnings.push(`"refDate" ${JSON.stringify(rec.refDate)} is not a date as YYYY-MM-DD, ignored`);
  }
  return {
    id,
    text: body,
    ...(field === 'html' ? { format: 'html' as const } : {}),
    ...(refDate ? { refDate } : {}),
    ...(warnings.length ? { warning: `line ${lineNo}: ${warnings.join('; ')}` } : {}),
  };
}

/**
 * Every line of each source (a path, or - for stdin), handed to `onLine` with its number; a source
 * that cannot be read is reported once and the others go on.
 */
export async function eachSourceLine(
  sources: string[],
  onLine: (line: string, lineNo: number, src: string) => Promise<void> | void,
  report: (src: string, error: string) => void,
  stop: () => boolean = () => false,
): Promise<void> {
  for (const src of sources.length ? sources : ['-']) {
    let lineNo = 0;
    try {
      for await (const line of readLines(src === '-' ? process.stdin : createReadStream(src))) {
        if (stop()) return;
        await onLine(line, ++lineNo, src);
      }
    } catch (e) {
      report(src, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message);
    }
  }
}

/**
 * The lines of a stream, read only as fast as they are consumed: the stream is pulled chunk by
 * chunk, so a huge JSONL input on stdin is never buffered whole (readline's iterator reads ahead
 * and held a 10,000-document stream in memory). CRLF line ends are accepted.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      yield rest.slice(0, nl).replace(/\r$/, '');
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}
