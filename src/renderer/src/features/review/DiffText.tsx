import { Fragment } from 'react'
import { correctionRuns, gapBefore } from '@core/review/corrections'
import { TextWithCodes } from './CodeChips'

/** The space that keeps a deleted phrase and its replacement apart on screen; not part of either text. */
export function DiffGap(): React.JSX.Element {
  return (
    <span className="diff-gap" aria-hidden="true">
      {' '}
    </span>
  )
}

/** The change from `before` to `after`: removed phrases struck through, added ones underlined. */
export function DiffText({ before, after }: { before: string; after: string }): React.JSX.Element {
  const runs = correctionRuns(before, after)
  return (
    <>
      {runs.map((p, i) =>
        p.kind === 'deleted' ? (
          <del key={i} className="diff-removed">
            <TextWithCodes text={p.text} />
          </del>
        ) : p.kind === 'inserted' ? (
          <Fragment key={i}>
            {gapBefore(runs, i) && <DiffGap />}
            <ins className="diff-added">
              <TextWithCodes text={p.text} />
            </ins>
          </Fragment>
        ) : (
          <span key={i}>
            <TextWithCodes text={p.text} />
          </span>
        )
      )}
    </>
  )
}
