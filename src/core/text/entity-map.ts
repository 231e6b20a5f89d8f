import type { Lang } from '../domain/language'

/**
 * International bodies and common acronyms with their Spanish and English forms. General knowledge,
 * not project data: a glossary adds the project's own bodies on top. The first acronym on each side
 * is the preferred one.
 */
export interface KnownEntity {
  id: string
  es: { acronyms: string[]; names: string[] }
  en: { acronyms: string[]; names: string[] }
}

/** A "~" name only supports a mention: "estadounidense" for US, "British" for UK. */
export function isSupportingName(name: string): boolean {
  return name.startsWith('~')
}

type Row = [id: string, esAcronyms: string, esNames: string, enAcronyms: string, enNames: string]

// Acronyms and names separated by "|". A name marked "~" (an adjective, a capital city standing for
// its country) satisfies a mention on the other side but is never reported missing or added.
const ROWS: Row[] = [
  ['IDB', 'BID', 'Banco Interamericano de Desarrollo', 'IDB|IADB', 'Inter-American Development Bank'],
  [
    'OAS',
    'OEA',
    'Organización de los Estados Americanos|Organización de Estados Americanos',
    'OAS',
    'Organization of American States'
  ],
  ['UN', 'ONU', 'Organización de las Naciones Unidas|Naciones Unidas|~onusiano|~onusiana', 'UN|U.N.', 'United Nations'],
  ['WHO', 'OMS', 'Organización Mundial de la Salud', 'WHO', 'World Health Organization'],
  ['PAHO', 'OPS', 'Organización Panamericana de la Salud', 'PAHO', 'Pan American Health Organization'],
  [
    'EU',
    'UE',
    'Unión Europea|~europeo|~europea|~europeos|~europeas|~Bruselas',
    'EU',
    'European Union|~European|~Europeans|~Brussels'
  ],
  [
    'UNDP',
    'PNUD',
    'Programa de las Naciones Unidas para el Desarrollo',
    'UNDP',
    'United Nations Development Programme|United Nations Development Program'
  ],
  ['IMF', 'FMI', 'Fondo Monetario Internacional', 'IMF', 'International Monetary Fund'],
  [
    'UNICEF',
    'UNICEF|Unicef',
    'Fondo de las Naciones Unidas para la Infancia',
    'UNICEF',
    "United Nations Children's Fund"
  ],
  [
    'CAF',
    'CAF',
    'Banco de Desarrollo de America Latina y el Caribe|Banco de Desarrollo de América Latina|Corporación Andina de Fomento',
    'CAF',
    'Development Bank of Latin America and the Caribbean|Development Bank of Latin America|Andean Development Corporation'
  ],
  [
    'OECD',
    'OCDE',
    'Organización para la Cooperación y el Desarrollo Económicos|Organización para la Cooperación y el Desarrollo Económico',
    'OECD',
    'Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development'
  ],
  ['WB', 'BM', 'Banco Mundial', 'WB', 'World Bank'],
  [
    'ECLAC',
    'CEPAL|Cepal',
    'Comisión Económica para América Latina y el Caribe',
    'ECLAC',
    'Economic Commission for Latin America and the Caribbean'
  ],
  [
    'ILO',
    'OIT',
    'Organización Internacional del Trabajo',
    'ILO',
    'International Labour Organization|International Labor Organization'
  ],
  [
    'FAO',
    'FAO',
    'Organización de las Naciones Unidas para la Alimentación y la Agricultura',
    'FAO',
    'Food and Agriculture Organization'
  ],
  [
    'UNESCO',
    'UNESCO|Unesco',
    'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
    'UNESCO',
    'United Nations Educational, Scientific and Cultural Organization'
  ],
  ['WTO', 'OMC', 'Organización Mundial del Comercio', 'WTO', 'World Trade Organization'],
  [
    'UNHCR',
    'ACNUR',
    'Alto Comisionado de las Naciones Unidas para los Refugiados',
    'UNHCR',
    'United Nations High Commissioner for Refugees'
  ],
  ['IOM', 'OIM', 'Organización Internacional para las Migraciones', 'IOM', 'International Organization for Migration'],
  ['WFP', 'PMA', 'Programa Mundial de Alimentos', 'WFP', 'World Food Programme|World Food Program'],
  ['UNFPA', 'UNFPA', 'Fondo de Población de las Naciones Unidas', 'UNFPA', 'United Nations Population Fund'],
  ['ITU', 'UIT', 'Unión Internacional de Telecomunicaciones', 'ITU', 'International Telecommunication Union'],
  ['IAEA', 'OIEA', 'Organismo Internacional de Energía Atómica', 'IAEA', 'International Atomic Energy Agency'],
  [
    'IACHR',
    'CIDH',
    'Comisión Interamericana de Derechos Humanos',
    'IACHR',
    'Inter-American Commission on Human Rights'
  ],
  [
    'CABEI',
    'BCIE',
    'Banco Centroamericano de Integración Económica',
    'CABEI',
    'Central American Bank for Economic Integration'
  ],
  ['ECB', 'BCE', 'Banco Central Europeo', 'ECB', 'European Central Bank'],
  ['NATO', 'OTAN', 'Organización del Tratado del Atlántico Norte', 'NATO', 'North Atlantic Treaty Organization'],
  [
    'OPEC',
    'OPEP',
    'Organización de Países Exportadores de Petróleo',
    'OPEC',
    'Organization of the Petroleum Exporting Countries'
  ],
  ['APEC', 'APEC', 'Foro de Cooperación Económica Asia-Pacífico', 'APEC', 'Asia-Pacific Economic Cooperation'],
  ['CAN', 'CAN', 'Comunidad Andina', 'CAN', 'Andean Community'],
  ['MERCOSUR', 'MERCOSUR|Mercosur', 'Mercado Común del Sur', 'MERCOSUR|Mercosur', 'Southern Common Market'],
  [
    'US',
    'EE. UU.|EE.UU.|EEUU|EUA',
    'Estados Unidos|~estadounidense|~estadounidenses|~norteamericano|~norteamericana|~norteamericanos|~norteamericanas|~Washington',
    'US|U.S.|USA|U.S.A.',
    'United States|~American|~Americans|~Washington'
  ],
  [
    'UK',
    'R. U.',
    'Reino Unido|~británico|~británica|~británicos|~británicas|~Londres',
    'UK|U.K.',
    'United Kingdom|~British|~London'
  ],
  ['GDP', 'PBI|PIB', 'producto bruto interno|producto interno bruto', 'GDP', 'gross domestic product'],
  [
    'NGO',
    'ONG',
    'organización no gubernamental|~ong|~ongs',
    'NGO',
    'non-governmental organization|nongovernmental organization'
  ],
  [
    'ICT',
    'TIC',
    'tecnologías de la información y la comunicación',
    'ICT',
    'information and communication technologies'
  ],
  ['AI', 'IA', 'inteligencia artificial', 'AI', 'artificial intelligence'],
  [
    'SME',
    'PYME|pyme|MYPE|mype',
    'pequeña y mediana empresa|~pyme|~pymes|~mype|~mypes',
    'SME',
    'small and medium-sized enterprise'
  ],
  ['VAT', 'IVA|IGV', 'impuesto al valor agregado|impuesto general a las ventas', 'VAT', 'value-added tax'],
  ['HIV', 'VIH', 'virus de la inmunodeficiencia humana', 'HIV', 'human immunodeficiency virus'],
  ['AIDS', 'SIDA|sida', 'síndrome de inmunodeficiencia adquirida|~sida', 'AIDS', 'acquired immunodeficiency syndrome'],
  ['DNA', 'ADN', 'ácido desoxirribonucleico', 'DNA', 'deoxyribonucleic acid'],
  ['SDG', 'ODS', 'Objetivos de Desarrollo Sostenible', 'SDG|SDGs', 'Sustainable Development Goals']
]

export const KNOWN_ENTITIES: readonly KnownEntity[] = ROWS.map(([id, esA, esN, enA, enN]) => ({
  id,
  es: { acronyms: split(esA), names: split(esN) },
  en: { acronyms: split(enA), names: split(enN) }
}))

function split(cell: string): string[] {
  return cell === '' ? [] : cell.split('|')
}

export function namesOf(entity: KnownEntity, lang: Lang): string[] {
  return entity[lang].names
}
