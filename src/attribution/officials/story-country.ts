// The story's own country: whose officials a story names when it does not say ("Prime Minister
// Petr Novak" in a Czech story). Checked in order:
//   1. the dateline's place ("BANGUI 1996-12-06", "NAIROBI, Kenya (AP) -");
//   2. the country the story names most, by name, nationality or capital as government, with a
//      seat of government ("White House", "Kremlin") counted for its country and each city or
//      region for its country at half weight.
import type { Page } from '../../page.js';
import { GOVERNMENT_SEATS } from '../../data/roles.js';

export function storyCountry(page: Page): string | null {
  return datelineCountry(page) ?? mostNamed(page);
}

function datelineCountry(page: Page): string | null {
  const lines = page.lines.filter((l) => l.verdict?.role === 'dateline');
  const credit = page.credit.place ? page.text.indexOf(page.credit.place) : -1;
  for (const m of page.names) {
    if (m.type !== 'PLACE' || !m.country) continue;
    const inDateline = lines.some((l) => m.start >= l.start && m.end <= l.end);
    const inCredit = credit >= 0 && m.start >= credit && m.end <= credit + page.credit.place!.length;
    if (inDateline || inCredit) return m.country;
  }
  return null;
}

function mostNamed(page: Page): string | null {
  const score = new Map<string, number>();
  const add = (code: string, n: number): void => {
    score.set(code, (score.get(code) ?? 0) + n);
  };
  for (const c of page.record.entities.countries) add(c.code, c.mentions);
  for (const m of page.names) {
    const seat = GOVERNMENT_SEATS.get(m.text);
    if (seat) add(seat, 1);
    else if (m.type === 'PLACE' && m.country && m.kind !== 'country') add(m.country, 0.5);
  }
  let best: string | null = null;
  for (const [code, n] of score) if (!best || n > score.get(best)!) best = code;
  return best;
}
