import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { guardInterrupt, guardPipe, fail, interrupted } from './output.js';
import { parseYmd } from '../dates/calendar.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function refDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  if (!parseYmd(value)) throw new InvalidArgumentError(`${value} is not a date of the calendar`);
  return value;
}
function unitInterval(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}
/** "60MB", "20MiB", "500k", "1g", "2048": a size in bytes (k, M, G in powers of 1024, KB/MB/GB in 1000s). */
export function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?) ?(?:([kmg])(i?b)?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 20MB, 512k or 1048576');
  const [, num, unit, suffix] = m;
  const power = unit ? { k: 1, m: 2, g: 3 }[unit.toLowerCase() as 'k' | 'm' | 'g'] : 0;
  // "MB" is a thousand kilobytes, "MiB" and a bare "M" powers of 1024, as ls and du read them.
  const base = suffix && suffix.toLowerCase() === 'b' ? 1000 : 1024;
  const n = Math.round(Number(num) * base ** power);
  if (!(n > 0)) throw new InvalidArgumentError('expected a size above zero');
  return n;
}

/** "txt,md" → ["txt", "md"]; "none" stands for files without an extension, "*" for every file. */
function extensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);
  if (!list.length) throw new InvalidArgumentError('expected extensions such as txt,md,html or * for every file');
  return list.map((e) => (e === 'none' ? '' : e));
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function buildProgram(): Command {
  const program = new Command('briefcli')
    .description('Parse scraped news article text into clean, structured JSON.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(`briefcli: ${s.replace(/^error: /, '').trim()}\n`) })
    .addHelpText(
      'after',
      `
Examples:
  briefcli parse article.txt | jq .title
  briefcli parse seeds/ --format table
  briefcli stats pages/ --top 5
  briefcli schema > article-record.schema.json

Run "briefcli help <command>" for a command's options and more examples.`,
    );

  program
    .command('parse')
    .description('parse article text files, folders, standard input (-) or a JSONL stream')
    .argument('[inputs...]', 'files, directories (walked recursively) or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: json for one input, ndjson for several)').choices([
        'json',
        'ndjson',
        'table',
      ]),
    )
    .addOption(
      new Option(
        '--input-format <format>',
        'text files (HTML and Markdown recognised by name or content), markdown, html, or JSONL lines {"id","text"|"html","refDate"?}',
      )
        .choices(['text', 'markdown', 'html', 'jsonl'])
        .default('text'),
    )
    .option('--pretty', 'indent JSON (default on a terminal)')
    .option('--compact', 'one-line JSON (default when piped)')
    .option(
      '--ref-date <YYYY-MM-DD>',
      'date for relative dates when the input and the article give none (default: today)',
      refDate,
    )
    .option(
      '--min-confidence <0-1>',
      'leave a field empty (with a warning) when its rule is less sure than this',
      unitInterval,
      0.5,
    )
    .option('--fields <list>', 'keep only these fields, comma-separated (dots for nested: entities.countries)')
    .option('--max-bytes <size>', 'refuse files larger than this (20MiB, 60MB, 512k)', byteSize, 20 * 1024 * 1024)
    .option(
      '--ext <list>',
      'extensions read from folders: txt,text,md,markdown,html,htm,none (no extension) by default; * for all',
      extensions,
    )
    .option('--explain', 'print each line of the input with its verdict and the rule that decided')
    .option('-q, --quiet', 'no progress line and no warnings for skipped files')
    .option(
      '--doc-timeout <ms>',
      'time budget per document (ms); over it, an error record (checked between passes inline, enforced on worker threads)',
      positiveInt,
      5000,
    )
    .option(
      '-j, --jobs <n>',
      'worker threads for batches (1: none; default 1 on two cores, else cores - 1 up to 4)',
      positiveInt,
    )
    .option('--out-dir <dir>', 'write one JSON file per input there (mirroring the input tree) instead of stdout')
    .option('--allow-out-in-input', 'let --out-dir be inside an input folder')
    .addHelpText(
      'after',
      `
Examples:
  briefcli parse seeds/000_2f1daade97a33bef.txt | jq .title
  briefcli parse seeds/ --format table
  briefcli parse a.txt b.txt dir/ --format ndjson
  cat page.txt | briefcli parse -
  briefcli parse --input-format jsonl --format ndjson < docs.jsonl
  briefcli parse page.txt --fields title,entities.countries --ref-date 2026-11-28
  briefcli parse page.txt --explain

Exit status: 0 all inputs parsed, 1 some failed (the others still printed), 2 usage error,
70 internal error (a bug: please report it), 130 interrupted (Ctrl-C).`,
    )
    .action(async (inputs: string[], opts, cmd: Command) => {
      if (!inputs.length && opts.inputFormat !== 'jsonl') {
        if (process.stdin.isTTY)
          throw new CommanderError(
            2,
            'briefcli.noInput',
            'no inputs: name files or directories, or - for standard input',
          );
        inputs = ['-'];
      }
      const { runParse, UsageError } = await import('./parse.js');
      try {
        process.exitCode = await runParse(inputs, {
          ...opts,
          enforceTimeout: cmd.getOptionValueSource('docTimeout') === 'cli',
        });
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        fail(e.message);
        process.exitCode = 2;
      }
    });

  program
    .command('stats')
    .description('what a corpus of articles is about: countries, people, organizations, places, dates, quotes, copies')
    .argument('[inputs...]', 'files, directories or -, as for parse; with --from-records, NDJSON records from parse')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--top <n>', 'rows per ranking', positiveInt, 10)
    .option('--from-records', 'read records that `briefcli parse --format ndjson` wrote instead of parsing')
    .addOption(
      new Option(
        '--input-format <format>',
        'text files (HTML and Markdown recognised by name or content), markdown, html, or JSONL lines {"id","text"|"html","refDate"?}',
      )
        .choices(['text', 'markdown', 'html', 'jsonl'])
        .default('text'),
    )
    .option('--ref-date <YYYY-MM-DD>', 'date for relative dates when the input and the article give none', refDate)
    .option('--max-bytes <size>', 'refuse files larger than this (20MiB, 60MB, 512k)', byteSize, 20 * 1024 * 1024)
    .option('--ext <list>', 'extensions read from folders, as for parse', extensions)
    .option('--doc-timeout <ms>', 'time budget per document in a batch', positiveInt, 5000)
    .option('-j, --jobs <n>', 'worker threads (1: none)', positiveInt)
    .option('-q, --quiet', 'no progress line and no warnings for skipped files')
    .addHelpText(
      'after',
      `
Examples:
  briefcli stats seeds/
  briefcli stats pages/ --format json | jq '.countries[:5]'
  briefcli parse --input-format jsonl --format ndjson < docs.jsonl | briefcli stats --from-records -`,
    )
    .action(async (inputs: string[], opts, cmd: Command) => {
      if (!inputs.length && process.stdin.isTTY)
        throw new CommanderError(
          2,
          'briefcli.noInput',
          'no inputs: name files or directories, or - for standard input',
        );
      const { runStats } = await import('./stats.js');
      process.exitCode = await runStats(inputs.length ? inputs : ['-'], {
        ...opts,
        enforceTimeout: cmd.getOptionValueSource('docTimeout') === 'cli',
      });
    });

  program
    .command('schema')
    .description('print the JSON Schema of the records that parse writes')
    .addHelpText('after', '\nExample:\n  briefcli schema > article-record.schema.json')
    .action(async () => {
      const { OutputRecordSchema } = await import('../record/schema.js');
      process.stdout.write(`${JSON.stringify(OutputRecordSchema, null, 2)}\n`);
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  guardPipe();
  guardInterrupt();
  try {
    await buildProgram().parseAsync(argv);
    if (interrupted()) process.exitCode = 130;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      if (e.code === 'briefcli.noInput') fail(e.message);
      process.exitCode = 2;
      return;
    }
    fail(`internal error: ${(e as Error).stack ?? e}`);
    process.exitCode = 70;
  }
}
