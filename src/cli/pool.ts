import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Done, Job } from './worker.js';
import type { ParseOptions } from '../types.js';

interface Pending {
  job: Job;
  resolve: (d: Done) => void;
  timer?: NodeJS.Timeout;
}

/**
 * Worker threads that parse documents in parallel, each with a time budget: a document that runs
 * over it is answered with an error and its worker replaced, so one runaway input never hangs a
 * batch. Results come back through promises; the caller keeps the input order.
 */
export class ParsePool {
  private idle: Worker[] = [];
  private busy = new Map<Worker, Pending>();
  private queue: Pending[] = [];

  constructor(
    private readonly size = Math.max(1, Math.min(availableParallelism(), 4)),
    private readonly timeoutMs = 10000,
  ) {}

  parse(text: string, options: ParseOptions): Promise<Done> {
    return new Promise((resolve) => {
      this.queue.push({ job: { text, options }, resolve });
      this.pump();
    });
  }

  /** Documents accepted and not answered yet: the caller waits while this is high. */
  get load(): number {
    return this.queue.length + this.busy.size;
  }
  get width(): number {
    return this.size;
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
    this.idle = [];
    this.busy.clear();
  }

  private pump(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.busy.size + this.idle.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      pending.timer = setTimeout(() => this.expire(worker), this.timeoutMs);
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    // A bounded heap per worker keeps a batch's memory flat; a document that needs more fails alone.
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 192 },
    });
    worker.unref();
    worker.on('message', (done: Done) => this.finish(worker, done));
    worker.on('error', (e) => this.finish(worker, { error: `internal error: ${e.message}` }, true));
    return worker;
  }

  private finish(worker: Worker, done: Done, dead = false): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    if (pending) {
      clearTimeout(pending.timer);
      pending.resolve(done);
    }
    if (!dead) this.idle.push(worker);
    this.pump();
  }

  private expire(worker: Worker): void {
    const pending = this.busy.get(worker);
    if (!pending) return;
    this.busy.delete(worker);
    void worker.terminate();
    pending.resolve({ error: `took longer than ${this.timeoutMs} ms (raise --doc-timeout)` });
    this.pump();
  }
}
