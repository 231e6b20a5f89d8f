import { useCallback, useRef } from 'react'

export interface TextChange {
  paragraph: number
  before: string
  after: string
}

/**
 * Undo and redo of the reviewer's text changes in this session. Undoing is itself a saved
 * correction (the audit log keeps both), so nothing is lost if the app closes in between.
 */
export function useUndo() {
  const undoStack = useRef<TextChange[]>([])
  const redoStack = useRef<TextChange[]>([])
  return {
    record: useCallback((c: TextChange) => {
      undoStack.current.push(c)
      redoStack.current = []
    }, []),
    takeUndo: useCallback((): TextChange | undefined => {
      const c = undoStack.current.pop()
      if (c) redoStack.current.push(c)
      return c
    }, []),
    takeRedo: useCallback((): TextChange | undefined => {
      const c = redoStack.current.pop()
      if (c) undoStack.current.push(c)
      return c
    }, [])
  }
}
