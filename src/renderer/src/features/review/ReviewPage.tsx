import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlignmentEdit } from '@core/domain/alignment'
import type { AuditEntry, FixAllChange, SourceQuery } from '@core/domain/review'
import type { ReviewHeaderView } from '@core/api/contract'
import { segmentStatuses, statusAt } from '@core/api/segment-index'
import type { FindingView } from '@core/domain/findings'
import { api, unwrap } from '@renderer/api/client'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { correctionRuns } from '@core/review/corrections'
import { useSettings } from '@renderer/state/settings'
import { draftOf, TermDialog, type TermDraft } from '@renderer/features/glossary/TermDialog'
import { AuditDialog } from './dialogs/AuditDialog'
import { FixAllDialog } from './dialogs/FixAllDialog'
import { IgnoreDialog } from './dialogs/IgnoreDialog'
import { QueriesDialog } from './dialogs/QueriesDialog'
import { QueryDialog } from './dialogs/QueryDialog'
import { ShortcutsDialog } from './dialogs/ShortcutsDialog'
import { RejectDialog } from './dialogs/RejectDialog'
import { SignoffDialog } from './dialogs/SignoffDialog'
import { applyFilters, DEFAULT_FILTERS, FindingsPanel, type FindingFilters } from './FindingsPanel'
import { SegmentNotes } from './SegmentNotes'
import { ReviewGrid } from './ReviewGrid'
import { ReviewHeader } from './ReviewHeader'
import { MemoryPanel } from './MemoryPanel'
import type { EditorState } from './SegmentEditor'
import { matchShortcut } from './shortcuts'
import { useUndo } from './useUndo'
import { rowsSuffice, withRowsHeader } from '@core/api/rows-read'
import { rowText } from './rows'
import { useRowPages } from './useRowPages'
import { CheckProgressLine } from '@renderer/features/checks/CheckProgressLine'
import { pushTo } from '@core/collections/multimap'

type OpenDialog =
  | { kind: 'ignore'; finding: FindingView }
  | { kind: 'fixAll'; finding: FindingView; changes: FixAllChange[] }
  | { kind: 'signoff'; action: 'approve' | 'reopen' }
  | { kind: 'audit'; entries: AuditEntry[] }
  | { kind: 'query'; finding: FindingView | null; segment: number; sourceText: string }
  | { kind: 'queries' }
  | { kind: 'help' }
  | { kind: 'reject'; segments: number[] }
  | { kind: 'term'; draft: TermDraft }

/** How long one findings call waits for the checks before the screen asks again. */
const FINDINGS_WAIT_MS = 10_000
/** The pause before asking again after a failed findings call. */
const FINDINGS_RETRY_MS = 3_000

const pressesButton = (e: KeyboardEvent): boolean =>
  e.target instanceof HTMLButtonElement &&
  (e.key === 'Enter' || e.key === ' ') &&
  !e.ctrlKey &&
  !e.metaKey &&
  !e.altKey &&
  !e.shiftKey

const isTyping = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable)

/** The review screen: grid, findings, editor, dialogs and the keyboard that drives them. */
export function ReviewPage({ documentId }: { documentId: number }): React.JSX.Element {
  const { t } = useTranslation()
  const { settings } = useSettings()
  /** The document without its rows (findings, counts, one letter a row); the rows come in pages. */
  const [data, setData] = useState<ReviewHeaderView | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [error, setError] = useState<unknown>(null)
  const [active, setActive] = useState(0)
  const [editing, setEditing] = useState<EditorState | null>(null)
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const [hoverKey, setHoverKey] = useState<string | null>(null)
  const [filters, setFilters] = useState<FindingFilters>(DEFAULT_FILTERS)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  /** Actions in flight: saving, then re-checking the document. */
  const [busy, setBusy] = useState(0)
  const undo = useUndo()
  const { rows, reader } = useRowPages(documentId, setError)
  /** The rows the grid shows now and near them: what a full read again reads. */
  const inView = useRef<number[]>([0])
  const needRows = useCallback(
    (positions: number[]) => {
      inView.current = positions
      reader.ensure(positions)
    },
    [reader]
  )

  /** The header alone: what the findings' arrival changes (the rows' texts are as they were). */
  const reloadHeader = useCallback(async (): Promise<ReviewHeaderView> => {
    const d = await unwrap(api.getDocumentHeader({ documentId }))
    setData(d)
    return d
  }, [documentId])
  /** The header and the rows in view, read again; every other row is forgotten (read when shown). */
  const reload = useCallback(async (): Promise<ReviewHeaderView> => {
    const [d, show] = await Promise.all([
      unwrap(api.getDocumentHeader({ documentId })),
      reader.readAgain(inView.current)
    ])
    // In one render: the header's count of rows and the rows it goes with.
    show()
    setData(d)
    return d
  }, [documentId, reader])
  // Read by key presses and queued actions, which must see the latest row and document, not a render's.
  const dataRef = useRef(data)
  useEffect(() => {
    dataRef.current = data
  }, [data])
  const activeRef = useRef(active)
  /** Actions one after the other, in the order the reviewer asked for them. */
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const queued = useCallback(<T,>(action: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(action, action)
    queue.current = next.catch(() => {})
    return next
  }, [])

  /** Reads the rows an action changed, or the header and the rows in view when it changed more than them. */
  const refresh = useCallback(
    async (segments?: readonly number[]) => {
      const shown = dataRef.current
      if (!segments || segments.length === 0 || !shown) return void (await reload())
      const read = await unwrap(api.getRows({ documentId, segments: [...segments] }))
      if (!rowsSuffice(shown, read, segments)) return void (await reload())
      reader.applyRows(read)
      setData((current) => (current ? withRowsHeader(current, read, segments) : current))
    },
    [documentId, reload, reader]
  )

  useEffect(() => {
    let live = true
    // The header and the first page together: the rows show before the checks end.
    Promise.all([unwrap(api.getDocumentHeader({ documentId })), reader.readAgain([0])]).then(
      ([d, show]) => {
        if (!live) return
        show()
        setData(d)
      },
      (err: unknown) => live && setLoadError(err)
    )
    return () => {
      live = false
    }
  }, [documentId, reader])

  const checking = data?.findingsState === 'checking'
  /** The document on screen now: a wait for another one's findings stops. */
  const shownDocument = useRef<number | null>(documentId)
  useEffect(() => {
    shownDocument.current = documentId
    return () => {
      shownDocument.current = null
    }
  }, [documentId])
  /** Whether a wait for the findings is under way (one at a time: a browser allows few connections). */
  const waiting = useRef(false)
  /** Bumped when a wait ends, so a document that is checking again then gets a new one. */
  const [waits, setWaits] = useState(0)
  useEffect(() => {
    if (!checking || waiting.current) return
    waiting.current = true
    const here = (): boolean => shownDocument.current === documentId
    void (async () => {
      try {
        // Long poll: each call returns as soon as the checks are done (or after a while, to ask again).
        while (here()) {
          const status = await unwrap(api.findingsStatus({ documentId, waitMs: FINDINGS_WAIT_MS }))
          if (!here() || !status.ready) continue
          // In the queue: an action the reviewer asked for first shows first. The reviewer's row,
          // selection and an edit in progress are state of their own, which reading again keeps.
          const d = await queued(reloadHeader)
          if (d.findingsState === 'ready') break
        }
      } catch (err) {
        if (here()) setError(err)
        // Asked again after a pause, not in a tight loop against a server that is not answering.
        await new Promise((resolve) => setTimeout(resolve, FINDINGS_RETRY_MS))
      } finally {
        waiting.current = false
        setWaits((n) => n + 1)
      }
    })()
  }, [checking, waits, documentId, queued, reloadHeader])

  /**
   * Runs an action, shows its error if any, and reads again what it changed (findings are
   * re-checked): the rows of `segments` when it says which, else the whole document.
   */
  const perform = useCallback(
    async (action: () => Promise<unknown>, segments?: readonly number[]): Promise<boolean> => {
      setError(null)
      setBusy((n) => n + 1)
      try {
        await action()
        await refresh(segments)
        return true
      } catch (err) {
        setError(err)
        await reload().catch(() => {})
        return false
      } finally {
        setBusy((n) => n - 1)
      }
    },
    [refresh, reload]
  )

  const findings = useMemo(() => data?.findings ?? [], [data])
  const visible = useMemo(
    () => applyFilters(findings, filters).sort((a, b) => a.segment - b.segment),
    [findings, filters]
  )
  const findingsBySegment = useMemo(() => {
    const map = new Map<number, FindingView[]>()
    for (const f of findings) pushTo(map, f.segment, f)
    return map
  }, [findings])
  const selected = findings.find((f) => f.key === selectedKey) ?? null
  const locked = data?.document.status === 'approved'
  const segmentCount = data?.segments.statuses.length ?? 0

  const goTo = useCallback(
    (segment: number) => {
      activeRef.current = Math.max(0, Math.min(segment, segmentCount - 1))
      setActive(activeRef.current)
    },
    [segmentCount]
  )

  const selectFinding = useCallback(
    (key: string) => {
      setSelectedKey(key)
      const f = findings.find((x) => x.key === key)
      if (f) goTo(f.segment)
    },
    [findings, goTo]
  )

  const stepFinding = useCallback(
    (direction: 1 | -1) => {
      if (visible.length === 0) return
      const index = visible.findIndex((f) => f.key === selectedKey)
      let next: FindingView | undefined
      if (index >= 0) next = visible[(index + direction + visible.length) % visible.length]
      else
        next =
          direction === 1
            ? (visible.find((f) => f.segment >= active) ?? visible[0])
            : [...visible].reverse().find((f) => f.segment <= active)
      if (next) selectFinding(next.key)
    },
    [visible, selectedKey, active, selectFinding]
  )

  const startEdit = useCallback(
    (segment: number, paragraph?: number, finding?: FindingView | null) => {
      if (!data || locked) return
      // A row not read yet (its page is on its way) is not edited: the key does nothing until it shows.
      const bead = rows.beads.get(segment)
      const position = paragraph ?? finding?.targetParagraph ?? bead?.target[0]
      if (bead === undefined || position === undefined || position === null) return
      const p = rows.target.get(position)
      if (!p) return
      const f =
        finding ?? findingsBySegment.get(segment)?.find((x) => x.key === selectedKey && x.state === 'open') ?? null
      setActive(segment)
      setEditing({
        segment,
        paragraph: position,
        text: p.text,
        category: f?.category ?? null,
        severity: f?.severity ?? null,
        comment: '',
        findingKey: f?.key ?? null
      })
    },
    [data, rows, locked, findingsBySegment, selectedKey]
  )

  const save = useCallback(
    async (confirm: boolean) => {
      if (!data) return
      const e = editing
      // The row this press acts on: the one shown now. The next press acts on the next row at once,
      // while this one's save and status change wait their turn in the queue.
      const segment = e?.segment ?? activeRef.current
      if (e) setEditing(null)
      if (confirm && !locked) goTo(segment + 1)
      await queued(async () => {
        if (e) {
          const before = reader.current().target.get(e.paragraph)?.text ?? ''
          if (before !== e.text) {
            const ok = await perform(
              () =>
                unwrap(
                  api.editTarget({
                    documentId,
                    paragraph: e.paragraph,
                    text: e.text,
                    category: e.category,
                    severity: e.severity,
                    comment: e.comment || null,
                    findingKey: e.findingKey
                  })
                ),
              [segment]
            )
            if (!ok) {
              setEditing(e)
              goTo(segment)
              return
            }
            undo.record({ paragraph: e.paragraph, before, after: e.text })
          }
        }
        // Confirming a segment not yet reviewed (or rejected, now corrected) marks it reviewed.
        const shown = dataRef.current
        const status = shown ? statusAt(shown.segments, segment) : undefined
        if (confirm && !locked && (status === 'untouched' || status === 'rejected'))
          await perform(() => unwrap(api.setSegmentStatus({ documentId, segment, status: 'reviewed' })), [segment])
      })
    },
    [data, editing, perform, documentId, undo, locked, goTo, queued, reader]
  )

  const applyChange = useCallback(
    async (paragraph: number, text: string, action: 'undo' | 'redo') =>
      perform(() => unwrap(api.editTarget({ documentId, paragraph, text, action }))),
    [perform, documentId]
  )

  const accept = useCallback(
    async (f: FindingView) => {
      const span = f.targetSpan
      if (f.targetParagraph === null || !span || f.suggestion === null || !data) return
      const before = reader.current().target.get(f.targetParagraph)?.text ?? ''
      // The same replacement the service makes, so undo knows the text it produced.
      const after = before.slice(0, span.start) + f.suggestion + before.slice(span.end)
      if (await perform(() => unwrap(api.acceptFinding({ documentId, key: f.key })), [f.segment])) {
        undo.record({ paragraph: f.targetParagraph, before, after })
      }
    },
    [data, perform, documentId, undo, reader]
  )

  const openFixAll = useCallback(
    async (f: FindingView) => {
      try {
        const changes = await unwrap(api.previewFixAll({ documentId, key: f.key }))
        setDialog({ kind: 'fixAll', finding: f, changes })
      } catch (err) {
        setError(err)
      }
    },
    [documentId]
  )

  const openQuery = useCallback(
    (f: FindingView | null) => {
      if (!data) return
      const segment = f?.segment ?? active
      const sourceText = f?.sourceSpan?.text ?? rowText(rows, segment, 'source')
      setDialog({ kind: 'query', finding: f, segment, sourceText })
    },
    [data, rows, active]
  )

  const alignEdit = useCallback(
    (edit: AlignmentEdit) => void perform(() => unwrap(api.editAlignment({ documentId, edit }))),
    [perform, documentId]
  )

  /** A glossary term from the edit: inserted words as the preferred rendering, deleted ones as forbidden. */
  const addTermFromEdit = useCallback(() => {
    if (!editing || !data) return
    const runs = correctionRuns(rows.target.get(editing.paragraph)?.originalText ?? '', editing.text)
    const words = (kind: 'inserted' | 'deleted'): string =>
      runs
        .filter((r) => r.kind === kind)
        .map((r) => r.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    const f = findings.find((x) => x.key === editing.findingKey)
    const forbidden = words('deleted')
    setDialog({
      kind: 'term',
      draft: draftOf({
        source: f?.sourceSpan?.text ?? '',
        target: words('inserted'),
        forbidden: forbidden ? [forbidden] : []
      })
    })
  }, [editing, data, rows, findings])

  const openAudit = useCallback(() => {
    unwrap(api.getAuditLog({ documentId })).then((entries) => setDialog({ kind: 'audit', entries }), setError)
  }, [documentId])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!data || dialog) return
      // A focused button takes its own Enter and Space (the row's alignment tools, the toolbars).
      if (pressesButton(e)) return
      const id = matchShortcut(e, isTyping(e.target))
      if (!id) return
      const current = selected
      const handled = ((): boolean => {
        switch (id) {
          case 'confirmNext':
            void save(true)
            return true
          case 'approveSegment': {
            if (locked) return false
            const segment = activeRef.current
            goTo(segment + 1)
            void queued(() =>
              perform(() => unwrap(api.setSegmentStatus({ documentId, segment, status: 'approved' })), [segment])
            )
            return true
          }
          case 'rejectSegment':
            if (locked) return false
            setDialog({ kind: 'reject', segments: [activeRef.current] })
            return true
          case 'nextSegment':
          case 'previousSegment':
            if (editing) void save(false)
            goTo(active + (id === 'nextSegment' ? 1 : -1))
            return true
          case 'edit':
            startEdit(active)
            return true
          case 'cancel':
            if (!editing) return false
            setEditing(null)
            return true
          case 'nextFinding':
          case 'previousFinding':
            stepFinding(id === 'nextFinding' ? 1 : -1)
            return true
          case 'accept':
            if (!current || current.suggestion === null || locked) return false
            void accept(current)
            return true
          case 'ignore':
            if (!current || current.state !== 'open' || locked) return false
            setDialog({ kind: 'ignore', finding: current })
            return true
          case 'fixAll':
            if (!current || current.suggestion === null || locked) return false
            void openFixAll(current)
            return true
          case 'query':
            openQuery(current)
            return true
          case 'undo': {
            const c = undo.takeUndo()
            if (c) void applyChange(c.paragraph, c.before, 'undo')
            return true
          }
          case 'redo': {
            const c = undo.takeRedo()
            if (c) void applyChange(c.paragraph, c.after, 'redo')
            return true
          }
          case 'mergeNext':
          case 'splitRow':
          case 'unalign':
            if (locked) return false
            alignEdit({ kind: id === 'splitRow' ? 'split' : id, bead: active })
            return true
          case 'signoff':
            // Opens even while the checks run or for a role that cannot approve: the dialog says why.
            setDialog({ kind: 'signoff', action: locked ? 'reopen' : 'approve' })
            return true
          case 'audit':
            openAudit()
            return true
          case 'help':
            setDialog({ kind: 'help' })
            return true
        }
      })()
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [
    data,
    dialog,
    selected,
    save,
    perform,
    documentId,
    active,
    goTo,
    editing,
    startEdit,
    stepFinding,
    accept,
    openFixAll,
    openQuery,
    openAudit,
    alignEdit,
    undo,
    applyChange,
    locked,
    queued,
    checking
  ])

  if (loadError) return <ErrorMessage error={loadError} />
  if (!data || !settings)
    return (
      <p className="busy-indicator" role="status">
        {t('review.opening')}
      </p>
    )

  const close = (): void => setDialog(null)
  return (
    <div className="review-page" data-testid="review-page">
      <ReviewHeader
        data={data}
        reviewerRole={settings.reviewerRole}
        onApprove={() => setDialog({ kind: 'signoff', action: 'approve' })}
        onReopen={() => setDialog({ kind: 'signoff', action: 'reopen' })}
        onAudit={openAudit}
        onQueries={() => setDialog({ kind: 'queries' })}
        onHelp={() => setDialog({ kind: 'help' })}
        onError={setError}
        onRealign={() => void perform(() => unwrap(api.realignDocument({ documentId })))}
        perform={perform}
      />
      <ErrorMessage error={error} />
      {busy > 0 ? (
        <CheckProgressLine message={t('review.checking', { count: segmentCount })} testId="busy" />
      ) : (
        checking && (
          <CheckProgressLine message={t('review.findingsPending', { count: segmentCount })} testId="findings-pending" />
        )
      )}
      {locked && (
        <p className="notice" data-testid="locked-notice">
          {t('review.lockedNotice')}
        </p>
      )}
      {data.newSinceApproval > 0 && (
        <p className="notice" role="status" data-testid="since-approval-notice">
          {t('review.newSinceApproval', { count: data.newSinceApproval })}
        </p>
      )}
      <div className="review-body">
        <ReviewGrid
          header={data}
          rows={rows}
          onNeedRows={needRows}
          findingsBySegment={findingsBySegment}
          active={active}
          editing={editing}
          linkedKey={hoverKey ?? selectedKey}
          selectedKey={selectedKey}
          locked={locked}
          onActivate={goTo}
          onEdit={startEdit}
          onEditorChange={setEditing}
          onSave={(confirm) => void save(confirm)}
          onCancel={() => setEditing(null)}
          onAddTerm={addTermFromEdit}
          onAlign={alignEdit}
          onHover={setHoverKey}
          onSelectFinding={selectFinding}
          onStatus={(segment, status) =>
            // A rejection asks why first (the dialog); other statuses apply at once.
            status === 'rejected'
              ? setDialog({ kind: 'reject', segments: [segment] })
              : void queued(() =>
                  perform(() => unwrap(api.setSegmentStatus({ documentId, segment, status })), [segment])
                )
          }
          onBulkStatus={(segments, status) =>
            status === 'rejected'
              ? setDialog({ kind: 'reject', segments })
              : void perform(() => unwrap(api.setSegmentsStatus({ documentId, segments, status })))
          }
        />
        <div className="side-panels">
          <FindingsPanel
            findings={findings}
            visible={visible}
            filters={filters}
            selectedKey={selectedKey}
            locked={locked}
            checking={checking}
            onFilters={setFilters}
            onSelect={selectFinding}
            onHover={setHoverKey}
            onNext={() => stepFinding(1)}
            onPrevious={() => stepFinding(-1)}
            onAccept={(f) => void accept(f)}
            onIgnore={(f) => setDialog({ kind: 'ignore', finding: f })}
            onUnignore={(f) => void perform(() => unwrap(api.unignoreFinding({ documentId, key: f.key })), [f.segment])}
            onFixAll={(f) => void openFixAll(f)}
            onQuery={openQuery}
            onEditFor={(f) => startEdit(f.segment, f.targetParagraph ?? undefined, f)}
          >
            <SegmentNotes segment={active} notes={rows.beads.get(active)?.notes ?? []} />
          </FindingsPanel>
          <MemoryPanel
            documentId={documentId}
            segment={active}
            source={rowText(rows, active, 'source')}
            target={rowText(rows, active, 'target')}
            revision={data}
          />
        </div>
      </div>
      {dialog?.kind === 'ignore' && (
        <IgnoreDialog
          finding={dialog.finding}
          onClose={close}
          onConfirm={(reason, scope) => {
            close()
            // A project-wide ignore reaches other rows: the whole document is read again.
            void perform(
              () => unwrap(api.ignoreFinding({ documentId, key: dialog.finding.key, reason, scope })),
              scope === 'document' ? [dialog.finding.segment] : undefined
            )
          }}
        />
      )}
      {dialog?.kind === 'fixAll' && (
        <FixAllDialog
          changes={dialog.changes}
          onClose={close}
          onApply={(chosen) => {
            close()
            void perform(() =>
              unwrap(
                api.applyFixAll({
                  documentId,
                  key: dialog.finding.key,
                  changes: chosen.map((c) => ({ documentId: c.documentId, paragraph: c.paragraph }))
                })
              )
            )
          }}
        />
      )}
      {dialog?.kind === 'signoff' && (
        <SignoffDialog
          action={dialog.action}
          reviewer={{ name: settings.reviewerName, role: settings.reviewerRole }}
          data={{ ...data, beads: segmentStatuses(data.segments) }}
          onClose={close}
          onConfirm={(note, override) => {
            close()
            void perform(() =>
              unwrap(
                dialog.action === 'approve'
                  ? api.approveDocument({ documentId, note, override })
                  : api.reopenDocument({ documentId, note })
              )
            )
          }}
        />
      )}
      {dialog?.kind === 'audit' && <AuditDialog entries={dialog.entries} onClose={close} />}
      {dialog?.kind === 'query' && (
        <QueryDialog
          sourceText={dialog.sourceText}
          initialQuestion={t('review.query.defaultQuestion')}
          onClose={close}
          onConfirm={(question) => {
            close()
            void perform(() =>
              unwrap(
                api.createQuery({
                  documentId,
                  segment: dialog.segment,
                  question,
                  findingKey: dialog.finding?.key ?? null
                })
              )
            )
          }}
        />
      )}
      {dialog?.kind === 'queries' && (
        <QueriesDialog
          queries={data.queries}
          onClose={close}
          onStatus={(q: SourceQuery, status) =>
            void perform(() => unwrap(api.updateQuery({ queryId: q.id, status, answer: q.answer })))
          }
        />
      )}
      {dialog?.kind === 'help' && <ShortcutsDialog onClose={close} />}
      {dialog?.kind === 'reject' && (
        <RejectDialog
          segments={dialog.segments}
          onClose={close}
          onConfirm={(reason) => {
            const { segments } = dialog
            const [segment] = segments
            close()
            if (segments.length === 1 && segment !== undefined)
              void queued(() =>
                perform(
                  () => unwrap(api.setSegmentStatus({ documentId, segment, status: 'rejected', reason })),
                  [segment]
                )
              )
            else void perform(() => unwrap(api.setSegmentsStatus({ documentId, segments, status: 'rejected', reason })))
          }}
        />
      )}
      {dialog?.kind === 'term' && (
        <TermDialog
          title={t('glossary.addTitle')}
          initial={dialog.draft}
          onClose={close}
          onSave={(draft) => {
            close()
            void perform(() =>
              unwrap(
                api.saveGlossaryTerm({
                  projectId: data.project.id,
                  termId: null,
                  term: { ...draft, note: draft.note.trim() || undefined }
                })
              )
            )
          }}
        />
      )}
    </div>
  )
}
