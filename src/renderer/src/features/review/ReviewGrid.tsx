import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewHeaderView } from '@core/api/contract'
import { positionsWith } from '@core/api/segment-index'
import type { FindingView } from '@core/domain/findings'
import { SEGMENT_STATUSES, type Bead, type Paragraph, type SegmentStatus } from '@core/domain/document'
import { correctionRuns } from '@core/review/corrections'
import type { AlignmentEdit } from '@core/domain/alignment'
import { AlignTools } from './AlignTools'
import { HighlightedText } from './HighlightedText'
import { codesByIndex, CodesContext } from './CodeChips'
import { languageName } from '@renderer/i18n/languages'
import type { Mark } from './highlight'
import { SegmentEditor, type EditorState } from './SegmentEditor'
import { rowSentences } from './sentences'
import { ChangedMark } from '@renderer/features/versions/ChangedMark'
import { rowParagraphs, type RowCache } from './rows'

export interface GridProps {
  header: ReviewHeaderView
  /** The rows read so far: the others show as placeholders until their page comes. */
  rows: RowCache
  /** The rows in view (and near it) changed: their pages are read if they are not yet. */
  onNeedRows: (positions: number[]) => void
  findingsBySegment: Map<number, FindingView[]>
  active: number
  editing: EditorState | null
  linkedKey: string | null
  selectedKey: string | null
  locked: boolean
  onActivate: (segment: number) => void
  onEdit: (segment: number, paragraph: number) => void
  onEditorChange: (state: EditorState) => void
  onSave: (confirm: boolean) => void
  onCancel: () => void
  onAddTerm: () => void
  onAlign: (edit: AlignmentEdit) => void
  onHover: (key: string | null) => void
  onSelectFinding: (key: string) => void
  /** Sets one segment's status (the per-row control). */
  onStatus: (segment: number, status: SegmentStatus) => void
  /** Marks several segments at once (the rows the status filter shows). */
  onBulkStatus: (segments: number[], status: SegmentStatus) => void
}

function marksFor(findings: FindingView[], side: 'source' | 'target', paragraph: number): Mark[] {
  const marks: Mark[] = []
  for (const f of findings) {
    const span = side === 'source' ? f.sourceSpan : f.targetSpan
    if (!span || span.paragraph !== paragraph) continue
    // A zero-width span marks where something is missing: show it on the character before.
    const start = span.end > span.start ? span.start : Math.max(0, span.start - 1)
    marks.push({ start, end: Math.max(span.end, start + 1), key: f.key, severity: f.severity, state: f.state })
  }
  return marks
}

interface RowProps extends Omit<
  GridProps,
  'header' | 'rows' | 'onNeedRows' | 'findingsBySegment' | 'active' | 'onBulkStatus'
> {
  isLast: boolean
  bead: Bead
  source: Paragraph[]
  target: Paragraph[]
  findings: FindingView[]
  isActive: boolean
  sourceLang: string
  targetLang: string
  /** Questions to the author on this segment still open. */
  openQueries: number
  documentId: number
}

const Row = memo(function Row(props: RowProps): React.JSX.Element {
  const { t } = useTranslation()
  const { bead, source, target, findings, isActive, editing } = props
  // Only the row being reviewed shows its sentence alignment (stored with the bead by the aligner).
  const sentences = useMemo(
    () => (isActive ? rowSentences(bead.sentences, source, target) : null),
    [isActive, bead.sentences, source, target]
  )
  const codes = useMemo(() => codesByIndex(bead.codes), [bead.codes])
  const open = findings.filter((f) => f.state === 'open').length
  const cell = (side: 'source' | 'target', paragraphs: Paragraph[], lang: string): React.JSX.Element => {
    if (paragraphs.length === 0)
      return (
        <div className="cell empty" data-empty="true">
          {t(side === 'source' ? 'document.noSource' : 'document.noTarget')}
        </div>
      )
    return (
      <div className="cell" lang={lang}>
        {paragraphs.map((p) => {
          if (side === 'target' && editing && editing.paragraph === p.position && isActive) {
            return (
              <SegmentEditor
                key={p.id}
                state={editing}
                original={p.originalText}
                source={source.map((q) => q.text).join('\n\n')}
                onChange={props.onEditorChange}
                onSave={props.onSave}
                onCancel={props.onCancel}
                onAddTerm={props.onAddTerm}
              />
            )
          }
          const corrected = side === 'target' && p.text !== p.originalText
          return (
            <p
              key={p.id}
              data-position={p.position}
              data-corrected={corrected || undefined}
              onDoubleClick={
                side === 'target' && !props.locked ? () => props.onEdit(bead.position, p.position) : undefined
              }
            >
              <HighlightedText
                text={p.text}
                marks={marksFor(findings, side, p.position)}
                linkedKey={props.linkedKey}
                selectedKey={props.selectedKey}
                onHover={props.onHover}
                onSelect={props.onSelectFinding}
                diff={corrected ? correctionRuns(p.originalText, p.text) : null}
                sentences={sentences?.[side].get(p.position)}
              />
            </p>
          )
        })}
      </div>
    )
  }
  const classes = ['grid-row', bead.position % 2 === 1 ? 'alt' : '', isActive ? 'active' : '', `status-${bead.status}`]
  return (
    <CodesContext.Provider value={codes}>
      <div
        role="row"
        className={classes.join(' ')}
        data-testid="bead-row"
        data-index={bead.position}
        data-status={bead.status}
        aria-selected={isActive}
        onClick={() => props.onActivate(bead.position)}
      >
        <div role="cell" className="num">
          <span>{bead.position + 1}</span>
          {/* A native select: announced with its name and value, operable by mouse and keyboard. */}
          <select
            className={`status-select ${bead.status}`}
            value={bead.status}
            disabled={props.locked}
            title={t(`segmentStatus.${bead.status}`)}
            aria-label={t('review.status.label', { n: bead.position + 1 })}
            data-testid="segment-status"
            onClick={(e) => e.stopPropagation()}
            onChange={(e) => props.onStatus(bead.position, e.target.value as SegmentStatus)}
          >
            {SEGMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`segmentStatus.${s}`)}
              </option>
            ))}
          </select>
          {bead.changedInVersion && <ChangedMark documentId={props.documentId} segment={bead.position} />}
          {bead.notTaken && bead.notTaken.length > 0 && (
            <span className="badge" data-testid="not-taken-mark" title={bead.notTaken.map((c) => c.after).join('\n')}>
              {t('version.notTaken', { count: bead.notTaken.length })}
            </span>
          )}
          {open > 0 && (
            <span className="finding-count" title={t('review.openFindings', { count: open })}>
              {open}
            </span>
          )}
          {bead.notes.length > 0 && (
            <span
              className="note-count"
              data-testid="note-count"
              title={t('review.notes.count', { count: bead.notes.length })}
              aria-label={t('review.notes.count', { count: bead.notes.length })}
            >
              ✎
            </span>
          )}
          {props.openQueries > 0 && (
            <span
              className="query-mark"
              data-testid="query-mark"
              title={t('review.query.rowMark', { count: props.openQueries })}
              aria-label={t('review.query.rowMark', { count: props.openQueries })}
            >
              Q
            </span>
          )}
          {bead.confidence !== null && bead.confidence < 0.5 && (
            <span className="low-confidence" title={t('review.lowConfidence')}>
              ?
            </span>
          )}
          {/* In the gutter, under the row's marks: never where its text is clicked. */}
          {isActive && !props.locked && !editing && (
            <AlignTools bead={bead} isLast={props.isLast} onEdit={props.onAlign} />
          )}
        </div>
        <div role="cell" data-side="source">
          {cell('source', source, props.sourceLang)}
        </div>
        <div role="cell" data-side="target">
          {cell('target', target, props.targetLang)}
        </div>
      </div>
    </CodesContext.Provider>
  )
})

/** A row whose page is being read: its number, and a line that says so (the height of a short row). */
function PendingRow({ position }: { position: number }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div role="row" className="grid-row pending" data-testid="pending-row" data-index={position} aria-busy="true">
      <div role="cell" className="num">
        <span>{position + 1}</span>
      </div>
      <div role="cell" className="muted">
        {t('review.rowLoading')}
      </div>
      <div role="cell" />
    </div>
  )
}

/**
 * The review grid: one row per bead, virtualized so only the rows in view are in the DOM, and
 * paged so only the rows in view and near it are read (a document of thousands of paragraphs
 * opens and scrolls like a short one). Filters and bulk status read the header's index of rows.
 */
export function ReviewGrid(props: GridProps): React.JSX.Element {
  const { t, i18n } = useTranslation()
  // Spanish and English by the catalogue's names; any other language by the platform's, in the UI language.
  const columnName = (tag: string): string => t(`lang.${tag}`, { defaultValue: languageName(tag, i18n.language) })
  const { header, rows, findingsBySegment, active, onNeedRows, onBulkStatus, ...rowProps } = props
  const index = header.segments
  const segmentCount = index.statuses.length
  const scrollRef = useRef<HTMLDivElement>(null)
  // 'changed': the segments the last imported version changed or brought.
  const [statusFilter, setStatusFilter] = useState<SegmentStatus | 'changed' | ''>('')
  const changedCount = index.changed.length
  const { statuses, changed } = index
  // Lists that stay the same array while what they hold does (a header read again leaves the view where it is).
  const everyRow = useMemo(() => Array.from({ length: segmentCount }, (_, k) => k), [segmentCount])
  const withStatus = useMemo(
    () => (statusFilter && statusFilter !== 'changed' ? positionsWith({ statuses, changed: [] }, statusFilter) : null),
    [statuses, statusFilter]
  )
  /** The positions the list shows: every row, or those the filter keeps (from the index: no row read). */
  const positions = statusFilter === 'changed' ? changed : (withStatus ?? everyRow)
  const unreviewedShown = useMemo(() => positions.filter((p) => statuses.charAt(p) === 'u'), [positions, statuses])
  const rejectableShown = useMemo(() => positions.filter((p) => statuses.charAt(p) !== 'r'), [positions, statuses])
  const openQueries = useMemo(() => {
    const n = new Map<number, number>()
    for (const q of header.queries) if (q.status === 'open') n.set(q.beadPosition, (n.get(q.beadPosition) ?? 0) + 1)
    return n
  }, [header.queries])
  // eslint-disable-next-line react-hooks/incompatible-library -- CONFIG: the app does not use React Compiler
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    // By position, not bead: a row keeps its measured height while its page is read and when it comes.
    getItemKey: (i) => positions[i] ?? i
  })

  useEffect(() => {
    // Rows are indexed by position in the shown list, which a status filter shortens.
    const at = statusFilter ? positions.indexOf(active) : active
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' })
  }, [active, virtualizer, positions, statusFilter])

  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  useEffect(() => {
    // The rows in view and a screen's worth either side, so a scroll finds them read.
    const span = Math.max(1, last - first + 1)
    const from = Math.max(0, first - span)
    const to = Math.min(positions.length - 1, last + span)
    const wanted = positions.slice(from, to + 1)
    if (wanted.length > 0) onNeedRows(wanted)
  }, [first, last, positions, rows, onNeedRows])

  return (
    <div className="grid-pane">
      <div className="grid-toolbar" role="toolbar" aria-label={t('review.status.toolbar')}>
        <label>
          <span>{t('review.status.filter')}</span>{' '}
          <select
            value={statusFilter}
            data-testid="status-filter"
            onChange={(e) => setStatusFilter(e.target.value as SegmentStatus | 'changed' | '')}
          >
            <option value="">{t('review.status.all', { count: segmentCount })}</option>
            {SEGMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`segmentStatus.${s}`)}
              </option>
            ))}
            {changedCount > 0 && <option value="changed">{t('version.filter', { count: changedCount })}</option>}
          </select>
        </label>
        <button
          type="button"
          disabled={props.locked || unreviewedShown.length === 0}
          data-testid="mark-shown-reviewed"
          onClick={() => onBulkStatus(unreviewedShown, 'reviewed')}
        >
          {statusFilter
            ? t('review.status.markShown', { count: unreviewedShown.length })
            : t('review.status.markAll', { count: unreviewedShown.length })}
        </button>
        {/* Rejecting in bulk only among filtered rows: never the whole document by one click. */}
        {statusFilter && (
          <button
            type="button"
            disabled={props.locked || rejectableShown.length === 0}
            data-testid="reject-shown"
            onClick={() => onBulkStatus(rejectableShown, 'rejected')}
          >
            {t('review.status.rejectShown', { count: rejectableShown.length })}
          </button>
        )}
      </div>
      <div className="grid" role="table" aria-label={t('document.gridLabel')} aria-rowcount={positions.length}>
        <div className="grid-head" role="row">
          <div role="columnheader" className="num">
            #
          </div>
          <div role="columnheader">{columnName(header.document.sourceLang)}</div>
          <div role="columnheader">{columnName(header.document.targetLang)}</div>
        </div>
        <div className="grid-body" ref={scrollRef} data-testid="grid-body">
          <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const position = positions[item.index] as number
              const bead = rows.beads.get(position)
              return (
                <div
                  key={item.key}
                  className="grid-slot"
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {bead ? (
                    <Row
                      {...rowProps}
                      bead={bead}
                      source={rowParagraphs(rows, bead, 'source')}
                      target={rowParagraphs(rows, bead, 'target')}
                      findings={findingsBySegment.get(position) ?? []}
                      isActive={position === active}
                      isLast={position === segmentCount - 1}
                      editing={position === active ? props.editing : null}
                      sourceLang={header.document.sourceLang}
                      targetLang={header.document.targetLang}
                      openQueries={openQueries.get(position) ?? 0}
                      documentId={header.document.id}
                    />
                  ) : (
                    <PendingRow position={position} />
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </div>
  )
}
