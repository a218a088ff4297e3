import { runAgreementLifecycle } from '../domain/agreements/reminders'

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000

/** The daily jobs, run at start and every six hours; each is idempotent, so several instances may run them. */
export default defineNitroPlugin((nitro) => {
  if (process.env.PORTAL_JOBS === 'off') return
  const run = async () => {
    try {
      const result = await runAgreementLifecycle(await useDatabase())
      if (result.flagged + result.reminded + result.expired + result.renewed > 0) console.info('[jobs] agreements', result)
    }
    catch (error) {
      console.error('[jobs] agreement lifecycle failed:', (error as Error).message)
    }
  }
  const first = setTimeout(run, 2000)
  const timer = setInterval(run, EVERY_SIX_HOURS)
  first.unref()
  timer.unref()
  nitro.hooks.hook('close', () => {
    clearTimeout(first)
    clearInterval(timer)
  })
})
