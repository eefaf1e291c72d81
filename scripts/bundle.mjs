#!/usr/bin/env node
// Bundles the compiled CLI and its worker into dist/bundle/ (one file each and a shared chunk), so
// that a run loads three files instead of sixty modules: the cold start is what a shell loop pays
// for every file it parses. rolldown comes with vite, already a dev dependency.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

rmSync('dist/bundle', { recursive: true, force: true });

await build({
  input: { cli: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
});
