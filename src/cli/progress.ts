/**
 * A one-line progress display on stderr for batches: documents done, rate and elapsed time
 * (and an ETA when the total is known). Silent unless stderr is a terminal, and with --quiet.
 */
export class Progress {
  private count = 0;
  private failed = 0;
  /** Whether the line is on the screen now (and must be cleared before anything else is written). */
  private drawn = false;
  private readonly started = Date.now();
  private last = 0;
  total: number | null = null;

  /** Whether the line is drawn at all: asked for, and stderr a terminal. */
  readonly shown: boolean;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    enabled: boolean,
  ) {
    this.shown = enabled && !!stream.isTTY;
  }

  /** One input finished; `ok` false when it failed. */
  tick(ok = true): void {
    this.count++;
    if (!ok) this.failed++;
    if (!this.shown) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
    this.drawn = true;
  }

  /** Takes the line off the screen, so that a message starts on a clean line. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\u001b[K');
    this.drawn = false;
  }

  done(): void {
    if (this.shown && this.count) this.stream.write(`\r${this.line(Date.now())}\u001b[K\n`);
    this.drawn = false;
  }

  private line(now: number): string {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.count / secs : 0;
    const eta =
      this.total && this.count < this.total && rate > 0 ? `, ETA ${Math.ceil((this.total - this.count) / rate)} s` : '';
    const failed = this.failed ? `, ${this.failed} failed` : '';
    return `briefcli: ${this.count}${this.total ? `/${this.total}` : ''} done${failed}, ${rate.toFixed(1)}/s, ${secs.toFixed(1)} s${eta}`;
  }
}
