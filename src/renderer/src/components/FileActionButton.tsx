import { useRef, useState } from 'react'
import type { FileInput } from '@core/api/contract'
import { readFileInput } from '@renderer/api/files'

interface Props<R> {
  label: string
  /** File types the picker offers. */
  accept: string
  testId: string
  /** Runs the call the way the page runs every change (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
  /** What the chosen file is for. */
  act: (file: FileInput) => Promise<R>
  /** The outcome in words, shown as a status message once the action is done. */
  summary: (result: R) => string
}

/** A button that asks for a file, hands it to an action, and says what the action did. */
export function FileActionButton<R>({ label, accept, testId, perform, act, summary }: Props<R>): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<{ value: R } | null>(null)
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={`${testId}-file`}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (!file) return
          setResult(null)
          void perform(async () => setResult({ value: await act(await readFileInput(file)) }))
        }}
      />
      {result && (
        <span role="status" className="muted" data-testid={`${testId}-result`}>
          {summary(result.value)}
        </span>
      )}
    </>
  )
}
