/** One record as JSON: indented for a person at a terminal, compact for a pipe. */
export function renderJson(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

/** One record a line, for batches and stream tools; never contains a raw newline. */
export function renderNdjsonLine(value: unknown): string {
  return JSON.stringify(value);
}
