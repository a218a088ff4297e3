import { ensureBuild } from '../../scripts/ensure-build.mjs'

/** The api suite tests the built server: build it once if it is missing or stale. */
export default function setup() {
  ensureBuild()
}
