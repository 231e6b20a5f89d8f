import type { Lang } from '../../domain/language'
import { entityTable, extractMentions, type EntityTable, type Mention } from '../../text/mentions'
import type { Token } from '../../text/tokenize'
import { read } from '../engine/job-cache'
import type { Analysis } from '../engine/types'

/** The entity table of the job (built-in bodies plus the glossary's acronym pairs), built once. */
export const entityTableAnalysis: Analysis<EntityTable> = {
  id: 'entity-table',
  scope: 'glossary',
  compute: (ctx) => entityTable(ctx.glossary)
}

export interface MentionReader {
  table: EntityTable
  /** The mentions of a text (its tokens as the tokenizer gave them): shared, so never mutate them. */
  mentions(text: string, lang: Lang, tokens: readonly Token[]): Mention[]
}

/**
 * The bodies and acronyms the texts of a document name, found once and read by the entity,
 * untranslated, duplicate-entity and glossary checks. Identical texts share their token arrays,
 * so they are scanned once.
 */
export const mentionsAnalysis: Analysis<MentionReader> = {
  id: 'mentions',
  scope: 'document',
  compute(ctx) {
    const table = read(ctx, entityTableAnalysis)
    const known = new Map<readonly Token[], Partial<Record<Lang, Mention[]>>>()
    return {
      table,
      mentions(text, lang, tokens) {
        let perLang = known.get(tokens)
        if (!perLang) known.set(tokens, (perLang = {}))
        return (perLang[lang] ??= extractMentions(text, lang, table, tokens))
      }
    }
  }
}
