import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import {
  addOption, addQuestion, addSection, blankForm, canMoveQuestion, changeType, duplicateQuestion, moveQuestion, moveSection,
  removeOption, removeQuestion, removeSection, setPoints, showIfCandidates, updateQuestion,
} from '../../shared/evaluation/builder-ops'
import { allQuestions, parseFormDefinition, type FormDefinition, type Question, type QuestionOf } from '../../shared/evaluation/form-definition'
import { formFromTemplate } from '../../shared/evaluation/templates'

const ids = (form: FormDefinition) => allQuestions(form).map(q => q.id)
const question = (form: FormDefinition, id: string) => allQuestions(form).find(q => q.id === id)!

/** A form of three questions in two sections: q2 shows when q1 = 'b', q3 when q2 is 4 or 5. */
function sample(): FormDefinition {
  let form = blankForm({ en: 'Sample', zh: '示例' })
  let r = addQuestion(form, 0, 'single')
  form = r.form
  const q1 = r.id
  r = addQuestion(form, 0, 'likert')
  form = r.form
  const q2 = r.id
  form = addSection(form)
  r = addQuestion(form, 1, 'rating')
  form = r.form
  const q3 = r.id
  form = updateQuestion(form, q2, { ...question(form, q2), showIf: { question: q1, equals: 'b' } })
  form = updateQuestion(form, q3, { ...question(form, q3), showIf: { question: q2, in: [4, 5] } })
  return form
}

describe('builder operations', () => {
  it('adds questions with unique ids and never changes the form it is given', () => {
    const form = sample()
    const before = JSON.stringify(form)
    const { form: next, id } = addQuestion(form, 0, 'text')
    expect(JSON.stringify(form)).toBe(before)
    expect(ids(next)).toHaveLength(4)
    expect(new Set(ids(next)).size).toBe(4)
    expect(question(next, id).type).toBe('text')
  })

  it('a form built with every type and labels filled parses', () => {
    let form = blankForm({ en: 'All types' })
    for (const type of ['likert', 'rating', 'nps', 'single', 'multiple', 'matrix', 'number', 'date', 'text', 'knowledge'] as const) {
      form = addQuestion(form, 0, type).form
    }
    expect(parseFormDefinition(form).ok).toBe(true)
    expect(allQuestions(form).map(q => q.type)).toEqual(['likert', 'rating', 'nps', 'single', 'multiple', 'matrix', 'number', 'date', 'text', 'knowledge'])
  })

  it('moves a question down into the next section and back up', () => {
    const form = sample()
    const [q1, q2, q3] = ids(form)
    const down = moveQuestion(form, q2!, 1)
    expect(down.sections[0]!.questions.map(q => q.id)).toEqual([q1])
    expect(down.sections[1]!.questions.map(q => q.id)).toEqual([q2, q3])
    const up = moveQuestion(down, q2!, -1)
    expect(up.sections[0]!.questions.map(q => q.id)).toEqual([q1, q2])
    expect(canMoveQuestion(form, q1!, -1)).toBe(false)
    expect(canMoveQuestion(form, q3!, 1)).toBe(false)
    expect(moveQuestion(form, q1!, -1)).toBe(form)
  })

  it('moving a question above the one its show-if reads drops that show-if and keeps the rest', () => {
    const form = sample()
    const [q1, q2] = ids(form)
    const moved = moveQuestion(form, q2!, -1)
    expect(ids(moved).slice(0, 2)).toEqual([q2, q1])
    expect(question(moved, q2!).showIf).toBeUndefined()
    expect(question(moved, q2!).type).toBe('likert')
    expect(parseFormDefinition(moved).ok).toBe(true)
  })

  it('removing a question drops the show-ifs pointing to it', () => {
    const form = sample()
    const [q1, q2, q3] = ids(form)
    const next = removeQuestion(form, q2!)
    expect(ids(next)).toEqual([q1, q3])
    expect(question(next, q3!).showIf).toBeUndefined()
    expect(parseFormDefinition(next).ok).toBe(true)
  })

  it('duplicates a question right after it with a fresh id and its text', () => {
    const form = sample()
    const [q1] = ids(form)
    const withText = updateQuestion(form, q1!, { ...question(form, q1!), text: { km: 'សំណួរ' } })
    const { form: next, id } = duplicateQuestion(withText, q1!)
    expect(id).not.toBe(q1)
    expect(ids(next)[1]).toBe(id)
    expect(question(next, id).text).toEqual({ km: 'សំណួរ' })
  })

  it('changing the type keeps text, help, required and carries options over', () => {
    const form = sample()
    const [q1] = ids(form)
    const edited = updateQuestion(form, q1!, { ...question(form, q1!), text: { zh: '你来自哪里？' }, required: true, help: { en: 'Pick one' } })
    const asMultiple = changeType(edited, q1!, 'multiple')
    const m = question(asMultiple, q1!) as QuestionOf<'multiple'>
    expect(m.type).toBe('multiple')
    expect(m.text).toEqual({ zh: '你来自哪里？' })
    expect(m.required).toBe(true)
    expect(m.help).toEqual({ en: 'Pick one' })
    expect(m.options.map(o => o.id)).toEqual(['a', 'b'])
    const asKnowledge = question(changeType(edited, q1!, 'knowledge'), q1!) as QuestionOf<'knowledge'>
    expect(asKnowledge.correct).toEqual(['a'])
  })

  it('changing a show-if source to a matrix drops the show-ifs that read it', () => {
    const form = sample()
    const [q1, q2] = ids(form)
    const next = changeType(form, q1!, 'matrix')
    expect(question(next, q2!).showIf).toBeUndefined()
    const likertToMatrix = question(changeType(form, q2!, 'matrix'), q2!) as QuestionOf<'matrix'>
    expect(likertToMatrix.points).toBe(5)
    expect(likertToMatrix.showIf).toEqual({ question: q1, equals: 'b' })
  })

  it('scale points keep labels and one label per point', () => {
    const form = sample()
    const q2 = ids(form)[1]!
    const likert = question(form, q2) as QuestionOf<'likert'>
    const labelled = { ...likert, labels: likert.labels.map((_, i) => ({ en: `P${i + 1}` })) }
    const seven = setPoints(labelled, 7)
    expect(seven.labels).toHaveLength(7)
    expect(seven.labels[4]).toEqual({ en: 'P5' })
    expect(setPoints(seven, 5).labels).toHaveLength(5)
  })

  it('shrinking a scale drops the show-ifs on points that no longer exist', () => {
    let form = sample()
    const [, q2, q3] = ids(form)
    const seven = setPoints(question(form, q2!) as QuestionOf<'likert'>, 7)
    form = updateQuestion(form, q2!, seven)
    form = updateQuestion(form, q3!, { ...question(form, q3!), showIf: { question: q2!, equals: 7 } } as Question)
    expect(question(form, q3!).showIf).toEqual({ question: q2, equals: 7 })
    form = updateQuestion(form, q2!, setPoints(question(form, q2!) as QuestionOf<'likert'>, 5))
    expect(question(form, q3!).showIf).toBeUndefined()
  })

  it('removing an option removes it from correct answers and from show-ifs on it', () => {
    let form = sample()
    const [q1, q2] = ids(form)
    const single = question(form, q1!) as QuestionOf<'single'>
    expect(removeOption(removeOption(single, 'a'), 'b').options).toHaveLength(1)
    form = updateQuestion(form, q1!, removeOption(single, 'b'))
    expect(question(form, q2!).showIf).toBeUndefined()
    const knowledge = changeType(sample(), q1!, 'knowledge')
    const k = addOption(question(knowledge, q1!) as QuestionOf<'knowledge'>)
    expect(k.options.map(o => o.id)).toEqual(['a', 'b', 'c'])
    expect(removeOption(k, 'a').correct).toEqual(['b'])
  })

  it('sections: add, move, remove (never the last), show-ifs kept valid', () => {
    const form = sample()
    const [, , q3] = ids(form)
    const swapped = moveSection(form, 1, -1)
    expect(swapped.sections[0]!.questions.map(q => q.id)).toEqual([q3])
    expect(question(swapped, q3!).showIf).toBeUndefined()
    expect(parseFormDefinition(swapped).ok).toBe(true)
    const one = removeSection(form, 1)
    expect(one.sections).toHaveLength(1)
    expect(removeSection(one, 0)).toBe(one)
  })

  it('show-if candidates are the earlier comparable questions only', () => {
    let form = sample()
    const [q1, q2, q3] = ids(form)
    form = changeType(form, q2!, 'matrix')
    expect(showIfCandidates(form, q3!).map(q => q.id)).toEqual([q1])
    expect(showIfCandidates(form, q1!)).toEqual([])
  })

  it('works on a form held in a Vue reactive proxy, as the builder page holds it', () => {
    const held = reactive(sample())
    const first = ids(held)[0]!
    const next = updateQuestion(held, first, { ...question(held, first), text: { km: 'សួស្ដី' } })
    expect(question(next, first).text).toEqual({ km: 'សួស្ដី' })
    expect(duplicateQuestion(held, first).form.sections[0]!.questions).toHaveLength(3)
  })

  it('a template copy edited with the operations still parses', () => {
    let form = formFromTemplate('reaction')!
    const first = ids(form)[0]!
    form = duplicateQuestion(form, first).form
    form = moveQuestion(form, ids(form)[2]!, -1)
    form = removeQuestion(form, ids(form)[3]!)
    const result = parseFormDefinition(form)
    expect(result.ok ? [] : result.issues).toEqual([])
  })
})
