// Browsers come from the system, never from a test tool's download. On Debian as root, install
// Debian's chromium and the Noto fonts for every script; elsewhere, say what to install.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const fontsPresent = existsSync('/usr/share/fonts/truetype/noto') && existsSync('/usr/share/fonts/opentype/noto')
if (existsSync(chromium) && fontsPresent) process.exit(0)
const isDebianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0
if (!isDebianRoot) {
  console.error(`Chromium (${chromium}) or the Noto fonts are missing. Install them, e.g. on Debian/Ubuntu:\n  sudo apt-get install chromium fonts-noto-core fonts-noto-cjk\nor set CHROMIUM_PATH to a Chromium binary.`)
  process.exit(1)
}
console.info('[e2e] installing Debian chromium and Noto fonts…')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk', { stdio: 'inherit' })
