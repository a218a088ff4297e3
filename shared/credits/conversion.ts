/**
 * Credit conversion by workload hours (issue 18): credits of one system → hours of student workload → credits of
 * another, rounded by the converting institution's rule. Pure: it takes the system versions and the institutions' rules
 * as values and returns the result, the steps of its explanation (message keys under credits.trail with parameters, so
 * it reads in any of the ten languages) and the ids of the rule versions it used, for a decision to keep.
 * docs/credits.md has the rules and their sources.
 */

export const ROUNDING_RULES = ['nearest_0_5', 'nearest_1', 'down_0_5', 'down_1', 'up_0_5', 'decimals'] as const
export type RoundingRule = (typeof ROUNDING_RULES)[number]

export const COMPONENT_KINDS = ['lecture', 'lab', 'practice', 'industrial_training'] as const
export type ComponentKind = (typeof COMPONENT_KINDS)[number]

/** A version of a credit system's definition, as the registry keeps it. */
export interface CreditSystemVersion {
  id: string
  systemId: string
  version: number
  /** Workload hours per credit; null when each institution sets its own (China, ACTS, AIMS). */
  workloadHours: number | null
  /** Class hours a credit requires at least, if the definition names them. */
  contactHours: number | null
  /** Kinds of component counted differently: kind → workload hours per credit (Malaysia's industrial training: 80). */
  variants: Partial<Record<string, number>>
}

/** An institution's rule version: its factor (if it overrides the system's) and its rounding. */
export interface InstitutionCreditRule {
  id: string
  factorOverride: number | null
  rounding: RoundingRule
  decimals: number
}

export interface ConversionSide {
  version: CreditSystemVersion
  /** The rule of the institution on this side, if known (its factor wins over the system's). */
  rule?: InstitutionCreditRule | null
}

export interface ConversionInput {
  credits: number
  source: ConversionSide & {
    /** Total workload hours of the component, when the host states them: used instead of credits × factor. */
    workloadHours?: number | null
    /** Contact (class) hours of the component, when known: checked against the system's minimum. */
    contactHours?: number | null
    kind?: ComponentKind | null
  }
  target: ConversionSide
  /** How the result is rounded: the converting institution's rule (by default the target's). */
  rounding?: Pick<InstitutionCreditRule, 'rounding' | 'decimals'> | null
}

/** One line of the explanation: a key under credits.trail and its parameters (numbers as numbers, formatted by the reader). */
export interface TrailStep {
  key: string
  params: Record<string, string | number>
}

export interface ConversionResult {
  ok: true
  credits: number
  /** Before rounding. */
  raw: number
  workloadHours: number
  trail: TrailStep[]
  /** The rule versions used: what a decision stores so later changes do not rewrite it. */
  rules: { sourceVersionId: string; targetVersionId: string; sourceRuleId: string | null; targetRuleId: string | null }
}

export interface ConversionRefusal {
  ok: false
  /** A key under credits.errors. */
  reason: 'noSourceFactor' | 'noTargetFactor' | 'badCredits'
}

/** Float noise away: 4.499999999 → 4.5 (to 1e-9). */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9
}

/** Rounds by a rule; halves go up (4.25 to the nearest 0.5 is 4.5). */
export function roundCredits(value: number, rule: RoundingRule, decimals = 1): number {
  const v = clean(value)
  switch (rule) {
    case 'nearest_0_5': return clean(Math.round(v * 2) / 2)
    case 'nearest_1': return Math.round(v)
    case 'down_0_5': return clean(Math.floor(v * 2) / 2)
    case 'down_1': return Math.floor(v)
    case 'up_0_5': return clean(Math.ceil(v * 2) / 2)
    case 'decimals': {
      const f = 10 ** Math.max(0, Math.min(2, decimals))
      return clean(Math.round(v * f) / f)
    }
  }
}

/** The workload hours per credit on a side: the institution's factor, else the variant for the kind, else the system's. */
function factorOf(side: ConversionSide, kind?: ComponentKind | null): { hours: number; from: 'institution' | 'variant' | 'system' } | null {
  if (side.rule?.factorOverride) return { hours: side.rule.factorOverride, from: 'institution' }
  const variant = kind ? side.version.variants[kind] : undefined
  if (variant) return { hours: variant, from: 'variant' }
  if (side.version.workloadHours) return { hours: side.version.workloadHours, from: 'system' }
  return null
}

export function convertCredits(input: ConversionInput): ConversionResult | ConversionRefusal {
  const { credits, source, target } = input
  if (!Number.isFinite(credits) || credits < 0) return { ok: false, reason: 'badCredits' }
  const trail: TrailStep[] = []
  const sourceSystem = source.version.systemId
  const targetSystem = target.version.systemId

  let hours: number
  const given = source.workloadHours ?? null
  if (given !== null && given > 0) {
    hours = clean(given)
    trail.push({ key: 'workloadGiven', params: { credits, system: sourceSystem, hours } })
  }
  else {
    const factor = factorOf(source, source.kind)
    if (!factor) return { ok: false, reason: 'noSourceFactor' }
    hours = clean(credits * factor.hours)
    const key = { institution: 'sourceTimesInstitutionFactor', variant: 'sourceTimesVariantFactor', system: 'sourceTimesFactor' }[factor.from]
    trail.push({ key, params: { credits, system: sourceSystem, factor: factor.hours, hours, kind: source.kind ?? '' } })
  }

  const contact = source.contactHours ?? null
  const minimum = source.version.contactHours
  if (contact !== null && contact > 0) {
    const perCredit = credits > 0 ? clean(contact / credits) : 0
    if (minimum && credits > 0 && perCredit < minimum) trail.push({ key: 'contactBelowMinimum', params: { contact, perCredit, minimum, system: sourceSystem } })
    else trail.push({ key: 'contactGiven', params: { contact, perCredit } })
  }

  const targetFactor = factorOf(target)
  if (!targetFactor) return { ok: false, reason: 'noTargetFactor' }
  const raw = clean(hours / targetFactor.hours)
  trail.push({
    key: targetFactor.from === 'institution' ? 'dividedByInstitutionFactor' : 'dividedByFactor',
    params: { hours, factor: targetFactor.hours, raw, system: targetSystem },
  })

  const rounding = input.rounding ?? target.rule ?? { rounding: 'nearest_0_5' as const, decimals: 1 }
  const result = roundCredits(raw, rounding.rounding, rounding.decimals)
  trail.push({ key: `rounded.${rounding.rounding}`, params: { raw, result, decimals: rounding.decimals, system: targetSystem } })

  return {
    ok: true, credits: result, raw, workloadHours: hours, trail,
    rules: {
      sourceVersionId: source.version.id, targetVersionId: target.version.id,
      sourceRuleId: source.rule?.id ?? null, targetRuleId: target.rule?.id ?? null,
    },
  }
}

/** A translate function as vue-i18n's t and the server's translate both are. */
export type Translate = (key: string, params: Record<string, string | number>) => string

/**
 * The explanation as lines a person reads, in the translator's language: numbers written the locale's way (up to two
 * decimals), a system by its name for many credits (credits.systems.<id>, as {system}) and for one (credits.units.<id>,
 * as {unit}), a kind by its name (credits.kinds.<kind>).
 */
export function explainTrail(trail: TrailStep[], t: Translate, locale: string): string[] {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  return trail.map((step) => {
    const params: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(step.params)) {
      if (typeof value === 'number') params[name] = number.format(value)
      else if (name === 'system') {
        params.system = t(`credits.systems.${value}`, {})
        params.unit = t(`credits.units.${value}`, {})
      }
      else if (name === 'kind') params[name] = value ? t(`credits.kinds.${value}`, {}) : ''
      else params[name] = value
    }
    return t(`credits.trail.${step.key}`, params)
  })
}
