// A worker thread of the parse pool: parses the documents it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../pipeline.js';
import type { ParseOptions } from '../types.js';

export interface Job {
  text: string;
  options: ParseOptions;
}
export type Done = { record: unknown } | { error: string };

parentPort?.on('message', (job: Job) => {
  let done: Done;
  try {
    done = { record: parseArticle(job.text, job.options) };
  } catch (e) {
    done = { error: `internal error: ${(e as Error).message}` };
  }
  parentPort?.postMessage(done);
});
