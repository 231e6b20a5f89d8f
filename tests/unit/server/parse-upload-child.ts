/**
 * Child of json-body.test.ts: parses the body of a 10 MB upload, under the heap cap the test gives,
 * and prints the decoded file's size. Parsing must hold about the body and the file, not copies.
 */
import { parseJsonBody } from '../../../src/server/json-body'

const bytes = Buffer.alloc(10 * 1024 * 1024, 0x61)
const body = Buffer.from(JSON.stringify({ projectId: 1, file: { name: 'nota.xlf', base64: bytes.toString('base64') } }))
const parsed = parseJsonBody(body) as { file: { bytes: Uint8Array } }
process.stdout.write(String(parsed.file.bytes.length))
