// Bytes to text. Scraped folders hold every encoding: UTF-8 with or without BOM, UTF-16 with BOM,
// and Windows-1252 from older sites. Invalid UTF-8 that is not plausible Windows-1252 is decoded
// with replacement characters and a warning.

export interface Decoded { text: string; encoding: string; warning: string | null }

/** True for content that is not text: a NUL byte in the first 8 KiB (images, archives, PDFs). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return false;
  if (head[0] === 0xfe && head[1] === 0xff) return false;
  return head.includes(0);
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', warning: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    if (plausibleWindows1252(bytes)) return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warning: null };
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warning: 'invalid UTF-8 bytes replaced with U+FFFD' };
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
