// The size limits of files a user names, in a module of their own so that the code checking a file's
// size before reading it does not load the importers (reading a project needs neither the report
// pipeline nor the XML readers).

/** Largest report accepted, in bytes: a 1,000-page report is far below it; anything larger is not a report. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** Largest TMX or XLIFF file imported into a memory. */
export const MAX_MEMORY_IMPORT_BYTES = 512 * 1024 * 1024;
