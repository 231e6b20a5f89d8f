import { migration001 } from './001-initial'
import { migration002 } from './002-review'
import { migration003 } from './003-notes'
import { migration004 } from './004-sentences'
import { migration005 } from './005-signoff-override'
import { migration006 } from './006-text-revision'
import { migration007 } from './007-approved-findings'
import { migration008 } from './008-original-file'
import { migration009 } from './009-language-tags-and-codes'
import { migration010 } from './010-memory'
import { migration011 } from './011-csv-origin'
import { migration012 } from './012-versions'
import { migration013 } from './013-rejected-status'
import { migration014 } from './014-change-stamps'
import { migration015 } from './015-bead-status-index'
import type { Migration } from './types'

/** Every migration, in order. Versions are 1..n without gaps (checked at open). */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015
]

export const LATEST_VERSION = MIGRATIONS.length
