import { useCallback, useRef, useState } from 'react'

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
  const [, setVersion] = useState(0)
  const bump = (): void => setVersion((v) => v + 1)
  return {
    record: useCallback((c: TextChange) => {
      undoStack.current.push(c)
      redoStack.current = []
      bump()
    }, []),
    takeUndo: useCallback((): TextChange | undefined => {
      const c = undoStack.current.pop()
      if (c) redoStack.current.push(c)
      bump()
      return c
    }, []),
    takeRedo: useCallback((): TextChange | undefined => {
      const c = redoStack.current.pop()
      if (c) undoStack.current.push(c)
      bump()
      return c
    }, []),
    canUndo: undoStack.current.length > 0,
    canRedo: redoStack.current.length > 0
  }
}
