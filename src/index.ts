// The library API: `parseArticle(text, options)` and the record types. The CLI is a thin layer
// over this module.
export { parseArticle } from './pipeline.js';
export { findDates } from './dates/find.js';
export { recognizeNames } from './entities/recognize.js';
export type * from './types.js';
