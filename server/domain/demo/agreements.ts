import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { AgreementContent } from '../../../shared/agreements/vocabulary'
import type { AgreementCreate } from '../../../shared/schemas/agreements'
import { createAgreement, editAgreement } from '../agreements/agreements'
import { approveVersion, signVersion } from '../agreements/signing'
import { transitionByParty } from '../agreements/transitions'

function isoDaysFromNow(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

function terms(ids: Record<string, string>, overrides: Partial<AgreementContent>): AgreementContent {
  return {
    goals: {
      zh: '联合培养智能制造技术技能人才，互派学生和教师，共建实训基地。',
      en: 'Train technicians for smart manufacturing together: exchange students and teachers, and build shared training bases.',
      th: 'ร่วมกันพัฒนาช่างเทคนิคด้านการผลิตอัจฉริยะ แลกเปลี่ยนนักศึกษาและครู และสร้างศูนย์ฝึกร่วมกัน',
    },
    scope: { zh: '机电一体化、工业机器人专业。', en: 'Mechatronics and industrial robotics programmes.', th: 'สาขาเมคคาทรอนิกส์และหุ่นยนต์อุตสาหกรรม' },
    parties: Object.values(ids).map(id => ({
      institutionId: id, divisionOfLabour: { en: 'Sends and hosts students; names a coordinator.', zh: '选派和接收学生；指定一名协调人。' },
      // Approval needs resource inputs: each party puts in its coordinator's time.
      resources: [{ kind: 'staff_hours' as const, amount: 120, unit: 'h', description: { en: 'International office coordinator', zh: '国际合作部门协调人' } }],
    })),
    ipTerms: { en: 'Teaching materials remain with their authors; joint materials are owned jointly.', zh: '教学资料归作者所有；共同开发的资料共同所有。' },
    benefitSharing: { en: 'Each party bears its own travel costs; the host waives tuition.', zh: '各方承担本方差旅费用；接收方免收学费。' },
    disputeResolution: { en: 'Friendly consultation between the parties’ international offices.', zh: '由各方国际合作部门友好协商解决。' },
    startsOn: '2026-09-01',
    endsOn: '2031-08-31',
    autoRenew: false,
    conditions: [],
    ...overrides,
  }
}

/** Demo agreements, made through the same services the pages use, acting as the demo staff. */
export async function seedDemoAgreements(db: Db) {
  const exists = await asService(db, 'demo seed', tx => tx.selectFrom('agreements').select('id').where(sql<boolean>`title->>'en' = 'Mechatronics semester exchange'`).executeTakeFirst())
  if (exists) return
  const people = await asService(db, 'demo seed', tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute())
  const insts = await asService(db, 'demo seed', tx => tx.selectFrom('institutions').select(['id', 'slug']).execute())
  const person = (email: string): Actor => people.find(p => p.email === email)!
  const inst = (slug: string) => insts.find(i => i.slug === slug)!.id
  const office = person('office.nanning@demo.example')
  const thai = person('partner.thai@demo.example')
  const enterprise = person('enterprise@demo.example')
  const nanning = inst('nanning-smart-polytechnic')
  const chaoPhraya = inst('chao-phraya-technical')
  const zhiyun = inst('zhiyun-equipment')
  const redRiver = inst('red-river-tech-university')

  const create = (actor: Actor, input: AgreementCreate) => asUser(db, actor, tx => createAgreement(tx, actor, input))
  const as = <T>(actor: Actor, fn: (tx: Parameters<Parameters<typeof asUser>[2]>[0]) => Promise<T>) => asUser(db, actor, fn)

  // Signed and in force: a semester exchange in both directions.
  const exchange = await create(office, {
    kind: 'bilateral',
    title: { zh: '机电一体化学期交换协议', en: 'Mechatronics semester exchange', th: 'ข้อตกลงแลกเปลี่ยนนักศึกษาเมคคาทรอนิกส์รายภาคเรียน', vi: 'Thỏa thuận trao đổi học kỳ ngành cơ điện tử' },
    parties: [
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: { zh: '校长', en: 'President' }, contactUserId: office.id },
      { institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', signatoryTitle: { th: 'ผู้อำนวยการ', en: 'Director' }, contactUserId: thai.id },
    ],
    content: terms({ nanning, chaoPhraya }, {
      conditions: [
        { id: 'study-th-cn', type: 'student_study', sendingInstitutionId: chaoPhraya, receivingInstitutionId: nanning, placesPerYear: 6, monthsPerPlace: 5, iscedCode: '0714', level: 'cn_higher_vocational', language: 'zh', languageLevel: 'HSK3' },
        { id: 'study-cn-th', type: 'student_study', sendingInstitutionId: nanning, receivingInstitutionId: chaoPhraya, placesPerYear: 4, monthsPerPlace: 5, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B1' },
        { id: 'teach-cn-th', type: 'teacher_teaching', sendingInstitutionId: nanning, receivingInstitutionId: chaoPhraya, placesPerYear: 2, monthsPerPlace: 1, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B2' },
      ],
    }),
  })
  await as(office, tx => transitionByParty(tx, office, exchange, 'open_negotiation'))
  await as(office, tx => approveVersion(tx, office, exchange, { version: 1, institutionId: nanning }))
  await as(thai, tx => approveVersion(tx, thai, exchange, { version: 1, institutionId: chaoPhraya }))
  await as(office, tx => signVersion(tx, office, exchange, { version: 1, institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', fileId: null }))
  await as(thai, tx => signVersion(tx, thai, exchange, { version: 1, institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', fileId: null }))

  // Signed earlier and ending soon: the daily job flags it and reminds the contacts.
  const pilot = await create(thai, {
    kind: 'bilateral',
    title: { zh: '教师互访试点协议', en: 'Teacher visit pilot', th: 'ข้อตกลงนำร่องการเยี่ยมสอนของครู' },
    parties: [
      { institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', signatoryTitle: {}, contactUserId: thai.id },
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: {}, contactUserId: office.id },
    ],
    content: terms({ chaoPhraya, nanning }, {
      startsOn: '2024-03-01', endsOn: isoDaysFromNow(60),
      conditions: [{ id: 'teach-th-cn', type: 'teacher_teaching', sendingInstitutionId: chaoPhraya, receivingInstitutionId: nanning, placesPerYear: 2, monthsPerPlace: 0.5, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B2' }],
    }),
  })
  await as(thai, tx => transitionByParty(tx, thai, pilot, 'open_negotiation'))
  await as(thai, tx => approveVersion(tx, thai, pilot, { version: 1, institutionId: chaoPhraya }))
  await as(office, tx => approveVersion(tx, office, pilot, { version: 1, institutionId: nanning }))
  await as(thai, tx => signVersion(tx, thai, pilot, { version: 1, institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', fileId: null }))
  await as(office, tx => signVersion(tx, office, pilot, { version: 1, institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', fileId: null }))

  // In negotiation with the lead enterprise: a traineeship programme, second version, one approval so far.
  const traineeship = await create(enterprise, {
    kind: 'multilateral',
    title: { zh: '工业机器人企业实习项目协议', en: 'Industrial robotics traineeship programme', vi: 'Chương trình thực tập robot công nghiệp' },
    parties: [
      { institutionId: zhiyun, signatoryName: '陈总 Chen Zong', signatoryTitle: { zh: '总经理', en: 'General manager' }, contactUserId: enterprise.id },
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: {}, contactUserId: office.id },
      { institutionId: redRiver, signatoryName: 'PGS.TS. Trần Văn Minh', signatoryTitle: { vi: 'Hiệu trưởng', en: 'Rector' }, contactUserId: null },
    ],
    content: terms({ zhiyun, nanning, redRiver }, {
      conditions: [{ id: 'trainee-vn-zy', type: 'student_traineeship', sendingInstitutionId: redRiver, receivingInstitutionId: zhiyun, placesPerYear: 8, monthsPerPlace: 3, iscedCode: '0714', level: 'eqf_6', language: 'zh', languageLevel: 'HSK2' }],
    }),
  })
  await as(enterprise, tx => transitionByParty(tx, enterprise, traineeship, 'open_negotiation'))
  const v1 = terms({ zhiyun, nanning, redRiver }, {
    conditions: [{ id: 'trainee-vn-zy', type: 'student_traineeship', sendingInstitutionId: redRiver, receivingInstitutionId: zhiyun, placesPerYear: 10, monthsPerPlace: 3, iscedCode: '0714', level: 'eqf_6', language: 'zh', languageLevel: 'HSK2' }],
  })
  await as(office, tx => editAgreement(tx, office, traineeship, { baseVersion: 1, content: v1 }))
  await as(office, tx => approveVersion(tx, office, traineeship, { version: 2, institutionId: nanning }))
}
