#!/usr/bin/env node
// Records of every shared set, for checking that a refactoring changes nothing:
//
//   node scripts/snapshot.mjs /tmp/before          (before the change)
//   node scripts/snapshot.mjs /tmp/after /tmp/before   (after: writes, then compares record by record)
//
// The sets are read where they are (../shared/eval, and ../shared/train with --train), never copied.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const shared = resolve(process.env.BRIEFCLI_SHARED_DIR ?? join(root, '..', 'shared'));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withTrain = process.argv.includes('--train');
const [out, against] = args;
if (!out) {
  console.error('usage: node scripts/snapshot.mjs OUT_DIR [COMPARE_DIR] [--train]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const bin = join(root, 'bin', 'briefcli');
const sets = readdirSync(join(shared, 'eval'))
  .filter((f) => f.endsWith('.jsonl') && f !== 'fields-dev.jsonl')
  .map((f) => join(shared, 'eval', f));
if (withTrain)
  sets.push(
    ...readdirSync(join(shared, 'train'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(shared, 'train', f)),
  );

let changed = 0;
for (const set of sets) {
  const name = set.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  const r = spawnSync(process.execPath, [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'], {
    input: readFileSync(set),
    maxBuffer: 1 << 30,
  });
  writeFileSync(join(out, `${name}.ndjson`), r.stdout);
  if (against) changed += compare(name);
}
const seeds = spawnSync(process.execPath, [bin, 'parse', 'seeds', '--format', 'ndjson', '--quiet'], { cwd: root });
writeFileSync(join(out, 'seeds.ndjson'), seeds.stdout);
if (against) {
  changed += compare('seeds');
  console.log(changed ? `${changed} records differ` : 'all records identical');
  process.exit(changed ? 1 : 0);
}

function compare(name) {
  const a = join(against, `${name}.ndjson`);
  if (!existsSync(a)) return 0;
  const before = readFileSync(a, 'utf8').split('\n');
  const after = readFileSync(join(out, `${name}.ndjson`), 'utf8').split('\n');
  let n = 0;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    n++;
    if (n <= 3) console.log(`${name}: record ${i + 1} differs (${JSON.parse(before[i] || after[i] || '{}').id})`);
  }
  if (n) console.log(`${name}: ${n} of ${before.length - 1} records differ`);
  return n;
}
