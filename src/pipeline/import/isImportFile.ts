/** Files the import stage reads (TimelineJS3 JSON, or its Google Sheets template saved as CSV) rather than ingest. */
export const IMPORT_EXTENSIONS = /\.(json|csv)$/i;

/** Whether a file of the seeds folder is a candidate import: a .json or .csv anywhere in the folder. */
export function isImportFile(path: string): boolean {
  return IMPORT_EXTENSIONS.test(path);
}
