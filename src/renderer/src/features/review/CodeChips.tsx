import { createContext, Fragment, useContext } from 'react'
import { placeholderIndex, type InlineCode } from '@core/domain/inline-codes'

/**
 * The inline codes of the row being drawn: text components below read them to draw each
 * placeholder as a chip. Empty for texts without codes (every document that is not a CAT file).
 */
export const CodesContext = createContext<ReadonlyMap<number, InlineCode>>(new Map())

export const codesByIndex = (codes: readonly InlineCode[] | undefined): ReadonlyMap<number, InlineCode> =>
  new Map((codes ?? []).map((c) => [c.k, c]))

/** One code as a chip: its label drawn by CSS (copied text holds no label), its meaning for screen readers. */
export function CodeChip({ k, code }: { k: number; code: InlineCode | undefined }): React.JSX.Element {
  const label = code?.label ?? `#${k + 1}`
  const title = code?.title ? `${label}: ${code.title}` : label
  return (
    <span
      className={`code-chip code-${code?.kind ?? 'standalone'}`}
      contentEditable={false}
      role="img"
      aria-label={title}
      title={title}
      data-label={label}
      data-code={k}
    />
  )
}

/** A text with each placeholder drawn as a chip. */
export function TextWithCodes({ text }: { text: string }): React.JSX.Element {
  const codes = useContext(CodesContext)
  if (!/[\ue000-\uf8ff]/.test(text)) return <>{text}</>
  const parts: React.JSX.Element[] = []
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const k = placeholderIndex(text.charAt(i))
    if (k === -1) continue
    if (i > from) parts.push(<Fragment key={`t${from}`}>{text.slice(from, i)}</Fragment>)
    parts.push(<CodeChip key={`c${i}`} k={k} code={codes.get(k)} />)
    from = i + 1
  }
  if (from < text.length) parts.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>)
  return <>{parts}</>
}
