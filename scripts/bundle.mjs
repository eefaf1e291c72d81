#!/usr/bin/env node
// Bundles the compiled CLI and its worker into dist/bundle/ (one file each and a shared chunk), so
// that a run loads three files instead of sixty modules: the cold start is what a shell loop pays
// for every file it parses. rolldown comes with vite, already a dev dependency.
//
// The command line itself runs from a second, CommonJS bundle (cli.cjs) with a V8 code cache made
// by one warm-up run over seeds/ (cli.cache): bin/briefcli loads the functions a parse needs
// already compiled instead of compiling them (0.92× the wall time of a one-file run, farm-bench).
// ES modules cannot take a code cache in Node 20 (module.enableCompileCache came in Node 22).
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'rolldown';

rmSync('dist/bundle', { recursive: true, force: true });

await build({
  input: { cli: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
});
await build({
  input: { cli: 'dist/cli/main.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: 'dist/bundle', format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
});
// The warm-up run: its output is not wanted, only the code it compiled.
const warm = spawnSync(process.execPath, ['bin/briefcli', 'parse', 'seeds/', '--quiet'], {
  env: { ...process.env, BRIEFCLI_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 0) console.error('bundle: the warm-up run failed; the CLI runs without a code cache');
