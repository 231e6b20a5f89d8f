import type { Migration } from './types'

/**
 * An approval given with blocking findings or queries open records why (the override), and every
 * audit row records the actor's role as well as their name.
 */
export const migration005: Migration = {
  version: 5,
  name: 'signoff-override',
  up: `
    ALTER TABLE signoff ADD COLUMN override_reason TEXT;
    ALTER TABLE audit_log ADD COLUMN actor_role TEXT;
  `
}
