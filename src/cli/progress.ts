/**
 * A one-line progress display on stderr for batches: documents done, rate and elapsed time
 * (and an ETA when the total is known). Silent unless stderr is a terminal, and with --quiet.
 */
export class Progress {
  private count = 0;
  private readonly started = Date.now();
  private last = 0;
  total: number | null = null;

  constructor(private readonly stream: NodeJS.WriteStream, enabled: boolean) {
    this.enabled = enabled && !!stream.isTTY;
  }
  private readonly enabled: boolean;

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.stream.write(`\r${this.line(now)}\u001b[K`);
  }

  done(): void {
    if (this.enabled && this.count) this.stream.write(`\r${this.line(Date.now())}\u001b[K\n`);
  }

  private line(now: number): string {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.count / secs : 0;
    const eta = this.total && rate > 0 ? `, ETA ${Math.ceil((this.total - this.count) / rate)} s` : '';
    return `briefcli: ${this.count}${this.total ? `/${this.total}` : ''} parsed, ${rate.toFixed(1)}/s, ${secs.toFixed(1)} s${eta}`;
  }
}
