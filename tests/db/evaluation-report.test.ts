import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { submitResponse } from '../../server/domain/evaluation/responses'
import { createAction, createFinding } from '../../server/domain/evaluation/findings'
import { evaluationReport, QUOTES_PER_QUESTION } from '../../server/domain/evaluation/report'
import { renderPdf } from '../../server/documents/pdf'
import type { DocumentTemplates } from '../../server/documents/templates'
import { createInstitutionRow, freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'
import { loadLocales } from './governance-fixtures'
import { openActivity, peopleOf, type ActivitySetup } from './registration-fixtures'
import { attachInstance, invite, publishedForm } from './evaluation-fixtures'

/**
 * The evaluation report PDF of one instance in Chinese and Khmer, on a small data set whose figures are known: the
 * data holds each question's figures and texts in both languages, written answers as written, the activity's pre/post
 * effect and the findings with their actions; the PDF embeds the Khmer and Chinese fonts; only managers get it, and
 * an anonymous instance below k answers shows no figures.
 */
let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const t = (en: string, zh: string, km: string) => ({ en, zh, km })
const scale = (points: number) => Array.from({ length: points }, (_, i) => t(String(i + 1), String(i + 1), String(i + 1)))
const opt = (id: string, en: string, zh: string, km: string) => ({ id, label: t(en, zh, km) })

// Twelve questions, as a full reaction survey has.
const FORM = {
  schema: 'portal.evaluation-form/1', title: t('Training week', '培训周', 'សប្តាហ៍បណ្តុះបណ្តាល'), purpose: 'reaction', level: 1,
  sections: [{
    id: 'main', title: t('Your view', '您的看法', 'មតិរបស់អ្នក'),
    questions: [
      { id: 'useful', type: 'likert', required: true, points: 5, labels: scale(5), text: t('Useful', '培训很有用', 'វគ្គនេះមានប្រយោជន៍') },
      { id: 'clear', type: 'likert', required: true, points: 7, labels: scale(7), text: t('Clear', '讲解清楚', 'ការពន្យល់ច្បាស់លាស់') },
      { id: 'recommend', type: 'nps', required: true, text: t('Recommend', '您会推荐吗？', 'តើអ្នកនឹងណែនាំវាទេ?') },
      { id: 'stars', type: 'rating', required: true, max: 5, text: t('Overall', '总体评分', 'ការវាយតម្លៃរួម') },
      { id: 'channel', type: 'single', required: true, other: true, options: [opt('web', 'Web', '网站', 'គេហទំព័រ'), opt('mail', 'Mail', '邮件', 'អ៊ីមែល')], text: t('Heard via', '从哪里得知', 'បានដឹងតាមរយៈ') },
      { id: 'skills', type: 'multiple', required: false, other: false, options: [opt('lang', 'Language', '语言', 'ភាសា'), opt('culture', 'Culture', '文化', 'វប្បធម៌')], text: t('Skills', '技能', 'ជំនាញ') },
      { id: 'grid', type: 'matrix', required: false, points: 5, labels: scale(5), rows: [opt('pace', 'Pace', '节奏', 'ល្បឿន'), opt('food', 'Food', '餐饮', 'អាហារ')], text: t('Rate', '请评分', 'សូមវាយតម្លៃ') },
      { id: 'hours', type: 'number', required: false, integer: true, min: 0, max: 100, text: t('Hours', '学习小时', 'ម៉ោងសិក្សា') },
      { id: 'day', type: 'date', required: false, text: t('Best day', '最好的一天', 'ថ្ងៃល្អបំផុត') },
      { id: 'venue', type: 'likert', required: false, points: 5, labels: scale(5), text: t('Venue', '场地', 'ទីកន្លែង') },
      { id: 'liked', type: 'text', required: false, long: true, maxLength: 500, text: t('What did you like?', '您喜欢什么？', 'តើអ្នកចូលចិត្តអ្វី?') },
      { id: 'comment', type: 'text', required: false, long: true, maxLength: 500, text: t('Comment', '其他意见', 'មតិផ្សេងៗ') },
    ],
  }],
}

const USEFUL = [5, 4, 4, 3, 5, 2]
const RECOMMEND = [10, 9, 7, 6, 10, 3]
const answersOf = (i: number) => ({
  useful: USEFUL[i], clear: 7 - (i % 3), recommend: RECOMMEND[i], stars: 5 - (i % 2),
  channel: i === 5 ? { other: '朋友介绍' } : { option: i % 2 ? 'mail' : 'web' },
  skills: { options: i % 2 ? ['lang', 'culture'] : ['culture'] },
  grid: { pace: (i % 5) + 1, food: 5 - (i % 3) },
  hours: 2 * (i + 1),
  day: `2026-12-${String(10 + (i % 3)).padStart(2, '0')}`,
  venue: 4,
  ...(i === 0 ? { liked: '老师讲得很好' } : i === 1 ? { liked: 'គ្រូពន្យល់បានល្អណាស់' } : {}),
  ...(i === 2 ? { comment: 'More practice, please' } : {}),
})

const KNOWLEDGE = {
  schema: 'portal.evaluation-form/1', title: t('Knowledge test', '知识测试', 'តេស្តចំណេះដឹង'), purpose: 'knowledge', level: 2,
  sections: [{
    id: 'test', title: t('Test', '测试', 'តេស្ត'),
    questions: [
      { id: 'q1', type: 'knowledge', required: true, points: 1, correct: ['a'], options: [opt('a', 'A', '甲', 'ក'), opt('b', 'B', '乙', 'ខ')], text: t('Q1', '问题一', 'សំណួរទី១') },
      { id: 'q2', type: 'knowledge', required: true, points: 1, correct: ['b'], options: [opt('a', 'A', '甲', 'ក'), opt('b', 'B', '乙', 'ខ')], text: t('Q2', '问题二', 'សំណួរទី២') },
    ],
  }],
}
const scoring = (score: number) => ({ q1: { options: score >= 1 ? ['a'] : ['b'] }, q2: { options: score >= 2 ? ['b'] : ['a'] } })
const PRE = [0, 0, 1, 0, 1, 0]
const POST = [2, 1, 2, 2, 2, 1]

interface World { act: ActivitySetup; people: Actor[]; instanceId: string; outsider: Actor; owner: Actor }
let w: World

const submit = (who: Actor, instanceId: string, answers: Record<string, unknown>, locale: 'zh' | 'km' | 'en') =>
  asUser(db, who, tx => submitResponse(tx, who, instanceId, { answers, locale }))
const report = (who: Actor, instanceId: string, left: 'zh' | 'km' | 'en' = 'zh', right: 'zh' | 'km' | 'en' = 'km') =>
  asUser(db, who, tx => evaluationReport(tx, instanceId, left, right))
type Data = DocumentTemplates['evaluation-report']
const sectionOf = (data: Data, heading: string) => data.sections.find(s => s.heading[0] === heading)!
const rowsOf = (block: Data['sections'][number]['blocks'][number], side: 0 | 1) => Object.fromEntries(block.rows[side].map(r => [r.label, r.value]))

beforeAll(async () => {
  const act = await openActivity(db, { partners: 0 })
  const people = await peopleOf(db, await createInstitutionRow(db), 6)
  const outsider = await personWithRole(db, 'outsider', await createInstitutionRow(db), 'office_staff')
  const { formId, versionId } = await publishedForm(db, act.organiserInstitution, act.organiser.id, FORM)
  const instanceId = await attachInstance(db, { formId, versionId, activityId: act.activityId, createdBy: act.organiser.id })
  await invite(db, instanceId, [...people, outsider])
  for (const [i, person] of people.entries()) await submit(person, instanceId, answersOf(i), i % 2 ? 'km' : 'zh')

  const test = await publishedForm(db, act.organiserInstitution, act.organiser.id, KNOWLEDGE)
  const target = { formId: test.formId, versionId: test.versionId, activityId: act.activityId, createdBy: act.organiser.id }
  const before = await attachInstance(db, target, { timing: 'before' })
  const after = await attachInstance(db, target, { timing: 'after' })
  await invite(db, before, people)
  await invite(db, after, people)
  for (const [i, score] of PRE.entries()) await submit(people[i]!, before, scoring(score), 'zh')
  for (const [i, score] of POST.entries()) await submit(people[i]!, after, scoring(score), 'km')

  const owner = act.organiser
  await asUser(db, act.organiser, async (tx) => {
    const finding = await createFinding(tx, act.organiser, { instanceId, text: { zh: '饮食评分偏低', km: 'ការវាយតម្លៃអាហារទាប' } })
    await createAction(tx, act.organiser, finding.id, { ownerId: owner.id, title: { zh: '更换餐饮供应商', km: 'ប្តូរអ្នកផ្គត់ផ្គង់អាហារ' }, dueOn: '2027-03-01', status: 'in_progress' })
  })
  w = { act, people, instanceId, outsider, owner }
})

describe('the evaluation report in Chinese and Khmer', () => {
  it('holds the response rate, each question\'s figures and the written answers in both languages', async () => {
    const { document, filename } = await report(w.act.organiser, w.instanceId)
    const data = document.data
    expect(filename).toMatch(/^evaluation-report-[0-9a-f]{8}-zh-km\.pdf$/)
    expect(data.columns.map(c => c.lang)).toEqual(['zh', 'km'])
    expect(data.columns[0].title).toBe('评估报告：培训周')
    expect(data.columns[1].title).toBe('របាយការណ៍វាយតម្លៃ៖ សប្តាហ៍បណ្តុះបណ្តាល')
    // Charts are drawn once, in the first language: the second column says so.
    expect(data.columns[1].subtitle).toContain('ស្លាកក្នុងតារាងក្រាហ្វិកជាភាសាចិន។')
    // Six of seven invited answered (the outsider was invited, not answering): 86 %.
    expect(data.facts[0].find(r => r.label === '回复率')!.value).toMatch(/6.*7.*\(86%\)/)
    expect(data.facts[1].find(r => r.label === 'អត្រាឆ្លើយតប')!.value).toBe('បានដាក់ស្នើ 6 ក្នុងចំណោម 7 (86%)')

    const questions = sectionOf(data, '题目')
    expect(questions.blocks).toHaveLength(12)
    const useful = questions.blocks[0]!
    expect(useful.heading).toEqual(['培训很有用', 'វគ្គនេះមានប្រយោជន៍'])
    // USEFUL = 5, 4, 4, 3, 5, 2: mean 23/6 = 3.83, median 4, top-2-box 4 of 6 = 67 %.
    const zh = rowsOf(useful, 0)
    expect(Object.values(zh)).toEqual(expect.arrayContaining(['6', '3.83', '4.00', '67%']))
    expect(Object.values(rowsOf(useful, 1))).toEqual(expect.arrayContaining(['6', '3.83']))
    expect(useful.chart).toMatch(/^<svg[\s\S]*<\/svg>$/)
    // NPS: promoters 3 (10, 9, 10), detractors 2 (6, 3) of 6: +17.
    expect(Object.values(rowsOf(questions.blocks[2]!, 0))).toContain('+17')

    const liked = questions.blocks.find(b => b.heading[0] === '您喜欢什么？')!
    expect(liked.quotes!.map(q => [q.text, q.lang])).toEqual(expect.arrayContaining([['老师讲得很好', 'zh'], ['គ្រូពន្យល់បានល្អណាស់', 'km']]))
    // Each quote names its language on both sides.
    const khmerQuote = liked.quotes!.find(q => q.lang === 'km')!
    expect(khmerQuote.language[0]).toBe('高棉语')
    expect(khmerQuote.language[1]).toBe('ខ្មែរ')
    // The "other" answer of a choice is quoted under its question.
    expect(questions.blocks.find(b => b.heading[0] === '从哪里得知')!.quotes!.map(q => q.text)).toEqual(['朋友介绍'])
    expect(QUOTES_PER_QUESTION).toBeGreaterThan(2)
  })

  it('holds the activity\'s pre/post effect with n, d_z, Hedges\' g and p-values, and the findings with their actions', async () => {
    const { document } = await report(w.act.organiser, w.instanceId)
    const effect = sectionOf(document.data, '活动效果（前测与后测）')
    expect(effect).toBeDefined()
    const block = effect.blocks[0]!
    const zh = rowsOf(block, 0)
    expect(zh['配对数（n）']).toBe('6')
    // d_z and g with their 95 % intervals, both p-values in words.
    expect(zh['Cohen d_z']).toMatch(/^\d\.\d\d \(95% 置信区间 -?\d\.\d\d 至 \d\.\d\d\)$/)
    expect(zh['Hedges g']).toMatch(/置信区间/)
    expect(zh['配对 t 检验']).toMatch(/^p [<=] /)
    expect(zh['Wilcoxon 符号秩检验']).toMatch(/^p [<=] /)
    expect(block.note![0]).toMatch(/n = 6/)
    expect(block.note![1]).toMatch(/n = 6/)
    expect(block.chart).toMatch(/^<svg/)

    const findings = document.data.sections.at(-1)!
    expect(findings.blocks.map(b => b.heading)).toEqual([['饮食评分偏低', 'ការវាយតម្លៃអាហារទាប']])
    const action = findings.blocks[0]!.rows
    expect(action[0][0]!.label).toBe('更换餐饮供应商')
    expect(action[0][0]!.value).toContain('2027年3月1日')
    expect(action[1][0]!.label).toBe('ប្តូរអ្នកផ្គត់ផ្គង់អាហារ')
  })

  it('renders a PDF that embeds Noto Sans Khmer and a Chinese font, within 8 pages', async () => {
    const { document } = await report(w.act.organiser, w.instanceId)
    const pdf = await renderPdf(document)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansKhmer-(Regular|Bold)/)
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC-(Regular|Bold)/)
    const pages = raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThan(0)
    expect(pages).toBeLessThanOrEqual(8)
    if (process.env.REPORT_PDF_OUT) {
      mkdirSync(process.env.REPORT_PDF_OUT, { recursive: true })
      writeFileSync(`${process.env.REPORT_PDF_OUT}/zh-km.pdf`, pdf)
    }
  }, 60_000)

  it('is refused to a person who does not manage the instance', async () => {
    // An invitee sees the instance without managing it: 403; someone unrelated does not see it: 404.
    await expect(report(w.outsider, w.instanceId)).rejects.toMatchObject({ statusCode: 403 })
    const stranger = await personWithRole(db, 'stranger', await createInstitutionRow(db), 'office_staff')
    await expect(report(stranger, w.instanceId)).rejects.toMatchObject({ statusCode: 404 })
  })

  it('an anonymous instance below k answers shows no figures, charts or written answers', async () => {
    const { formId, versionId } = await publishedForm(db, w.act.organiserInstitution, w.act.organiser.id, FORM)
    const anonymous = await attachInstance(db, { formId, versionId, activityId: w.act.activityId, createdBy: w.act.organiser.id }, { anonymous: true })
    await invite(db, anonymous, w.people)
    for (const i of [0, 1]) await submit(w.people[i]!, anonymous, answersOf(i), 'zh')
    const { document } = await report(w.act.organiser, anonymous, 'km', 'zh')
    const questions = document.data.sections[0]!
    expect(questions.blocks).toEqual([])
    expect(questions.empty![1]).toMatch(/5/)
    expect(JSON.stringify(document.data)).not.toContain('老师讲得很好')
    expect(JSON.stringify(questions)).not.toContain('<svg')
  })
})
