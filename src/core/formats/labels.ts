/**
 * Column headers and status names in tables made for people (CSV, DOCX), in Cotejo's two UI
 * languages. Readers accept any of them, so a table exported in Spanish reads back.
 */
import { UNIT_STATES, type UnitState } from './model'

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
