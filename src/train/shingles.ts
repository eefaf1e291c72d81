// The article-body benchmark's measure, for training reports: word 4-gram shingles per page,
// precision and recall averaged over pages, F1 of the means (the shared scorer's definition).

const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const t = text.match(WORD) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export interface PageScore {
  precision: number | null;
  recall: number | null;
}

/** One page: precision (null when nothing was predicted) and recall (null when the gold is empty). */
export function pageScore(gold: string, predicted: string): PageScore {
  const a = shingles(gold);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  if (s) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { precision: tp + fp > 0 ? precision : null, recall: tp + fn > 0 ? recall : null };
}

/** F1 of the mean precision and mean recall over pages. */
export function meanScore(pages: PageScore[]): { f1: number; precision: number; recall: number } {
  const ps = pages.map((p) => p.precision).filter((v): v is number => v !== null);
  const rs = pages.map((p) => p.recall).filter((v): v is number => v !== null);
  const precision = ps.reduce((a, b) => a + b, 0) / (ps.length || 1);
  const recall = rs.reduce((a, b) => a + b, 0) / (rs.length || 1);
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
