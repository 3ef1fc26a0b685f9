// Kept for modules written before markdown-escape.ts; new code imports from there.
export { markdownTableCell } from './markdown-escape.ts';
