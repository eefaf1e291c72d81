// Bytes to text. Scraped folders hold every encoding: UTF-8 with or without BOM, UTF-16 with BOM,
// and Windows-1252 from older sites. Invalid UTF-8 that is not plausible Windows-1252 is decoded
// with replacement characters and a warning.

export interface Decoded {
  text: string;
  encoding: string;
  warning: string | null;
}

/** True for content that is not text: a NUL byte in the first 8 KiB (images, archives, PDFs). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return false;
  if (head[0] === 0xfe && head[1] === 0xff) return false;
  return head.includes(0);
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', warning: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    if (plausibleWindows1252(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warning: null };
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      warning: 'invalid UTF-8 bytes replaced with U+FFFD',
    };
  }
}

/**
 * Windows-1252 text has its high bytes as lone letters and punctuation (é, ’, “) between ASCII;
 * random invalid bytes in UTF-8 text are rarer than that. Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are
 * undefined in Windows-1252 and rule it out.
 */
function plausibleWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if (b >= 0x80) high++;
  }
  return high > 0 && high / bytes.length < 0.3;
}

// Windows-1252's 0x80-0x9F, where it differs from Latin-1 (Node's TextDecoder treats the two as
// one and would give C1 control characters instead of curly quotes and dashes).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}
