import { copyFile, mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { FileStore } from './file-store'

/** Files on local disk under a root folder (embedded mode: .data/storage/). Keys are random, never user input. */
export function diskStore(root: string): FileStore {
  const pathOf = (key: string) => {
    if (!/^[a-z0-9/-]+$/i.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`)
    return join(root, key)
  }
  return {
    async put(key, bytes) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      // Write then rename, so a crash never leaves half a file under the key.
      await writeFile(`${path}.part`, bytes)
      await rename(`${path}.part`, path)
    },
    async putFile(key, source) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      // A rename when the upload was spooled on the same disk; a copy across devices.
      try { await rename(source, path) }
      catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
        await copyFile(source, `${path}.part`)
        await rename(`${path}.part`, path)
      }
    },
    async get(key) {
      try { return new Uint8Array(await readFile(pathOf(key))) }
      catch (error) { if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; throw error }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}
