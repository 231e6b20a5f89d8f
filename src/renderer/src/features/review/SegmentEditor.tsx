import { useContext, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Severity } from '@core/domain/findings'
import { categoryKey, MQM_CATEGORIES, SEVERITY_ORDER } from './categories'
import { CodeChip, CodesContext } from './CodeChips'
import { insertCode, keepsCodes, missingCodes } from './code-guard'
import { DiffText } from './DiffText'
import { shortcutLabel } from './shortcuts'

export interface EditorState {
  segment: number
  paragraph: number
  text: string
  category: string | null
  severity: Severity | null
  comment: string
  /** The finding this edit fixes, when it was opened from one. */
  findingKey: string | null
}

interface Props {
  state: EditorState
  original: string
  /** The bead's source text: the codes the target may hold, and those it may copy in. */
  source: string
  onChange: (state: EditorState) => void
  onSave: (confirm: boolean) => void
  onCancel: () => void
  /** Opens the glossary form prefilled from this edit. */
  onAddTerm: () => void
}

/** Inline editor of one target paragraph, with the reason for the change and a live word diff. */
export function SegmentEditor({
  state,
  original,
  source,
  onChange,
  onSave,
  onCancel,
  onAddTerm
}: Props): React.JSX.Element {
  const { t } = useTranslation()
  const ref = useRef<HTMLTextAreaElement>(null)
  const codes = useContext(CodesContext)
  // Set when an edit was refused because it would delete or add a code; said once, politely.
  const [refused, setRefused] = useState(false)
  const missing = missingCodes(source, state.text)
  const edit = (text: string): void => {
    const ok = keepsCodes(source, state.text, text)
    setRefused(!ok)
    if (ok) onChange({ ...state, text })
  }
  const copyCode = (k: number): void => {
    const el = ref.current
    const at = el ? el.selectionStart : state.text.length
    edit(insertCode(state.text, at, k))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(at + 1, at + 1)
    })
  }
  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus()
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])
  const changed = state.text !== original
  return (
    <div className="editor" onClick={(e) => e.stopPropagation()} data-testid="segment-editor">
      <label className="visually-hidden" htmlFor="segment-editor-text">
        {t('review.editor.label')}
      </label>
      <textarea
        id="segment-editor-text"
        ref={ref}
        value={state.text}
        rows={Math.min(12, Math.max(3, Math.ceil(state.text.length / 70)))}
        onChange={(e) => edit(e.target.value)}
        aria-describedby={codes.size > 0 ? 'segment-editor-codes' : undefined}
      />
      {codes.size > 0 && (
        <div className="editor-codes" id="segment-editor-codes">
          <span className="muted">{t('review.editor.codesHelp')}</span>
          {missing.map((k, i) => (
            <button
              key={`${k}-${i}`}
              type="button"
              className="copy-code"
              onClick={() => copyCode(k)}
              aria-label={t('review.editor.copyCode', { code: codes.get(k)?.label ?? `#${k + 1}` })}
              data-testid="copy-code"
            >
              <CodeChip k={k} code={codes.get(k)} />
            </button>
          ))}
          <span role="status" className="editor-codes-refused" data-testid="code-refused">
            {refused ? t('review.editor.codeProtected') : ''}
          </span>
        </div>
      )}
      {changed && (
        <p className="editor-diff" aria-label={t('review.editor.diff')}>
          <DiffText before={original} after={state.text} />
        </p>
      )}
      <div className="editor-meta">
        <label>
          <span>{t('review.editor.category')}</span>
          <select
            value={state.category ?? ''}
            onChange={(e) => onChange({ ...state, category: e.target.value === '' ? null : e.target.value })}
            data-testid="editor-category"
          >
            <option value="">{t('review.editor.noCategory')}</option>
            {MQM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(categoryKey(c))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('review.editor.severity')}</span>
          <select
            value={state.severity ?? ''}
            onChange={(e) =>
              onChange({ ...state, severity: e.target.value === '' ? null : (e.target.value as Severity) })
            }
            data-testid="editor-severity"
          >
            <option value="">{t('review.editor.noSeverity')}</option>
            {SEVERITY_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          <span>{t('review.editor.comment')}</span>
          <input
            value={state.comment}
            maxLength={2000}
            onChange={(e) => onChange({ ...state, comment: e.target.value })}
          />
        </label>
      </div>
      <div className="editor-actions">
        <button type="button" className="primary" onClick={() => onSave(true)} title={shortcutLabel('confirmNext')}>
          {t('review.editor.saveNext')} <kbd>{shortcutLabel('confirmNext')}</kbd>
        </button>
        <button type="button" onClick={() => onSave(false)}>
          {t('review.editor.save')}
        </button>
        <button type="button" onClick={onAddTerm} disabled={!changed} data-testid="add-term-from-edit">
          {t('review.editor.addTerm')}
        </button>
        <button type="button" onClick={onCancel} title={shortcutLabel('cancel')}>
          {t('review.editor.cancel')} <kbd>{shortcutLabel('cancel')}</kbd>
        </button>
      </div>
    </div>
  )
}
