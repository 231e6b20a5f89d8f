import i18next from 'i18next'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import en from '../../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../../src/renderer/src/i18n/locales/es.json'
import { SegmentNotes } from '../../../../../../src/renderer/src/features/review/SegmentNotes'
import type { BeadNote } from '../../../../../../src/core/domain/document'

const NOTES: BeadNote[] = [
  { kind: 'comment', text: 'La fecha la confirmó prensa.', author: 'Traductora', category: null, severity: null },
  { kind: 'finding', text: 'Number mismatch', author: 'Xbench', category: 'accuracy', severity: 'major' }
]

async function render(lng: 'en' | 'es', element: React.JSX.Element): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({ resources: { en: { translation: en }, es: { translation: es } }, lng, fallbackLng: 'en' })
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>)
}

describe('notes from the file in the review screen', () => {
  it('shows each note of the active segment with its kind, author and severity', async () => {
    const html = await render('en', <SegmentNotes segment={1} notes={NOTES} />)
    expect(html).toContain('2 notes from the file on segment 2')
    expect(html).toContain('Comment · Traductora')
    expect(html).toContain('La fecha la confirmó prensa.')
    expect(html).toContain('QA remark · Xbench · Major · accuracy')
  })

  it('speaks Spanish, in the singular for one note', async () => {
    const html = await render('es', <SegmentNotes segment={0} notes={NOTES.slice(0, 1)} />)
    expect(html).toContain('1 nota del archivo sobre el segmento 1')
    expect(html).toContain('Comentario · Traductora')
  })

  it('shows nothing for a segment without notes', async () => {
    expect(await render('en', <SegmentNotes segment={0} notes={[]} />)).toBe('')
  })
})
