import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write a file so that readers see either the old content or the new one, never half of it: write a
 * temporary file in the same directory (rename is atomic only within one file system), flush it,
 * give it the original file's mode (and owner, where allowed), and rename it over the target. A
 * symbolic link is written through, so the link stays a link. The temporary file is removed when
 * anything fails, and the original is then untouched.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const target = await realpath(filePath).catch(() => filePath);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const original = await stat(target).catch(() => undefined);
  const mode = original ? original.mode & 0o7777 : 0o666;
  let handle;
  try {
    handle = await open(temp, 'wx', mode);
    // A report made piece by piece (an iterable of strings) is written so, never held whole.
    await writeFile(handle, data);
    await handle.sync();
    if (original) {
      // open() applies the umask; chmod restores the original mode exactly.
      await handle.chmod(mode);
      // Keep the owner when run with the right to (root fixing another user's file); otherwise it is ours.
      await handle.chown(original.uid, original.gid).catch(() => undefined);
    }
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
