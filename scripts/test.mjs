#!/usr/bin/env node
// npm test: builds only when a source is newer than the last build (right after `npm ci`, whose
// prepare script built, nothing is built again), runs vitest, and closes with one plain line,
// "tests: N passed, N failed", that CI reads in any language. Colour only on a terminal: vitest
// would otherwise write colour codes into piped logs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.built');
const env = { ...process.env };
if (!process.stdout.isTTY) Object.assign(env, { NO_COLOR: '1', FORCE_COLOR: '0' });

if (newestSource() > (existsSync(stamp) ? statSync(stamp).mtimeMs : 0)) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const report = join(root, '.vitest.json');
const v = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env },
);
console.log(summary(report));
process.exit(v.status ?? 1);

/** The latest change to anything the build reads. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'scripts', 'package.json', 'tsconfig.json']) visit(join(root, p));
  return newest;
}

function summary(file) {
  if (!existsSync(file)) return 'tests: 0 passed, 1 failed';
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  return `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
