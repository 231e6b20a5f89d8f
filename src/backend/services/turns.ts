/**
 * Long work on the main thread in turns: between them, the requests that came meanwhile are
 * answered (issue 21: every other request within 200 ms while one is processed).
 */

/** How long one turn of such work may hold the thread before it lets the others in. */
export const TURN_MS = 20

/** Resolves once the requests waiting now have had their turn (after I/O, unlike a microtask). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
