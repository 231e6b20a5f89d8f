/**
 * Keyboard shortcuts of the review screen, in CAT-tool style. One list drives the key handling,
 * the tooltips and the help sheet, so they cannot disagree.
 */
export type ShortcutId =
  | 'confirmNext'
  | 'nextSegment'
  | 'previousSegment'
  | 'edit'
  | 'cancel'
  | 'nextFinding'
  | 'previousFinding'
  | 'accept'
  | 'ignore'
  | 'query'
  | 'fixAll'
  | 'undo'
  | 'redo'
  | 'approveSegment'
  | 'rejectSegment'
  | 'signoff'
  | 'mergeNext'
  | 'splitRow'
  | 'unalign'
  | 'audit'
  | 'help'

export interface Shortcut {
  id: ShortcutId
  /** Shown to the user, e.g. "Ctrl+Enter". */
  label: string
  /** Also active while typing in the editor. */
  inEditor: boolean
  /** `typing`: the focus is in a text field, where plain keys belong to the text. */
  matches(e: KeyboardEvent, typing: boolean): boolean
}

const ctrl = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey
const plain = (e: KeyboardEvent): boolean => !e.ctrlKey && !e.metaKey && !e.altKey
const altOnly = (e: KeyboardEvent, code: string): boolean =>
  e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === code

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'confirmNext',
    label: 'Ctrl+Enter',
    inEditor: true,
    matches: (e) => ctrl(e) && !e.shiftKey && e.key === 'Enter'
  },
  {
    id: 'approveSegment',
    label: 'Ctrl+Shift+Enter',
    inEditor: true,
    matches: (e) => ctrl(e) && e.shiftKey && e.key === 'Enter'
  },
  {
    id: 'nextSegment',
    label: 'Alt+↓ / J',
    inEditor: true,
    matches: (e, typing) => altOnly(e, 'ArrowDown') || (!typing && plain(e) && (e.key === 'j' || e.key === 'ArrowDown'))
  },
  {
    id: 'previousSegment',
    label: 'Alt+↑ / K',
    inEditor: true,
    matches: (e, typing) => altOnly(e, 'ArrowUp') || (!typing && plain(e) && (e.key === 'k' || e.key === 'ArrowUp'))
  },
  {
    id: 'edit',
    label: 'Enter / F2',
    inEditor: false,
    matches: (e) => plain(e) && (e.key === 'Enter' || e.key === 'F2')
  },
  { id: 'cancel', label: 'Esc', inEditor: true, matches: (e) => e.key === 'Escape' },
  {
    id: 'nextFinding',
    label: 'Alt+N / F8',
    inEditor: true,
    matches: (e) => altOnly(e, 'KeyN') || (e.key === 'F8' && !e.shiftKey)
  },
  {
    id: 'previousFinding',
    label: 'Alt+P / Shift+F8',
    inEditor: true,
    matches: (e) => altOnly(e, 'KeyP') || (e.key === 'F8' && e.shiftKey)
  },
  { id: 'rejectSegment', label: 'Alt+R', inEditor: true, matches: (e) => altOnly(e, 'KeyR') },
  { id: 'accept', label: 'Alt+A', inEditor: true, matches: (e) => altOnly(e, 'KeyA') },
  { id: 'ignore', label: 'Alt+I', inEditor: true, matches: (e) => altOnly(e, 'KeyI') },
  { id: 'fixAll', label: 'Alt+F', inEditor: true, matches: (e) => altOnly(e, 'KeyF') },
  { id: 'query', label: 'Alt+Q', inEditor: true, matches: (e) => altOnly(e, 'KeyQ') },
  {
    id: 'undo',
    label: 'Ctrl+Z',
    inEditor: false,
    matches: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z'
  },
  {
    id: 'redo',
    label: 'Ctrl+Y / Ctrl+Shift+Z',
    inEditor: false,
    matches: (e) => ctrl(e) && (e.key.toLowerCase() === 'y' || (e.shiftKey && e.key.toLowerCase() === 'z'))
  },
  { id: 'mergeNext', label: 'Alt+M', inEditor: false, matches: (e) => altOnly(e, 'KeyM') },
  {
    id: 'splitRow',
    label: 'Alt+Shift+M',
    inEditor: false,
    matches: (e) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyM'
  },
  { id: 'unalign', label: 'Alt+U', inEditor: false, matches: (e) => altOnly(e, 'KeyU') },
  { id: 'signoff', label: 'Alt+S', inEditor: false, matches: (e) => altOnly(e, 'KeyS') },
  { id: 'audit', label: 'Alt+L', inEditor: false, matches: (e) => altOnly(e, 'KeyL') },
  { id: 'help', label: '? / F1', inEditor: false, matches: (e) => e.key === '?' || e.key === 'F1' }
]

export function shortcutLabel(id: ShortcutId): string {
  return SHORTCUTS.find((s) => s.id === id)?.label ?? ''
}

/** The shortcut a key press means here; plain keys do nothing while the reviewer types. */
export function matchShortcut(e: KeyboardEvent, typing: boolean): ShortcutId | null {
  for (const s of SHORTCUTS) if ((!typing || s.inEditor) && s.matches(e, typing)) return s.id
  return null
}
