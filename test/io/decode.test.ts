import { describe, expect, it } from 'vitest';
import { decode, decodeWindows1252, looksBinary } from '../../src/io/decode.js';

const text = 'Café culture in São Paulo — “busy” again.';

describe('decoding bytes to text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decode(Buffer.from(text))).toMatchObject({ text, encoding: 'utf-8', warning: null });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decode(bom)).toMatchObject({ text, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 in both byte orders when a mark says so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(decode(le).text).toBe(text);
    expect(decode(be).text).toBe(text);
  });
  it('reads Windows-1252, curly quotes included, when UTF-8 fails and the bytes look like it', () => {
    const bytes = Buffer.from('Caf\xe9 \x93busy\x94 again', 'latin1');
    expect(decode(bytes)).toMatchObject({ text: 'Café “busy” again', encoding: 'windows-1252' });
    expect(decodeWindows1252(Buffer.from([0x80]))).toBe('€');
  });
  it('does not take random invalid bytes for Windows-1252: it replaces them and warns', () => {
    const bytes = Buffer.concat([Buffer.from('Harbour news '), Buffer.from([0x81, 0xff, 0x8d])]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
    expect(d.warning).toMatch(/U\+FFFD/);
  });
  it('tells binary content (a NUL byte) from text, UTF-16 excepted', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toBe(true);
    expect(looksBinary(Buffer.from(text))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le')]))).toBe(false);
  });
});
