/** A reviewer's edit of the paragraph alignment, addressed by bead position. */
import type { Side } from './language'

export type AlignmentEdit =
  | { kind: 'mergeNext'; bead: number }
  | { kind: 'split'; bead: number }
  | { kind: 'moveUp'; bead: number; side: Side }
  | { kind: 'moveDown'; bead: number; side: Side }
  | { kind: 'unalign'; bead: number }
