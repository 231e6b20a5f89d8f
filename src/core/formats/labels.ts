/**
 * Column headers and status names in tables made for people (CSV, DOCX), in Cotejo's two UI
 * languages. Readers accept any of them, so a table exported in Spanish reads back.
 */
import { UNIT_STATES, type ReviewStatus, type UnitState } from './model'

export interface ExportLabels {
  id: string
  source: string
  target: string
  status: string
  comments: string
  originalTarget: string
  states: Record<UnitState, string>
  /** Explains the marks in the DOCX table. */
  legend: string
}

export const EXPORT_LABELS: Record<'en' | 'es', ExportLabels> = {
  en: {
    id: 'ID',
    source: 'Source',
    target: 'Corrected target',
    status: 'Status',
    comments: 'Comments',
    originalTarget: 'Original target',
    states: { rejected: 'Rejected', translated: 'Translated', reviewed: 'Reviewed', final: 'Final' },
    legend:
      'Corrections are Word revisions (Review → Track Changes): deleted words struck through in red, inserted words underlined in blue. Edit the target column with Track Changes on and send the file back; Cotejo applies your edits by ID.'
  },
  es: {
    id: 'ID',
    source: 'Texto fuente',
    target: 'Traducción corregida',
    status: 'Estado',
    comments: 'Comentarios',
    originalTarget: 'Traducción original',
    states: { rejected: 'Rechazado', translated: 'Traducido', reviewed: 'Revisado', final: 'Final' },
    legend:
      'Las correcciones son revisiones de Word (Revisar → Control de cambios): palabras eliminadas tachadas en rojo, añadidas subrayadas en azul. Edite la columna de la traducción con el control de cambios activado y devuelva el archivo; Cotejo aplica sus cambios por ID.'
  }
}

export function labelsFor(lang: 'en' | 'es' = 'en', overrides: Partial<ExportLabels> = {}): ExportLabels {
  return { ...EXPORT_LABELS[lang], ...overrides }
}

/** Lower case, no accents, no punctuation: how header and status cells are compared. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Reads a status cell in any label language ('Revisado', 'reviewed', 'signed-off'...). */
export function parseStateLabel(cell: string, extra?: ExportLabels): UnitState {
  const folded = foldLabel(cell)
  for (const state of UNIT_STATES) {
    const names = [state, ...Object.values(EXPORT_LABELS).map((l) => l.states[state]), extra?.states[state] ?? '']
    if (names.some((n) => n !== '' && foldLabel(n) === folded)) return state
  }
  if (folded === 'signed off' || folded === 'approved' || folded === 'aprobado') return 'reviewed'
  return 'translated'
}

/** The review status a table's unit-state label stands for (the DOCX table shows approved segments as final). */
const STATUS_OF_STATE: Record<UnitState, ReviewStatus> = {
  translated: 'untouched',
  reviewed: 'reviewed',
  final: 'approved',
  rejected: 'rejected'
}

/**
 * Status names a review table's status column may hold, besides Cotejo's own labels: the review
 * screen's words (en, es), Trados Studio's confirmation levels and memoQ's segment statuses as
 * their review tables write them, mapped as their bilingual files are (formats/cat/states.ts).
 */
const STATUS_WORDS: Record<ReviewStatus, readonly string[]> = {
  untouched: [
    'untouched',
    'not reviewed',
    'sin revisar',
    'no revisado',
    'not translated',
    'draft',
    'not started',
    'edited',
    'partially edited',
    'pre translated',
    'machine translated',
    'fragment assembled',
    'confirmed',
    'translator confirmed'
  ],
  reviewed: [
    'reviewed',
    'revisado',
    'translation approved',
    'approved translation',
    'reviewer 1 confirmed',
    'r1 confirmed',
    'proofread'
  ],
  approved: [
    'approved',
    'aprobado',
    'signed off',
    'sign off approved',
    'approved sign off',
    'reviewer 2 confirmed',
    'r2 confirmed'
  ],
  rejected: [
    'rejected',
    'rechazado',
    'translation rejected',
    'rejected translation',
    'sign off rejected',
    'rejected sign off'
  ]
}

const STATUS_BY_LABEL: ReadonlyMap<string, ReviewStatus> = new Map([
  ...Object.values(EXPORT_LABELS).flatMap((l) =>
    UNIT_STATES.map((state) => [foldLabel(l.states[state]), STATUS_OF_STATE[state]] as const)
  ),
  ...(Object.entries(STATUS_WORDS) as [ReviewStatus, readonly string[]][]).flatMap(([status, words]) =>
    words.map((w) => [foldLabel(w), status] as const)
  )
])

/**
 * The review status a status cell names ('Revisado', 'Rejected', 'Signed Off', 'Reviewer 1
 * Confirmed'...), ignoring case, accents, punctuation and a parenthesised aside ('Translated
 * (100%)'); null when it names none.
 */
export function reviewStatusOfLabel(cell: string): ReviewStatus | null {
  return STATUS_BY_LABEL.get(foldLabel(cell)) ?? null
}
