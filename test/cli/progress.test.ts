import { afterEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** A stand-in for stderr that records what is written. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { out: string } {
  const s = {
    isTTY,
    out: '',
    write(t: string) {
      s.out += t;
      return true;
    },
  };
  return s as unknown as NodeJS.WriteStream & { out: string };
}

describe('Progress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('on a terminal, with the total known, shows done/total, the rate and an ETA', () => {
    vi.useFakeTimers({ now: 0 });
    const stream = fakeStream(true);
    const p = new Progress(stream, true);
    p.total = 5;
    vi.setSystemTime(2000);
    p.tick();
    p.done();
    expect(stream.out).toBe(
      '\rbriefcli: 1/5 done, 0.5/s, 2.0 s, ETA 8 s\u001b[K\rbriefcli: 1/5 done, 0.5/s, 2.0 s, ETA 8 s\u001b[K\n',
    );
  });

  it('without a total it shows the count and no ETA', () => {
    const stream = fakeStream(true);
    const p = new Progress(stream, true);
    p.tick();
    p.tick();
    p.done();
    expect(stream.out).toMatch(/briefcli: 2 done/);
    expect(stream.out).not.toMatch(/ETA/);
  });

  it('writes nothing when stderr is not a terminal, or when not asked (--quiet)', () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const stream = fakeStream(tty);
      const p = new Progress(stream, enabled);
      p.total = 2;
      p.tick();
      p.done();
      expect(stream.out).toBe('');
    }
  });
});
