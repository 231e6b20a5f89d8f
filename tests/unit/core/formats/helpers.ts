import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLParser } from 'fast-xml-parser'
import { expect } from 'vitest'
import { fileSource } from '../../../../src/backend/import/decode'
import { FormatError, type FormatErrorCode } from '../../../../src/core/formats/errors'
import type { BilingualDocument } from '../../../../src/core/formats/model'

const here = dirname(fileURLToPath(import.meta.url))
export const FIXTURES = join(here, '../../../fixtures/formats')

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)))
}

/** A fixture's text, decoded as an import would decode it (the core readers take text). */
export function fixtureText(name: string): string {
  return fileSource(name, fixture(name)).text({ xml: /\.(xlf|xliff|sdlxliff|tmx|tbx|xml)$/.test(name) })
}

/** A reviewed release in the style of a Peruvian ministry's press office (invented text). */
export function sampleDocument(): BilingualDocument {
  return {
    name: 'nota-minsa-vacunacion',
    sourceLang: 'es-PE',
    targetLang: 'en',
    units: [
      {
        id: '1',
        source:
          'El Ministerio de Salud (Minsa) inició la campaña nacional de vacunación contra la influenza en Arequipa.',
        target: 'The Ministry of Health (Minsa) launched the national influenza vaccination campaign in Arequipa.',
        originalTarget:
          'The Health Ministry (Minsa) initiated the national campaign of vaccination against influenza in Arequipa.',
        state: 'reviewed',
        notes: [
          {
            from: 'finding',
            text: 'Termbase: "Ministerio de Salud" is "Ministry of Health".',
            category: 'terminology/inconsistent-with-termbase',
            severity: 'major'
          },
          { from: 'comment', text: 'Reworded for a natural headline.', author: 'Lucía Ñahui' }
        ],
        createdAt: '2024-05-06T14:03:09.000Z',
        changedAt: '2024-05-07T09:15:00.000Z',
        reviewer: 'lucia.nahui'
      },
      {
        id: '2',
        source: '«Nuestro compromiso es con las familias más vulnerables», afirmó la ministra durante la ceremonia.',
        target: '“Our commitment is to the most vulnerable families,” the minister said during the ceremony.',
        state: 'final',
        notes: [{ from: 'query', text: '¿Se cita a la ministra o al viceministro?', author: 'reviewer 2' }]
      },
      {
        id: '3',
        source: 'Se destinarán S/ 12 millones a 45 hospitales rurales & postas médicas.',
        target: 'S/ 12 million will be allocated to 45 rural hospitals & health posts.',
        state: 'translated',
        notes: []
      }
    ]
  }
}

/** Parses XML output for structure assertions (never byte comparison). */
export function parseForAssertions(xml: string): Record<string, unknown> {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) =>
      ['trans-unit', 'unit', 'note', 'tu', 'tuv', 'prop', 'conceptEntry', 'langSec', 'termSec', 'segment'].includes(
        name
      )
  }).parse(xml) as Record<string, unknown>
}

/** Walks a parsed object by keys/indices; fails the test when a step is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const step of path) {
    expect(current, `missing ${path.join('.')} at ${String(step)}`).toBeTypeOf('object')
    current = (current as Record<string | number, unknown>)[step]
  }
  return current
}

export function expectFormatError(fn: () => unknown, code: FormatErrorCode): FormatError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError)
    expect((error as FormatError).code).toBe(code)
    return error as FormatError
  }
  throw new Error(`expected FormatError ${code}, nothing was thrown`)
}

export async function expectFormatErrorAsync(promise: Promise<unknown>, code: FormatErrorCode): Promise<FormatError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError)
    expect((error as FormatError).code).toBe(code)
    return error as FormatError
  }
  throw new Error(`expected FormatError ${code}, nothing was thrown`)
}
