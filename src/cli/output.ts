import { Chalk } from 'chalk';

/** Colour only for a terminal, and never with NO_COLOR set (https://no-color.org). */
export function painter(stream: NodeJS.WriteStream) {
  const on = !!stream.isTTY && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}

let pipeClosed = false;
let stop = false;

/**
 * Ctrl-C ends a batch quietly: no new input is read, what is in flight is finished and written,
 * and the exit status is 130. A second Ctrl-C stops at once.
 */
let guarded = false;
export function guardInterrupt(): void {
  if (guarded) return;
  guarded = true;
  process.on('SIGINT', () => {
    if (stop) process.exit(130);
    stop = true;
  });
}
export const interrupted = (): boolean => stop;
/** A reader that went away (`briefcli parse dir/ | head -1`) ends the run quietly, not with a trace. */
let piped = false;
export function guardPipe(): void {
  if (piped) return;
  piped = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      pipeClosed = true;
      process.exit(process.exitCode ?? 0);
    }
    throw e;
  });
}

/** Writes to stdout; false when the pipe is full and the caller should wait for 'drain'. */
export function writeOut(text: string): boolean {
  return pipeClosed ? true : process.stdout.write(text);
}

export function drained(): Promise<void> {
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

// The progress line on stderr, if one is drawn: cleared before any message, so the two never
// share a line.
let statusLine: { clear(): void } | null = null;
export function setStatusLine(line: { clear(): void } | null): void {
  statusLine = line;
}

/** One line on stderr, naming the input and the reason. */
export function warn(message: string): void {
  statusLine?.clear();
  const c = painter(process.stderr);
  process.stderr.write(`${c.yellow('briefcli:')} ${message.replace(/[\r\n]+/g, ' ')}\n`);
}

export function fail(message: string): void {
  statusLine?.clear();
  const c = painter(process.stderr);
  process.stderr.write(`${c.red('briefcli:')} ${message.replace(/[\r\n]+/g, ' ')}\n`);
}
