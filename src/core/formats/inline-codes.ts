/**
 * Inline codes live in domain/inline-codes.ts, where checks, the store and the grid can read them
 * too (checks and domain may not import formats); adapters keep importing them from here.
 */
export * from '../domain/inline-codes'
