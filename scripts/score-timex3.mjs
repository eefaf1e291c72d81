#!/usr/bin/env node
// TempEval-3-style scoring of time expressions, for the figure HeidelTime is published with
// (value F1 0.776 on the TempEval-3 test set): all four TIMEX3 types (DATE, TIME, DURATION,
// SET), matched type-blind by overlapping spans, each gold expression used once; value F1
// counts a match only when the TimeML value is equal too, type accuracy is over the matches.
// The shared `score.mjs dates` scores DATE and TIME alone (durations and sets are neutral
// there); this scorer adds what it leaves out. It reads the gold where it is, never a copy.
//   node scripts/score-timex3.mjs GOLD.jsonl PRED.ndjson
import { readFileSync } from 'node:fs';

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const [goldPath, predPath] = process.argv.slice(2);
if (!goldPath || !predPath) {
  console.error('usage: score-timex3.mjs GOLD.jsonl PRED.ndjson');
  process.exit(2);
}
const lines = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const pred = new Map(lines(predPath).map((r) => [String(r.id), r]));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

let nGold = 0,
  nPred = 0,
  matched = 0,
  valueOk = 0,
  typeOk = 0;
for (const g of lines(goldPath)) {
  // A gold expression without a value (GUM gives some dates none) is neutral, as in score.mjs.
  const neutral = (g.entities ?? []).filter((e) => e.ignore || (TYPES.includes(e.type) && !e.value));
  const gm = (g.entities ?? []).filter((e) => TYPES.includes(e.type) && !e.ignore && e.value);
  const pm = (pred.get(String(g.id))?.mentions ?? []).filter(
    (m) => TYPES.includes(m.type) && !neutral.some((n) => overlaps(n, m) && !gm.some((x) => overlaps(x, m))),
  );
  nGold += gm.length;
  nPred += pm.length;
  const used = new Set();
  for (const p of pm) {
    const i = gm.findIndex((e, j) => !used.has(j) && overlaps(e, p));
    if (i < 0) continue;
    used.add(i);
    matched++;
    if (String(gm[i].value).trim() === String(p.value ?? '').trim()) valueOk++;
    if (gm[i].type === p.type) typeOk++;
  }
}
const f1 = (tp) => {
  const p = nPred ? tp / nPred : 0,
    r = nGold ? tp / nGold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const fmt = (x) => x.toFixed(3);
console.log(
  `timex3 relaxed_f1=${fmt(f1(matched))} value_f1=${fmt(f1(valueOk))} type_acc=${fmt(matched ? typeOk / matched : 0)} gold=${nGold} pred=${nPred}`,
);
