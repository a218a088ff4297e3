import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const alias = { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // unit and db: one worker runs the files one after another without re-importing the modules for each (importing
      // was 40 % of either suite's time). No test mocks a module; each db file has a database of its own and closes it.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false } },
      {
        resolve: { alias },
        test: {
          name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/db/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000,
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'api', include: ['tests/api/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/api/global-setup.ts'], testTimeout: 60_000, hookTimeout: 240_000, fileParallelism: false,
        },
      },
    ],
  },
})
