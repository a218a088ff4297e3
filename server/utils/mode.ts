/** Which of the three modes runs, chosen by the environment (see README "Modes"). */
export type AppMode = 'embedded' | 'postgres' | 'supabase'

export function appMode(env: NodeJS.ProcessEnv = process.env): AppMode {
  if (env.SUPABASE_URL || env.NUXT_SUPABASE_URL) return 'supabase'
  if (env.DATABASE_URL || env.NUXT_DATABASE_URL) return 'postgres'
  return 'embedded'
}
