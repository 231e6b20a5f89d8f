import type { ExportedFileData } from '@core/api/contract'

/** Hands an exported file to the browser's (or Electron's) save flow. */
export function saveFile(file: ExportedFileData): void {
  const binary = atob(file.base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Give the save flow time to read the blob before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
