import { useTranslation } from 'react-i18next'
import { FILE_STATE_NOTE, REJECTION_NOTE, TRACKED_CHANGES_NOTE, type BeadNote } from '@core/domain/document'

interface Props {
  /** 0-based position of the active segment. */
  segment: number
  notes: readonly BeadNote[]
}

/**
 * The notes a bilingual file brought for the active segment (a translator's comment, another
 * tool's query or QA remark), with their author, kind and severity: read-only, exported again.
 */
export function SegmentNotes({ segment, notes }: Props): React.JSX.Element | null {
  const { t } = useTranslation()
  if (notes.length === 0) return null
  const categoryLabel = (category: string | null): string | null => {
    if (category === TRACKED_CHANGES_NOTE) return t('review.notes.trackedChanges')
    if (category === FILE_STATE_NOTE) return t('review.notes.fileState')
    if (category === REJECTION_NOTE) return t('review.notes.rejection')
    return category
  }
  return (
    <section
      className="segment-notes"
      data-testid="segment-notes"
      aria-label={t('review.notes.label', { n: segment + 1 })}
    >
      <h3>{t('review.notes.title', { count: notes.length, n: segment + 1 })}</h3>
      <ul>
        {notes.map((n, i) => (
          <li key={i} data-kind={n.kind}>
            <span className="muted">
              {[
                t(`review.notes.kind.${n.kind}`),
                n.author,
                n.severity && t(`severity.${n.severity}`, { defaultValue: n.severity }),
                categoryLabel(n.category)
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <p>{n.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
