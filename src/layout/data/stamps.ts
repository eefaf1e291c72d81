// Dates and times as comment threads, teaser lists and bylines print them: "Aug 9, 2012",
// "9 August", "10/18/2012", "5h ago", "12:13". One home for the body model's stamp feature and
// the comment-thread rule, which must agree on what a stamp is.
const MONTH_DAY =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
const AGO = /\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])\s+ago\b/i;
const CLOCK = /\b\d{1,2}:\d{2}\b/;

/** Whether a line carries a date or a time of day anywhere in it. */
export function hasStamp(text: string): boolean {
  return MONTH_DAY.test(text) || NUMERIC_DATE.test(text) || AGO.test(text) || CLOCK.test(text);
}
