import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

/**
 * Write a file so that readers see either the old content or the new one, never half of it: write a
 * temporary file in the same directory (rename is atomic only within one file system), flush it,
 * give it the original file's mode (and owner, where allowed), and rename it over the target. A
 * symbolic link is written through, so the link stays a link. The temporary file is removed when
 * anything fails, and the original is then untouched.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const file = await AtomicFile.open(filePath);
  try {
    // A report made piece by piece (an iterable of strings) is written so, never held whole.
    await writeFile(file.handle, data);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/**
 * writeFileAtomic for text that arrives over time: `write` pieces in order (each waits for the one
 * before; a failure is kept and thrown by `commit`), then `commit` to rename the whole over the
 * target, or `abort` to leave the target untouched.
 */
export class AtomicFile {
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;

  private constructor(
    readonly handle: FileHandle,
    private readonly temp: string,
    private readonly target: string,
    private readonly original: Stats | undefined,
  ) {}

  static async open(filePath: string): Promise<AtomicFile> {
    const target = await realpath(filePath).catch(() => filePath);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const original = await stat(target).catch(() => undefined);
    const handle = await open(temp, 'wx', original ? original.mode & 0o7777 : 0o666);
    return new AtomicFile(handle, temp, target, original);
  }

  write(text: string): void {
    // Never a rejected promise left waiting for commit (Node would end the process): the failure is kept.
    this.writing = this.writing
      .then(() => (this.failure === undefined ? writeFile(this.handle, text) : undefined))
      .catch((error: unknown) => {
        this.failure ??= error;
      });
  }

  async commit(): Promise<void> {
    try {
      await this.writing;
      if (this.failure !== undefined) throw this.failure;
      await this.handle.sync();
      if (this.original) {
        // open() applies the umask; chmod restores the original mode exactly.
        await this.handle.chmod(this.original.mode & 0o7777);
        // Keep the owner when run with the right to (root fixing another user's file); otherwise it is ours.
        await this.handle.chown(this.original.uid, this.original.gid).catch(() => undefined);
      }
      await this.handle.close();
      await rename(this.temp, this.target);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    await this.writing;
    await this.handle.close().catch(() => undefined);
    await rm(this.temp, { force: true }).catch(() => undefined);
  }
}
