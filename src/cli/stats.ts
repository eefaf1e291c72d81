import type { ArticleRecord } from '../types.js';
import { checkRecord } from '../record/validate.js';
import { CorpusAggregator } from '../analyze/corpus/aggregate.js';
import { processInputs, type BatchOptions } from './parse.js';
import { eachSourceLine } from '../io/jsonl.js';
import { fail, painter, writeOut } from './output.js';

export interface StatsCliOptions extends BatchOptions {
  format: 'table' | 'json' | 'csv';
  top: number;
  fromRecords?: boolean;
}

/**
 * `briefcli stats`: who and what a corpus is about. Parses the inputs (or reads records that
 * `parse` wrote, with --from-records) and aggregates them one at a time.
 */
export async function runStats(inputs: string[], opts: StatsCliOptions): Promise<number> {
  const agg = new CorpusAggregator();
  let failed = 0;
  if (opts.fromRecords) {
    const report = (where: string, error: string): void => {
      failed++;
      fail(`${where}: ${error}`);
    };
    await eachSourceLine(
      inputs,
      (line, n, src) => {
        if (!line.trim()) return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          report(src, `line ${n}: not JSON`);
          return;
        }
        const checked = checkRecord(value);
        if ('error' in checked) report(src, `line ${n}: not a record: ${checked.error}`);
        else if (!('error' in checked.record)) agg.add(checked.record);
      },
      report,
    );
  } else {
    failed = await processInputs(inputs, opts, {
      emit: (r) => {
        if (!('error' in r)) agg.add(r as ArticleRecord);
      },
      errorsInline: false,
    });
  }
  const stats = agg.result(opts.top);
  if (opts.format === 'json') writeOut(`${JSON.stringify(stats, null, process.stdout.isTTY ? 2 : undefined)}\n`);
  else {
    const { renderStatsCsv, renderStatsTables } = await import('../render/stats.js');
    writeOut(opts.format === 'csv' ? renderStatsCsv(stats) : renderStatsTables(stats, painter(process.stdout)));
  }
  return failed ? 1 : 0;
}
