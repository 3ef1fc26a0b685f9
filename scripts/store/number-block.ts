/**
 * A growable typed array written out as one block: the facts cache and the day counters encode a night's numbers
 * without an array of boxed numbers, then write the block's bytes as they are.
 */
export class NumberBlock<T extends Float64Array | Int32Array> {
  array: T;
  length = 0;
  constructor(array: T) {
    this.array = array;
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new (this.array.constructor as new (n: number) => T)(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
  /** Appends every value of `values`, growing once. */
  pushAll(values: T): void {
    if (this.length + values.length > this.array.length) {
      const grown = new (this.array.constructor as new (n: number) => T)(Math.max(this.array.length * 2, this.length + values.length));
      grown.set(this.array.subarray(0, this.length));
      this.array = grown;
    }
    this.array.set(values, this.length);
    this.length += values.length;
  }
  bytes(): Buffer {
    return Buffer.from(this.array.buffer, 0, this.length * this.array.BYTES_PER_ELEMENT);
  }
}
