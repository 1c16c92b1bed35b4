import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Write a file so that readers see either the old content or the new one, never half of it: write a
 * temporary file in the same directory (rename is atomic only within one file system), flush it,
 * give it the original file's mode, and rename it over the target. The temporary file is removed
 * when anything fails.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = (await stat(filePath).catch(() => undefined))?.mode;
  let handle;
  try {
    handle = await open(temp, 'wx', mode !== undefined ? mode & 0o7777 : 0o666);
    await handle.writeFile(data);
    await handle.sync();
    // open() applies the umask; chmod restores the original mode exactly.
    if (mode !== undefined) await handle.chmod(mode & 0o7777);
    await handle.close();
    handle = undefined;
    await rename(temp, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
