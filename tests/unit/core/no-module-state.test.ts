/**
 * The pure core keeps no module-level mutable state: caches live in the job that fills them
 * (checks/engine/job-cache.ts), never in a module, so nothing one run worked out leaks into the next.
 *
 * How it is told, by parsing every file of src/core with the TypeScript compiler API and reading
 * its top-level statements:
 * - a top-level `let` or `var` is state (it can be reassigned);
 * - a top-level `const` holding `new Map/WeakMap/Set/WeakSet/RecentMap/Array(...)` is state when the
 *   file calls a mutating method on it anywhere (`x.set(`, `.add(`, `.delete(`, `.clear(`, `.push(`,
 *   `.splice(`) or assigns an element (`x[i] =`). A Set or Map built from constants and only read
 *   afterwards (a word list) is a constant table, and allowed.
 * It does not follow a table handed out of its module and filled elsewhere; that is left to review.
 *
 * The old module caches (issue 17) now live in the job: its JobCache, and the text analyzer the
 * job holds (text/analyzer.ts: token lists, spellings, per-word memos), with what is worked out
 * from one token list kept on that list (`fromTokens`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const CORE = join(__dirname, '../../../src/core')

const CONTAINERS = new Set(['Map', 'WeakMap', 'Set', 'WeakSet', 'RecentMap', 'Array'])
const MUTATORS = ['set', 'add', 'delete', 'clear', 'push', 'splice', 'pop', 'shift', 'unshift', 'fill']

/** The container `init` makes (`new Map()`), or holds in an object literal's properties; null if none. */
function container(init: ts.Expression | undefined): string | null {
  if (!init) return null
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && CONTAINERS.has(init.expression.text))
    return init.expression.text
  if (ts.isObjectLiteralExpression(init))
    for (const p of init.properties) {
      const inner = ts.isPropertyAssignment(p) ? container(p.initializer) : null
      if (inner !== null) return inner
    }
  return null
}

/** A container made with nothing in it (`new Map()`), or an object literal of such. */
function isEmpty(init: ts.Expression | undefined): boolean {
  if (!init) return false
  if (ts.isNewExpression(init)) return (init.arguments ?? []).length === 0
  if (ts.isObjectLiteralExpression(init))
    return init.properties.every(
      (p) => !ts.isPropertyAssignment(p) || container(p.initializer) === null || isEmpty(p.initializer)
    )
  return false
}

/** Whether a top-level statement other than the declaration (and other than a function) names it. */
function filledAtLoadBy(file: ts.SourceFile, declaration: ts.Statement, name: string): boolean {
  const word = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`)
  return file.statements.some(
    (st) =>
      st !== declaration &&
      !ts.isFunctionDeclaration(st) &&
      !ts.isClassDeclaration(st) &&
      !(
        ts.isVariableStatement(st) &&
        st.declarationList.declarations.every((d) => d.initializer && ts.isArrowFunction(d.initializer))
      ) &&
      word.test(st.getText(file))
  )
}

function usedInFunctions(source: string, name: string): boolean {
  return (source.match(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`, 'g')) ?? []).length > 1
}

/** Names of the module-level mutable state a source file declares. */
export function moduleState(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const runtime = file.statements
    .filter((st) => ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isVariableStatement(st))
    .map((st) => st.getText(file))
    .join('\n')
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const list = statement.declarationList
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) continue
      const name = d.name.text
      if (!isConst) {
        found.push(`let ${name}`)
        continue
      }
      // A function made by a memoizing helper keeps its cache in a closure: state all the same.
      const init = d.initializer
      if (init && ts.isCallExpression(init) && /memo|cache/i.test(init.expression.getText(file))) {
        found.push(`memoized ${name}`)
        continue
      }
      const kind = container(init)
      if (kind === null) continue
      // Made empty and filled by no statement at load: only functions can fill it, whatever name
      // they reach it by (`const cache = KEY_CACHE[lang]; cache.set(…)`).
      if (isEmpty(init) && filledAtLoadBy(file, statement, name) === false && usedInFunctions(source, name)) {
        found.push(`run-time ${kind} ${name}`)
        continue
      }
      // The container itself, or one held by a property or element of it (`masks[lang].set(`).
      const escaped = name.replace(/\$/g, '\\$')
      const member = '(?:\\s*(?:\\[[^\\]]*\\]|\\.\\s*\\w+))?'
      // Mutated where code runs later (a function), not by the statements that build it at load.
      const mutated =
        new RegExp(`\\b${escaped}${member}\\s*\\.\\s*(?:${MUTATORS.join('|')})\\s*\\(`).test(runtime) ||
        new RegExp(`\\b${escaped}\\s*\\[[^\\]]*\\]\\s*=[^=]`).test(runtime)
      if (mutated) found.push(`mutated ${kind} ${name}`)
    }
  }
  return found
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? coreFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

describe('module-level mutable state in the pure core', () => {
  it('flags a top-level let and a cache filled at run time, not a constant table', () => {
    const example = [
      "const WORDS = new Set(['a', 'b'])",
      'let count = 0',
      'const cache = new Map<string, number>()',
      'const seen = new WeakMap<object, string>()',
      'export function f(k: string, o: object): number {',
      '  seen.set(o, k)',
      '  if (WORDS.has(k)) count++',
      '  const hit = cache.get(k)',
      '  if (hit === undefined) cache.set(k, count)',
      '  return count',
      '}'
    ].join('\n')
    expect(moduleState('example.ts', example)).toEqual(['let count', 'run-time Map cache', 'run-time WeakMap seen'])
  })

  it('flags a function whose cache sits in a closure made at load', () => {
    expect(moduleState('c.ts', 'const foldWord = memo((w: string) => w.toLowerCase())')).toEqual(['memoized foldWord'])
    expect(moduleState('d.ts', 'const lookup = withCache(compute, 100)')).toEqual(['memoized lookup'])
    expect(moduleState('e.ts', 'const table = buildTable()')).toEqual([])
  })

  it('flags an empty container that only functions fill, reached through another name', () => {
    const aliased = [
      'const KEYS: Record<string, Map<string, string>> = { es: new Map(), en: new Map() }',
      'export function key(w: string, lang: string): string {',
      '  const cache = KEYS[lang]',
      '  let k = cache.get(w)',
      '  if (k === undefined) cache.set(w, (k = w.toLowerCase()))',
      '  return k',
      '}'
    ].join('\n')
    expect(moduleState('f.ts', aliased)).toEqual(['run-time Map KEYS'])
    const builtAtLoad = [
      'const BY_NAME = new Map<string, number>()',
      "for (const [i, n] of ['a', 'b'].entries()) BY_NAME.set(n, i)",
      'export const indexOf = (n: string): number | undefined => BY_NAME.get(n)'
    ].join('\n')
    expect(moduleState('g.ts', builtAtLoad)).toEqual([])
  })

  it('flags an array filled by index', () => {
    expect(
      moduleState(
        'b.ts',
        'const masks = { es: new WeakMap(), en: new WeakMap() }\nexport const f = (): void => { masks.es.set({}, 1) }'
      )
    ).toEqual(['run-time WeakMap masks'])
    expect(
      moduleState('a.ts', 'const table = new Array(8)\nexport const put = (i: number): void => { table[i] = 1 }')
    ).toEqual(['mutated Array table'])
  })

  it('finds none in src/core', () => {
    const state: Record<string, string[]> = {}
    for (const path of coreFiles(CORE)) {
      const found = moduleState(path, readFileSync(path, 'utf8'))
      if (found.length > 0) state[relative(CORE, path)] = found
    }
    expect(state).toEqual({})
  })
})
