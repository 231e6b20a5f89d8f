/** Date conversions between the model (ISO 8601) and file formats. Invalid input gives undefined. */

/** ISO 8601 in UTC (YYYY-MM-DDThh:mm:ss.sssZ) or undefined when the value is not a date. */
export function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

/** TMX's YYYYMMDDThhmmssZ (always UTC). */
export function toTmxDate(value: string | Date | undefined): string | undefined {
  const iso = value instanceof Date ? value.toISOString() : toIso(value)
  if (!iso) return undefined
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')
}

/** Reads TMX's YYYYMMDDThhmmssZ into ISO 8601; the basic form is all TMX 1.4b allows. */
export function fromTmxDate(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim()) : null
  if (!m) return toIso(value)
  return toIso(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
}
