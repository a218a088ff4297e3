import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const alias = { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'db', include: ['tests/db/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/db/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000,
          // One worker runs the files one after another without re-importing the server modules for each: importing
          // was 40 % of the suite's time. Each file still has a database of its own and closes it (tests/db/helpers.ts).
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
