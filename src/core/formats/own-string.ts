/**
 * A string of its own. A piece cut from a file's text (what a parser hands out) shares that whole
 * text, and keeps it alive as long as the piece lives; the whole text also takes two bytes a
 * character as soon as one character needs them. A copy is flat, one byte a character where it can
 * be. JSON's round trip copies exactly, lone surrogates included.
 */
export function ownString(s: string): string {
  // Shorter strings are never shared: V8 copies them.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string)
}
