/**
 * The main process sends an answer it holds encoded (getDocument's) as JSON bytes
 * (`main/ipc.ts`); here, in the page's process, they become the value the contract promises.
 */
export function parsedAnswer(answer: unknown): unknown {
  const a = answer as { ok?: unknown; value?: unknown } | null
  if (a?.ok !== true || !(a.value instanceof Uint8Array)) return answer
  return { ok: true, value: JSON.parse(new TextDecoder().decode(a.value)) as unknown }
}
