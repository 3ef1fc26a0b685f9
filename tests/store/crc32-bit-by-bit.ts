// CRC-32 (IEEE 802.3, reflected, as zlib computes it) bit by bit: an independent reckoning of the checksums the
// facts cache, the counters and the changed-days thread take with zlib.crc32.

export function crc32BitByBit(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}
