import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'

interface Props {
  documentId: number
  name: string
  /** Runs a change the way the page does (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/** The document's name, and renaming it in place (a file's name is often a hash or a CAT tool's path). */
export function DocumentTitle({ documentId, name, perform }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  if (draft === null)
    return (
      <>
        <h1 data-testid="document-name">{name}</h1>
        <button type="button" onClick={() => setDraft(name)} data-testid="rename-document">
          {t('document.rename')}
        </button>
      </>
    )
  const save = async (): Promise<void> => {
    const next = draft.trim()
    if (next === '' || next === name) return setDraft(null)
    if (await perform(() => unwrap(api.renameDocument({ documentId, name: next })))) setDraft(null)
  }
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <label htmlFor="document-new-name" className="visually-hidden">
        {t('document.newName')}
      </label>
      <input
        id="document-new-name"
        data-testid="document-new-name"
        value={draft}
        maxLength={200}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation()
            setDraft(null)
          }
        }}
      />
      <button type="submit" className="primary" data-testid="rename-save">
        {t('common.save')}
      </button>
      <button type="button" onClick={() => setDraft(null)}>
        {t('common.cancel')}
      </button>
    </form>
  )
}
