// `npm test`: every suite in turn (unit, db, api, e2e), then one line "N passed, N failed" summed over all.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

const suites = [
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], report: 'test-results/unit.json' },
  { name: 'db', cmd: ['npx', 'vitest', 'run', '--project', 'db', '--reporter=default', '--reporter=json', '--outputFile=test-results/db.json'], report: 'test-results/db.json' },
  { name: 'api', cmd: ['npx', 'vitest', 'run', '--project', 'api', '--reporter=default', '--reporter=json', '--outputFile=test-results/api.json'], report: 'test-results/api.json' },
  { name: 'e2e', cmd: ['npm', 'run', 'test:e2e', '--', '--reporter=list,json'], report: 'test-results/e2e.json', env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' } },
]
const only = process.argv.slice(2)
let passed = 0
let failed = 0
const lines = []

function count(report, name) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  if (name === 'e2e') return { passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected }
  return { passed: json.numPassedTests, failed: json.numFailedTests + (json.success || json.numFailedTests ? 0 : 1) }
}

for (const suite of suites.filter(s => !only.length || only.includes(s.name))) {
  rmSync(suite.report, { force: true })
  console.info(`\n=== ${suite.name} ===`)
  const started = Date.now()
  const run = spawnSync(suite.cmd[0], suite.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...suite.env } })
  let result
  try { result = count(suite.report, suite.name) }
  catch { result = { passed: 0, failed: 1 } }
  if (run.status !== 0 && result.failed === 0) result.failed = 1
  passed += result.passed
  failed += result.failed
  lines.push(`${suite.name}: ${result.passed} passed, ${result.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`)
}
console.info(`\n${lines.join('\n')}`)
console.info(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
