import { describe, expect, it } from 'vitest';
import { cli, lines, run } from './helpers.js';

const inputs = ['seeds/', 'test/golden/fixtures/'];

describe('briefcli stats', () => {
  it('prints tables that fit 100 columns', async () => {
    const r = await cli(['stats', ...inputs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Corpus: 6 articles/);
    for (const heading of [
      'Countries',
      'Officials',
      'People',
      'Organizations',
      'Places',
      'Countries together',
      'Timeline',
      'Quoted most',
      'Copies',
    ])
      expect(r.stdout).toContain(heading);
    for (const l of lines(r.stdout)) expect([...l].length).toBeLessThanOrEqual(100);
  });

  it('gives the same figures from parsed records as from the texts', async () => {
    const direct = JSON.parse((await cli(['stats', ...inputs, '--format', 'json'])).stdout);
    const records = (await cli(['parse', ...inputs, '--format', 'ndjson'])).stdout;
    const reused = JSON.parse(run(['stats', '--from-records', '-', '--format', 'json'], { input: records }).stdout);
    expect(reused).toEqual(direct);
    expect(direct.countries[0]).toEqual({ name: 'China', code: 'CN', articles: 1, mentions: 20 });
    expect(direct.officials.map((o: { name: string }) => o.name)).toEqual([
      'Davis Chirchir',
      'Aisha Rahman',
      'Guo Jiakun',
      'Michele Bullock',
    ]);
  });

  it('writes CSV with a section column and --top rows per ranking', async () => {
    const r = await cli(['stats', ...inputs, '--format', 'csv', '--top', '2']);
    const rows = lines(r.stdout);
    expect(rows[0]).toBe('section,rank,name,code,kind,title,organization,country,articles,mentions,extra');
    expect(rows.filter((l) => l.startsWith('countries,'))).toEqual([
      'countries,1,China,CN,,,,,1,20,',
      'countries,2,Cambodia,KH,,,,,1,18,',
    ]);
  });
});
