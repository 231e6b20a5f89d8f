import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GlossaryTerm } from '@core/domain/glossary'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'

export interface TermDraft {
  source: string
  target: string
  allowed: string[]
  forbidden: string[]
  note: string
  caseSensitive: boolean
  accentInsensitive: boolean
}

export function draftOf(term?: Partial<GlossaryTerm>): TermDraft {
  return {
    source: term?.source ?? '',
    target: term?.target ?? '',
    allowed: term?.allowed ?? [],
    forbidden: term?.forbidden ?? [],
    note: term?.note ?? '',
    caseSensitive: term?.caseSensitive ?? false,
    accentInsensitive: term?.accentInsensitive ?? false
  }
}

const splitVariants = (text: string): string[] =>
  text
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean)

interface Props {
  title: string
  initial: TermDraft
  onSave: (draft: TermDraft) => void
  onClose: () => void
}

/** Add or edit a term: source, preferred target, accepted and forbidden variants, note, case and accent rules. */
export function TermDialog({ title, initial, onSave, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [d, setD] = useState(initial)
  const [allowed, setAllowed] = useState(initial.allowed.join(' | '))
  const [forbidden, setForbidden] = useState(initial.forbidden.join(' | '))
  const valid = d.source.trim() !== '' && d.target.trim() !== ''
  return (
    <Dialog title={title} onClose={onClose} testId="term-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          if (valid) onSave({ ...d, allowed: splitVariants(allowed), forbidden: splitVariants(forbidden) })
        }}
      >
        <label className="field">
          <span>{t('glossary.source')}</span>
          <input
            autoFocus
            lang="es"
            value={d.source}
            maxLength={500}
            onChange={(e) => setD({ ...d, source: e.target.value })}
            data-testid="term-source"
          />
        </label>
        <label className="field">
          <span>{t('glossary.preferred')}</span>
          <input
            lang="en"
            value={d.target}
            maxLength={500}
            onChange={(e) => setD({ ...d, target: e.target.value })}
            data-testid="term-target"
          />
        </label>
        <label className="field">
          <span>{t('glossary.allowedVariants')}</span>
          <input value={allowed} onChange={(e) => setAllowed(e.target.value)} data-testid="term-allowed" />
        </label>
        <label className="field">
          <span>{t('glossary.forbiddenVariants')}</span>
          <input value={forbidden} onChange={(e) => setForbidden(e.target.value)} data-testid="term-forbidden" />
        </label>
        <label className="field">
          <span>{t('glossary.note')}</span>
          <input value={d.note} maxLength={2000} onChange={(e) => setD({ ...d, note: e.target.value })} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={d.caseSensitive}
            onChange={(e) => setD({ ...d, caseSensitive: e.target.checked })}
          />
          {t('glossary.caseSensitive')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={d.accentInsensitive}
            onChange={(e) => setD({ ...d, accentInsensitive: e.target.checked })}
          />
          {t('glossary.accentInsensitive')}
        </label>
        <DialogButtons label={t('glossary.save')} testId="term-save" disabled={!valid} onCancel={onClose} />
      </form>
    </Dialog>
  )
}
