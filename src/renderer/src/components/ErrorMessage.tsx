import { useTranslation } from 'react-i18next'
import { ApiCallError } from '@renderer/api/client'

/** Shows an API or client error in the UI language, from its code and params. */
export function ErrorMessage({ error }: { error: unknown }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!error) return null
  const code = error instanceof ApiCallError ? error.code : 'internal'
  const params = error instanceof ApiCallError ? error.params : undefined
  return (
    <div className="error" role="alert" data-testid="error" data-code={code}>
      {t(`errors.${code}`, { ...params, defaultValue: t('errors.internal') })}
    </div>
  )
}
