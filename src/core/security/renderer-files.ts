/**
 * Media types of the files the built renderer holds, for the desktop app's app:// handler and the
 * browser-mode server alike. Anything else (source maps, dotfiles, unknown types) is not served.
 */
export const RENDERER_MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf'
}

/** The media type of a renderer file by its extension (lowercase, with the dot), or null. */
export function rendererMediaType(extension: string): string | null {
  return Object.hasOwn(RENDERER_MEDIA_TYPES, extension) ? (RENDERER_MEDIA_TYPES[extension] as string) : null
}
