/**
 * A zip written from parts whose contents arrive in chunks: each part deflated as a stream by
 * Node's zlib (native, several times faster than the JavaScript deflaters) with its CRC-32 kept as
 * it goes, so a part is never held uncompressed. What a .docx needs: deflated entries, ASCII names,
 * no zip64 (every part is far below 4 GiB; a larger one is refused).
 */
import { once } from 'node:events'
import { constants, crc32, createDeflateRaw } from 'node:zlib'

export interface ZipPart {
  name: string
  chunks: Iterable<Uint8Array>
}

interface Written {
  name: Buffer
  crc: number
  size: number
  compressed: Buffer[]
  compressedSize: number
}

const ZIP32_LIMIT = 0xffffffff

async function deflatePart({ name, chunks }: ZipPart): Promise<Written> {
  const deflater = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION })
  const compressed: Buffer[] = []
  let compressedSize = 0
  deflater.on('data', (chunk: Buffer) => {
    compressed.push(chunk)
    compressedSize += chunk.length
  })
  const ended = once(deflater, 'end')
  let crc = 0
  let size = 0
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc)
      size += chunk.length
      if (!deflater.write(chunk)) await once(deflater, 'drain')
    }
    deflater.end()
    await ended
  } finally {
    // A part whose chunks failed leaves no deflater behind (a no-op once it has ended).
    deflater.destroy()
  }
  if (size > ZIP32_LIMIT || compressedSize > ZIP32_LIMIT) throw new Error(`zip part ${name} is over 4 GiB`)
  return { name: Buffer.from(name, 'ascii'), crc, size, compressed, compressedSize }
}

/** MS-DOS time and date fields of `when` (local time, 2-second steps), as zip headers hold them. */
function dosDateTime(when: Date): { time: number; date: number } {
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: (Math.max(when.getFullYear() - 1980, 0) << 9) | ((when.getMonth() + 1) << 5) | when.getDate()
  }
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function commonFields(part: Written, stamp: { time: number; date: number }): Buffer {
  const b = Buffer.alloc(26)
  b.writeUInt16LE(20, 0) // version needed: deflate
  b.writeUInt16LE(0, 2) // flags
  b.writeUInt16LE(8, 4) // method: deflate
  b.writeUInt16LE(stamp.time, 6)
  b.writeUInt16LE(stamp.date, 8)
  b.writeUInt32LE(part.crc >>> 0, 10)
  b.writeUInt32LE(part.compressedSize, 14)
  b.writeUInt32LE(part.size, 18)
  b.writeUInt16LE(part.name.length, 22)
  b.writeUInt16LE(0, 24) // extra field length
  return b
}

const signature = (value: number): Buffer => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(value, 0)
  return b
}

/** The zip of `parts`, in their order, each deflated; parts are read one after another. */
export async function writeZip(parts: Iterable<ZipPart>, when = new Date()): Promise<Uint8Array> {
  const stamp = dosDateTime(when)
  const out: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  let count = 0
  for (const part of parts) {
    const written = await deflatePart(part)
    const fields = commonFields(written, stamp)
    const local = [signature(0x04034b50), fields, written.name]
    const tail = Buffer.alloc(14) // comment length, disk, internal and external attributes, local header offset
    tail.writeUInt32LE(offset, 10)
    central.push(signature(0x02014b50), Buffer.from([20, 0]), fields, tail, written.name)
    for (const b of [...local, ...written.compressed]) {
      out.push(b)
      offset += b.length
    }
    count++
  }
  if (count > 0xffff || offset > ZIP32_LIMIT) throw new Error('zip too large for a .docx')
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  const zip = Buffer.concat([...out, directory, end])
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength)
}
