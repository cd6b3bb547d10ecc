/**
 * The timeline in other formats, each a pure function from the contract
 * (and where the site lives) to the file's text: the site's build-time
 * endpoints (/timeline.csv, /timeline.ics, /feed.xml, /timelinejs.json) call them.
 */
export { toCsv, CSV_COLUMNS } from './toCsv';
export { toIcs } from './toIcs';
export { toAtom } from './toAtom';
export { toTimelineJs, type TimelineJsFile, type TimelineJsLabels, type TimelineJsSlide } from './toTimelineJs';
export { siteLink, eventLink, type ExportSite } from './siteLinks';
