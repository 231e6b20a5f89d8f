// Re-exported while the redesign lands: text/, align/ and checks/ still import these names from here;
// they move to the subject files (language, document) when those imports are repointed.
export type { Lang, Side } from './language'
export { LANGS } from './language'
export type {
  Bead,
  BeadNote,
  BeadOrigin,
  BeadSentences,
  DocumentOrigin,
  DocumentStatus,
  DocumentSummary,
  DocumentView,
  Paragraph,
  ProjectSummary,
  RecentFile,
  SentenceBounds,
  SentenceLink
} from './document'
