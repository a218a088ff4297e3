import type { Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { componentsOf, findLearningAgreement } from './learning-agreements'

type Line = Awaited<ReturnType<typeof componentsOf>>[number]
const FIELDS = ['title', 'credits', 'credit_label', 'term', 'recognition_group', 'course_unit_id'] as const

/** The fields of a line that differ between two versions (titles compared as a whole map). */
function changedFields(a: Line, b: Line): string[] {
  return FIELDS.filter(f => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
}

/**
 * What changed between two versions: lines added, removed and changed, matched by side and code (a course
 * keeps its code), so reordering is no change and a swap reads as one removed and one added.
 */
export async function compareVersions(tx: Tx, id: string, from: number, to: number) {
  await findLearningAgreement(tx, id)
  const versions = await tx.selectFrom('learning_agreement_versions').select(['id', 'number'])
    .where('learning_agreement_id', '=', id).where('number', 'in', [from, to]).execute()
  const a = versions.find(v => v.number === from)
  const b = versions.find(v => v.number === to)
  if (!a || !b) fail(404, 'errors.notFound')
  const lines = await componentsOf(tx, [a.id, b.id])
  const strip = ({ version_id: _v, ...line }: Line) => line
  const before = lines.filter(l => l.version_id === a.id)
  const after = lines.filter(l => l.version_id === b.id)
  const key = (l: Line) => `${l.side}:${l.code}`
  const beforeKeys = new Map(before.map(l => [key(l), l]))
  const afterKeys = new Map(after.map(l => [key(l), l]))
  return {
    from, to,
    added: after.filter(l => !beforeKeys.has(key(l))).map(strip),
    removed: before.filter(l => !afterKeys.has(key(l))).map(strip),
    changed: after.flatMap((l) => {
      const old = beforeKeys.get(key(l))
      const fields = old ? changedFields(old, l) : []
      return old && fields.length ? [{ side: l.side, code: l.code, fields, before: strip(old), after: strip(l) }] : []
    }),
  }
}
