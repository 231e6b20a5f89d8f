import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'

interface Props {
  sourceText: string
  initialQuestion: string
  onConfirm: (question: string) => void
  onClose: () => void
}

/** A question to the author of the Spanish text about an issue in the source. */
export function QueryDialog({ sourceText, initialQuestion, onConfirm, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [question, setQuestion] = useState(initialQuestion)
  return (
    <Dialog title={t('review.query.title')} onClose={onClose} testId="query-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          if (question.trim()) onConfirm(question.trim())
        }}
      >
        <blockquote lang="es">{sourceText}</blockquote>
        <label className="field">
          <span>{t('review.query.question')}</span>
          <textarea
            autoFocus
            rows={3}
            value={question}
            maxLength={2000}
            onChange={(e) => setQuestion(e.target.value)}
            data-testid="query-question"
          />
        </label>
        <DialogButtons
          label={t('review.query.confirm')}
          testId="query-confirm"
          disabled={!question.trim()}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
