/**
 * The report's own words, in the two UI languages (it is read outside the app, in the language it
 * was exported in). Category, family, role and status names are the UI catalogue's (a test keeps
 * them equal).
 */
import type { MqmCategory } from '../../domain/findings'
import type { ReviewerRole } from '../../domain/review'

const EN = {
  title: 'Review report',
  project: 'Project',
  document: 'Document',
  languages: 'Languages',
  generated: 'Generated',
  status: 'Status',
  statuses: { in_review: 'In review', approved: 'Approved' },
  summary: 'Summary',
  segments: 'Segments reviewed',
  words: 'Source words',
  findings: 'Findings',
  findingStates: 'open / fixed / ignored',
  quality: 'Quality score',
  pass: 'PASS',
  fail: 'FAIL',
  threshold: 'pass threshold',
  provisional: 'PROVISIONAL',
  provisionalNote: (open: number, floor: string): string =>
    open === 1
      ? `1 finding is still open: no pass or fail until it is triaged. If it were confirmed, the score would be ${floor}.`
      : `${open} findings are still open: no pass or fail until they are triaged. If they were all confirmed, the score would be ${floor}.`,
  overriddenNote: 'Approved with findings open (see the sign-off): the score counts confirmed errors only.',
  formula:
    'MQM score = 100 × (1 − penalty ÷ source words). Penalty per error confirmed by a reviewer (a correction recorded with a severity): minor 1, major 5, critical 25.',
  bySeverity: 'Confirmed errors by severity',
  severities: { minor: 'Minor', major: 'Major', critical: 'Critical' },
  chart: 'Findings and corrections by category',
  chartLegend: { open: 'Open findings', ignored: 'Ignored findings', corrected: 'Corrections' },
  openFindings: 'Open findings',
  noOpenFindings: 'No open findings.',
  ignoredFindings: 'Ignored findings',
  noIgnoredFindings: 'No ignored findings.',
  finding: 'Finding',
  text: 'Text',
  reason: 'Reason',
  ignoredBy: 'Ignored by',
  noReason: 'no reason given',
  corrections: 'Corrections',
  noCorrections: 'No corrections.',
  segment: '#',
  change: 'Change',
  category: 'Category',
  severity: 'Severity',
  author: 'Author',
  comment: 'Comment',
  when: 'When',
  queries: 'Queries for the source author',
  noQueries: 'No queries.',
  fileNotes: 'Notes that came with the file',
  rejected: 'Rejected segments (sent back to the translator)',
  noRejected: 'No segment is rejected.',
  targetText: 'Translation',
  noteKinds: { comment: 'Comment', query: 'Query', finding: 'QA remark' },
  kind: 'Kind',
  noteText: 'Note',
  question: 'Question',
  answer: 'Answer',
  sourceText: 'Source text',
  queryStatuses: { open: 'Open', answered: 'Answered', closed: 'Closed' },
  signoff: 'Sign-off',
  notSigned: 'Not signed off yet.',
  approvedBy: 'Approved by',
  role: 'Role',
  note: 'Note',
  override: 'Approved with findings, queries or rejected segments open. Reason given',
  approverCorrected: (n: number): string =>
    n === 1
      ? 'The approver also made 1 of the corrections: this release was not checked by a second person.'
      : `The approver also made ${n} of the corrections: this release was not checked by a second person.`,
  history: 'Earlier sign-off actions',
  actions: { approve: 'Approved', reopen: 'Reopened' },
  roles: { translator: 'Translator', reviewer: 'Reviewer', communications: 'Communications' },
  families: {
    accuracy: 'Accuracy',
    terminology: 'Terminology',
    'linguistic-conventions': 'Language',
    'locale-conventions': 'Numbers and locale',
    style: 'Style',
    'design-and-markup': 'Tags',
    source: 'Source text'
  },
  categories: {
    'accuracy/mistranslation': 'Mistranslation',
    'accuracy/omission': 'Omission',
    'accuracy/addition': 'Addition',
    'accuracy/untranslated': 'Untranslated',
    'terminology/inconsistent-with-termbase': 'Wrong term (termbase)',
    'terminology/inconsistent-use': 'Inconsistent terminology',
    'linguistic-conventions/grammar': 'Grammar',
    'linguistic-conventions/punctuation': 'Punctuation',
    'linguistic-conventions/spelling': 'Spelling',
    'linguistic-conventions/unintelligible': 'Unintelligible',
    'locale-conventions/number-format': 'Number format',
    'locale-conventions/date-format': 'Date format',
    'locale-conventions/currency-format': 'Currency format',
    'design-and-markup/markup': 'Tags (markup)',
    'style/awkward': 'Awkward style',
    'source/error': 'Error in the source'
  } satisfies Record<MqmCategory, string>
}

export type ReportLabels = typeof EN

const ES: ReportLabels = {
  title: 'Informe de revisión',
  project: 'Proyecto',
  document: 'Documento',
  languages: 'Idiomas',
  generated: 'Generado',
  status: 'Estado',
  statuses: { in_review: 'En revisión', approved: 'Aprobado' },
  summary: 'Resumen',
  segments: 'Segmentos revisados',
  words: 'Palabras del original',
  findings: 'Avisos',
  findingStates: 'abiertos / corregidos / ignorados',
  quality: 'Puntuación de calidad',
  pass: 'APRUEBA',
  fail: 'NO APRUEBA',
  threshold: 'umbral de aprobación',
  provisional: 'PROVISIONAL',
  provisionalNote: (open, floor) =>
    open === 1
      ? `Queda 1 aviso abierto: no hay resultado hasta que se resuelva. Si se confirmara, la puntuación sería ${floor}.`
      : `Quedan ${open} avisos abiertos: no hay resultado hasta que se resuelvan. Si se confirmaran todos, la puntuación sería ${floor}.`,
  overriddenNote: 'Aprobado con avisos abiertos (véase la aprobación): la puntuación solo cuenta errores confirmados.',
  formula:
    'Puntuación MQM = 100 × (1 − penalización ÷ palabras del original). Penalización por error confirmado por un revisor (corrección registrada con gravedad): leve 1, grave 5, crítico 25.',
  bySeverity: 'Errores confirmados por gravedad',
  severities: { minor: 'Leve', major: 'Grave', critical: 'Crítico' },
  chart: 'Avisos y correcciones por categoría',
  chartLegend: { open: 'Avisos abiertos', ignored: 'Avisos ignorados', corrected: 'Correcciones' },
  openFindings: 'Avisos abiertos',
  noOpenFindings: 'No hay avisos abiertos.',
  ignoredFindings: 'Avisos ignorados',
  noIgnoredFindings: 'No hay avisos ignorados.',
  finding: 'Aviso',
  text: 'Texto',
  reason: 'Motivo',
  ignoredBy: 'Ignorado por',
  noReason: 'sin motivo',
  corrections: 'Correcciones',
  noCorrections: 'Sin correcciones.',
  segment: 'N.º',
  change: 'Cambio',
  category: 'Categoría',
  severity: 'Gravedad',
  author: 'Autor',
  comment: 'Comentario',
  when: 'Cuándo',
  queries: 'Consultas para el autor del original',
  noQueries: 'No hay consultas.',
  fileNotes: 'Notas que trajo el archivo',
  rejected: 'Segmentos rechazados (devueltos al traductor)',
  noRejected: 'No hay segmentos rechazados.',
  targetText: 'Traducción',
  noteKinds: { comment: 'Comentario', query: 'Consulta', finding: 'Observación de QA' },
  kind: 'Tipo',
  noteText: 'Nota',
  question: 'Pregunta',
  answer: 'Respuesta',
  sourceText: 'Texto original',
  queryStatuses: { open: 'Abierta', answered: 'Respondida', closed: 'Cerrada' },
  signoff: 'Aprobación',
  notSigned: 'Todavía sin aprobar.',
  approvedBy: 'Aprobado por',
  role: 'Función',
  note: 'Nota',
  override: 'Aprobado con avisos, consultas o segmentos rechazados pendientes. Motivo indicado',
  approverCorrected: (n) =>
    n === 1
      ? 'Quien aprueba también hizo 1 de las correcciones: ninguna otra persona revisó esta nota.'
      : `Quien aprueba también hizo ${n} de las correcciones: ninguna otra persona revisó esta nota.`,
  history: 'Acciones de aprobación anteriores',
  actions: { approve: 'Aprobado', reopen: 'Reabierto' },
  roles: { translator: 'Traductor/a', reviewer: 'Revisor/a', communications: 'Comunicación' },
  families: {
    accuracy: 'Exactitud',
    terminology: 'Terminología',
    'linguistic-conventions': 'Lengua',
    'locale-conventions': 'Números y convenciones',
    style: 'Estilo',
    'design-and-markup': 'Etiquetas',
    source: 'Texto original'
  },
  categories: {
    'accuracy/mistranslation': 'Traducción errónea',
    'accuracy/omission': 'Omisión',
    'accuracy/addition': 'Adición',
    'accuracy/untranslated': 'Sin traducir',
    'terminology/inconsistent-with-termbase': 'Término incorrecto (glosario)',
    'terminology/inconsistent-use': 'Terminología incoherente',
    'linguistic-conventions/grammar': 'Gramática',
    'linguistic-conventions/punctuation': 'Puntuación',
    'linguistic-conventions/spelling': 'Ortografía',
    'linguistic-conventions/unintelligible': 'Ininteligible',
    'locale-conventions/number-format': 'Formato de número',
    'locale-conventions/date-format': 'Formato de fecha',
    'locale-conventions/currency-format': 'Formato de moneda',
    'design-and-markup/markup': 'Etiquetas (marcado)',
    'style/awkward': 'Estilo poco natural',
    'source/error': 'Error en el original'
  }
}

export const REPORT_LABELS = { en: EN, es: ES } as const

export type ReportLang = keyof typeof REPORT_LABELS

/** A category in words; an id the report does not know (a stored free-text category) as it is. */
export function categoryName(L: ReportLabels, category: string): string {
  return (L.categories as Record<string, string>)[category] ?? category
}

/** A role in words; a stored role the report does not know as it is. */
export function roleName(L: ReportLabels, role: string): string {
  return (L.roles as Record<string, string>)[role as ReviewerRole] ?? role
}

export function familyName(L: ReportLabels, category: string): string {
  const family = category.split('/')[0] ?? category
  return (L.families as Record<string, string>)[family] ?? family
}
