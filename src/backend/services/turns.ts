/**
 * Long work on the main thread in turns: between them, the requests that came meanwhile are
 * answered (issue 21: every other request within 200 ms while one is processed).
 */

/** How long one turn of such work may hold the thread before it lets the others in. */
export const TURN_MS = 20

/**
 * Resolves once the event loop has polled for I/O: the requests that came meanwhile have been
 * taken in. One `setImmediate` is not enough from a socket's or a worker's callback (the poll
 * phase): it runs in the same round of the loop, right after that phase; the second one runs after
 * the next round's poll.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)))
