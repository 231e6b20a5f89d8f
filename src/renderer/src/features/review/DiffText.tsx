import { correctionRuns } from '@core/review/corrections'

/** The change from `before` to `after`: removed words struck through, added words underlined. */
export function DiffText({ before, after }: { before: string; after: string }): React.JSX.Element {
  return (
    <>
      {correctionRuns(before, after).map((p, i) =>
        p.kind === 'deleted' ? (
          <del key={i} className="diff-removed">
            {p.text}
          </del>
        ) : p.kind === 'inserted' ? (
          <ins key={i} className="diff-added">
            {p.text}
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        )
      )}
    </>
  )
}
