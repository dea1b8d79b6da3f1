import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockLogDestination, defaultBlockSize } from './log-destination';

/** A descriptor that records each write as the text it received; `accept` says how many bytes each call takes. */
function recordingWrites(accept: (length: number, call: number) => number | 'EAGAIN' = (length) => length) {
  const writes: string[] = [];
  let calls = 0;
  const write = (_fd: number, bytes: Uint8Array, offset: number, length: number): number => {
    const taken = accept(length, calls++);
    if (taken === 'EAGAIN') throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
    writes.push(Buffer.from(bytes.subarray(offset, offset + taken)).toString('utf8'));
    return taken;
  };
  return { writes, write };
}

const line = (n: number) => `{"msg":"line ${String(n).padStart(3, '0')}"}\n`; // 21 bytes

describe('the block log destination', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps lines until a block is full and writes whole lines, never more than a block per write', () => {
    const { writes, write } = recordingWrites();
    const destination = new BlockLogDestination({ fd: 99, blockSize: 64, flushAfterMs: 0, write });
    for (let n = 0; n < 3; n++) destination.write(line(n));
    expect(writes).toEqual([]); // 63 bytes kept
    destination.write(line(3)); // would make 84: the three kept lines go first
    expect(writes).toEqual([line(0) + line(1) + line(2)]);
    destination.flushSync();
    expect(writes).toEqual([line(0) + line(1) + line(2), line(3)]);
    for (const written of writes) expect(Buffer.byteLength(written)).toBeLessThanOrEqual(64);
  });

  it('writes a line longer than a block alone, and counts bytes, not characters', () => {
    const { writes, write } = recordingWrites();
    const destination = new BlockLogDestination({ fd: 99, blockSize: 32, flushAfterMs: 0, write });
    destination.write('{"name":"Zoë Ωmega"}\n'); // 21 characters, 24 bytes
    destination.write('{"name":"李小龙"}\n'); // 15 characters, 21 bytes: 45 bytes would exceed the block
    expect(writes).toEqual(['{"name":"Zoë Ωmega"}\n']);
    const long = `{"msg":"${'x'.repeat(100)}"}\n`;
    destination.write(long);
    expect(writes).toEqual(['{"name":"Zoë Ωmega"}\n', '{"name":"李小龙"}\n', long]);
  });

  it('takes the size in bytes a writer gives with a line (the request log, for an ASCII line) instead of measuring it', () => {
    const { writes, write } = recordingWrites();
    const destination = new BlockLogDestination({ fd: 99, blockSize: 64, flushAfterMs: 0, write });
    const byteLength = vi.spyOn(Buffer, 'byteLength');
    try {
      for (let n = 0; n < 3; n++) destination.write(line(n), 21);
      expect(byteLength).not.toHaveBeenCalled();
    } finally {
      byteLength.mockRestore();
    }
    destination.write(line(3), 21); // 84 bytes: the three kept lines go first, as when measured
    expect(writes).toEqual([line(0) + line(1) + line(2)]);
  });

  it('writes UTF-8 whether a block holds only ASCII lines or not', () => {
    const { writes, write } = recordingWrites();
    const destination = new BlockLogDestination({ fd: 99, blockSize: 4096, flushAfterMs: 0, write });
    destination.write(line(1), 21);
    destination.flushSync();
    destination.write(line(2), 21);
    destination.write('{"name":"Zoë 李"}\n');
    destination.write(line(3));
    destination.flushSync();
    destination.write(line(4));
    destination.flushSync();
    expect(writes).toEqual([line(1), `${line(2)}{"name":"Zoë 李"}\n${line(3)}`, line(4)]);
  });

  it('continues a partial write where it stopped and waits out a full pipe, losing nothing', () => {
    // The first call takes 10 bytes, the second finds the pipe full, then everything goes.
    const { writes, write } = recordingWrites((length, call) => (call === 0 ? 10 : call === 1 ? 'EAGAIN' : length));
    const destination = new BlockLogDestination({ fd: 99, blockSize: 4096, flushAfterMs: 0, write });
    destination.write(line(1));
    destination.write(line(2));
    destination.flushSync();
    expect(writes.join('')).toBe(line(1) + line(2));
    expect(writes).toHaveLength(2);
  });

  it('rethrows a write error other than a full pipe', () => {
    const write = () => {
      throw Object.assign(new Error('EBADF: bad file descriptor'), { code: 'EBADF' });
    };
    const destination = new BlockLogDestination({ fd: 99, blockSize: 4096, flushAfterMs: 0, write });
    destination.write(line(1));
    expect(() => destination.flushSync()).toThrow('EBADF');
  });

  it('writes kept lines a set time after the first of them, and flush() calls back once written', () => {
    vi.useFakeTimers();
    const { writes, write } = recordingWrites();
    const destination = new BlockLogDestination({ fd: 99, blockSize: 4096, flushAfterMs: 500, write });
    destination.write(line(1));
    vi.advanceTimersByTime(300);
    destination.write(line(2));
    vi.advanceTimersByTime(199);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([line(1) + line(2)]);
    destination.write(line(3));
    const done = vi.fn();
    destination.flush(done);
    expect(writes).toEqual([line(1) + line(2), line(3)]);
    expect(done).toHaveBeenCalledOnce();
  });

  it('writes to a real file, in blocks of 64 kB (a pipe or anything else gets 4096 bytes, PIPE_BUF)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'log-destination-'));
    try {
      const path = join(directory, 'sandbox.log');
      const fd = openSync(path, 'w');
      expect(defaultBlockSize(fd)).toBe(65_536);
      const destination = new BlockLogDestination({ fd, flushAfterMs: 0 });
      for (let n = 0; n < 5; n++) destination.write(line(n));
      destination.flushSync();
      closeSync(fd);
      expect(readFileSync(path, 'utf8')).toBe([0, 1, 2, 3, 4].map(line).join(''));
      expect(defaultBlockSize(fd)).toBe(4096); // closed: not a file any more
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
