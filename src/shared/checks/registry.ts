import type { CheckDefinition } from './types'

/**
 * Every check Cotejo ships, in the order reviewers read them. One file per check under ./checks/;
 * add new checks here.
 */
export const CHECKS: readonly CheckDefinition[] = []

export function checkById(id: string): CheckDefinition | undefined {
  return CHECKS.find((c) => c.id === id)
}
