import { useTranslation } from 'react-i18next'
import type { AlignmentEdit } from '@core/domain/alignment'
import type { Bead } from '@core/domain/document'
import { shortcutLabel } from './shortcuts'

interface Props {
  bead: Bead
  isLast: boolean
  onEdit: (edit: AlignmentEdit) => void
}

/**
 * Alignment fixes for the active row: merge, split, move a paragraph to the neighbour, unalign.
 * Compact buttons in the row's gutter (a sign each, their names for screen readers and tooltips),
 * so a click on the row's text never lands on one of them.
 */
export function AlignTools({ bead, isLast, onEdit }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const i = bead.position
  const paragraphs = bead.source.length + bead.target.length
  const button = (
    sign: string,
    label: string,
    edit: AlignmentEdit,
    enabled: boolean,
    title?: string
  ): React.JSX.Element => (
    <button
      type="button"
      disabled={!enabled}
      title={title ?? label}
      data-align={edit.kind + ('side' in edit ? `-${edit.side}` : '')}
      onClick={(e) => {
        e.stopPropagation()
        onEdit(edit)
      }}
    >
      <span aria-hidden="true">{sign}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  )
  const state = bead.origin === 'manual' ? t('align.manual') : t('align.title')
  return (
    <div className="align-tools" role="toolbar" aria-label={t('align.tools')} title={state}>
      {button(
        '⇊',
        t('align.mergeNext'),
        { kind: 'mergeNext', bead: i },
        !isLast,
        `${t('align.mergeNext')} (${shortcutLabel('mergeNext')})`
      )}
      {button(
        '✂',
        t('align.split'),
        { kind: 'split', bead: i },
        paragraphs > 2,
        `${t('align.split')} (${shortcutLabel('splitRow')})`
      )}
      {button(
        '⊘',
        t('align.unalign'),
        { kind: 'unalign', bead: i },
        bead.source.length > 0 && bead.target.length > 0,
        `${t('align.unalign')} (${shortcutLabel('unalign')})`
      )}
      {/* ◧ the source column (left), ◨ the target column (right). */}
      {button('◧↑', t('align.sourceUp'), { kind: 'moveUp', bead: i, side: 'source' }, i > 0 && bead.source.length > 0)}
      {button('◧↓', t('align.sourceDown'), { kind: 'moveDown', bead: i, side: 'source' }, bead.source.length > 0)}
      {button('◨↑', t('align.targetUp'), { kind: 'moveUp', bead: i, side: 'target' }, i > 0 && bead.target.length > 0)}
      {button('◨↓', t('align.targetDown'), { kind: 'moveDown', bead: i, side: 'target' }, bead.target.length > 0)}
    </div>
  )
}
