/** ISO 8601 UTC timestamps: sortable as text and readable in the database. */
export type Clock = () => string

export const systemClock: Clock = () => new Date().toISOString()
