import { defineNuxtConfig } from 'nuxt/config'

// The bench's reference: a bare Nuxt 4 page built with the project's own Nuxt and Node, so each figure
// `npm run bench` prints is a ratio against the framework's floor measured in the same run.
export default defineNuxtConfig({
  devtools: { enabled: false },
  compatibilityDate: '2026-11-01',
  telemetry: false,
})
