/**
 * The generic heads of names of documents and events ("Plan Nacional de…", "…Strategy", "Cumbre…",
 * "…Fair") and how each language writes them, singular and plural, lowercase without accents. A
 * translated name keeps its kind: a "Ley" is a law or an act, never a regulation.
 */
export interface DesignationHead {
  es: readonly string[]
  en: readonly string[]
}

export const DESIGNATION_HEADS: readonly DesignationHead[] = [
  { es: ['plan', 'planes'], en: ['plan', 'plans'] },
  { es: ['estrategia', 'estrategias'], en: ['strategy', 'strategies'] },
  { es: ['programa', 'programas'], en: ['program', 'programs', 'programme', 'programmes'] },
  { es: ['politica', 'politicas'], en: ['policy', 'policies'] },
  { es: ['ley', 'leyes'], en: ['law', 'laws', 'act', 'acts', 'bill'] },
  { es: ['reglamento', 'reglamentos'], en: ['regulation', 'regulations', 'rules', 'bylaws'] },
  { es: ['decreto', 'decretos'], en: ['decree', 'decrees'] },
  { es: ['resolucion', 'resoluciones'], en: ['resolution', 'resolutions'] },
  { es: ['directiva', 'directivas'], en: ['directive', 'directives'] },
  { es: ['protocolo', 'protocolos'], en: ['protocol', 'protocols'] },
  { es: ['codigo', 'codigos'], en: ['code', 'codes'] },
  { es: ['convenio', 'convenios', 'acuerdo', 'acuerdos'], en: ['agreement', 'agreements', 'accord', 'convention'] },
  { es: ['tratado', 'tratados'], en: ['treaty', 'treaties'] },
  { es: ['declaracion'], en: ['declaration', 'statement'] },
  { es: ['informe', 'informes', 'reporte'], en: ['report', 'reports'] },
  { es: ['censo', 'censos'], en: ['census', 'censuses'] },
  { es: ['encuesta', 'encuestas'], en: ['survey', 'surveys', 'poll'] },
  { es: ['cumbre', 'cumbres'], en: ['summit', 'summits'] },
  { es: ['foro', 'foros'], en: ['forum', 'forums'] },
  { es: ['feria', 'ferias', 'expo'], en: ['fair', 'fairs', 'expo', 'exhibition'] },
  { es: ['encuentro', 'encuentros'], en: ['meeting', 'meetings', 'gathering', 'encounter', 'conference'] },
  { es: ['congreso', 'congresos'], en: ['congress', 'conference', 'convention'] },
  { es: ['conferencia', 'conferencias'], en: ['conference', 'conferences', 'lecture'] },
  { es: ['festival', 'festivales'], en: ['festival', 'festivals'] },
  { es: ['campana', 'campanas'], en: ['campaign', 'campaigns', 'drive'] },
  { es: ['premio', 'premios'], en: ['award', 'awards', 'prize', 'prizes'] },
  { es: ['concurso', 'concursos'], en: ['contest', 'contests', 'competition', 'competitions'] },
  { es: ['fondo', 'fondos'], en: ['fund', 'funds'] },
  { es: ['registro', 'registros', 'padron'], en: ['registry', 'register', 'registers', 'record', 'roll'] }
]
