import { rmSync } from 'node:fs'

/** Removes the run's embedded database and uploads, so repeated runs do not fill the disk. */
export default function teardown() {
  const dir = process.env.E2E_DATA_DIR
  if (dir && dir.startsWith('.data-e2e-')) rmSync(dir, { recursive: true, force: true })
}
