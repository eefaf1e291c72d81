// A worker thread of the parse pool: parses the documents it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../pipeline.js';
import type { ParseOptions } from '../types.js';

export interface Job { seq: number; text: string; options: ParseOptions }
export type Done = { seq: number; record: unknown } | { seq: number; error: string };

parentPort?.on('message', (job: Job) => {
  let done: Done;
  try {
    done = { seq: job.seq, record: parseArticle(job.text, job.options) };
  } catch (e) {
    done = { seq: job.seq, error: `internal error: ${(e as Error).message}` };
  }
  parentPort?.postMessage(done);
});
