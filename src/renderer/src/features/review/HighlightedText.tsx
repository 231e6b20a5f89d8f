import { Fragment } from 'react'
import { gapBefore, type CorrectionRun } from '@core/review/corrections'
import { TextWithCodes } from './CodeChips'
import { DiffGap } from './DiffText'
import { leadingMark, splitByMarks, type Mark, type SentenceMarker } from './highlight'

export interface HighlightProps {
  text: string
  marks: Mark[]
  /** Finding under the pointer or keyboard focus: lit up on both sides. */
  linkedKey: string | null
  selectedKey: string | null
  onHover: (key: string | null) => void
  onSelect: (key: string) => void
  /** Phrase diff from the original; when given, removed phrases are shown struck through in place. */
  diff?: CorrectionRun[] | null
  /** Sentence starts with the number of their sentence bead (active row only). */
  sentences?: SentenceMarker[] | undefined
}

function MarkedPieces({
  text,
  marks,
  from,
  to,
  ...rest
}: Omit<HighlightProps, 'diff'> & { from: number; to: number }): React.JSX.Element {
  const sentences = rest.sentences ?? []
  const pieces = splitByMarks(
    text,
    marks,
    sentences.map((s) => s.start)
  ).filter((p) => p.start < to && p.start + p.text.length > from)
  return (
    <>
      {pieces.map((p) => {
        const start = Math.max(p.start, from)
        const end = Math.min(p.start + p.text.length, to)
        const slice = text.slice(start, end)
        const lead = leadingMark(p.marks)
        // The number is drawn by CSS (::before), so it is never part of the text that is copied.
        const sentence = sentences.find((s) => s.start === start)
        const marker = sentence && (
          <span className={sentence.orphan ? 'sentence-mark orphan' : 'sentence-mark'} data-label={sentence.label} />
        )
        if (!lead)
          return (
            <span key={start}>
              {marker}
              <TextWithCodes text={slice} />
            </span>
          )
        const keys = p.marks.map((m) => m.key)
        const classes = ['hl', `sev-${lead.severity}`, `state-${lead.state}`]
        if (rest.linkedKey && keys.includes(rest.linkedKey)) classes.push('linked')
        if (rest.selectedKey && keys.includes(rest.selectedKey)) classes.push('selected')
        return (
          <mark
            key={start}
            className={classes.join(' ')}
            data-finding={keys.join(' ')}
            onMouseEnter={() => rest.onHover(lead.key)}
            onMouseLeave={() => rest.onHover(null)}
            onClick={(e) => {
              e.stopPropagation()
              rest.onSelect(lead.key)
            }}
          >
            {marker}
            <TextWithCodes text={slice} />
          </mark>
        )
      })}
    </>
  )
}

/**
 * A paragraph with its findings marked. When it was corrected, the word diff is shown in place:
 * removed words struck through, added words underlined, and the findings still marked on the
 * current text (offsets refer to it).
 */
export function HighlightedText(props: HighlightProps): React.JSX.Element {
  const { text, diff } = props
  if (!diff) return <MarkedPieces {...props} from={0} to={text.length} />
  // Where each kept or added part starts in the current text (removed parts take no room there).
  const starts: number[] = []
  let offset = 0
  for (const part of diff) {
    starts.push(offset)
    if (part.kind !== 'deleted') offset += part.text.length
  }
  return (
    <>
      {diff.map((part, i) => {
        if (part.kind === 'deleted')
          return (
            <del key={`d${i}`} className="diff-removed">
              <TextWithCodes text={part.text} />
            </del>
          )
        const from = starts[i] as number
        const inner = <MarkedPieces {...props} from={from} to={from + part.text.length} />
        return part.kind === 'inserted' ? (
          <Fragment key={`a${i}`}>
            {gapBefore(diff, i) && <DiffGap />}
            <ins className="diff-added">{inner}</ins>
          </Fragment>
        ) : (
          <span key={`s${i}`}>{inner}</span>
        )
      })}
    </>
  )
}
