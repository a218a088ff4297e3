import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../db/as-user'
import type { Db } from '../../db/connect'
import { academicYearOf } from '../../../shared/dates'
import { createCall, createProgram } from '../mobility/programs'

const wallClock = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** Demo programs and open calls, made through the services as the demo offices. */
export async function seedDemoMobility(db: Db) {
  const exists = await asService(db, 'demo seed', tx => tx.selectFrom('programs').select('id').where(sql<boolean>`title->>'en' = 'Spring semester in smart manufacturing'`).executeTakeFirst())
  if (exists) return
  const people = await asService(db, 'demo seed', tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute())
  const insts = await asService(db, 'demo seed', tx => tx.selectFrom('institutions').select(['id', 'slug']).execute())
  const agreement = await asService(db, 'demo seed', tx => tx.selectFrom('agreements').select('id').where(sql<boolean>`title->>'en' = 'Mechatronics semester exchange'`).executeTakeFirst())
  const person = (email: string): Actor => people.find(p => p.email === email)!
  const inst = (slug: string) => insts.find(i => i.slug === slug)!.id
  const nanningOffice = person('office.nanning@demo.example')
  const thai = person('partner.thai@demo.example')
  const [nanning, chaoPhraya, redRiver, mekong] = ['nanning-smart-polytechnic', 'chao-phraya-technical', 'red-river-tech-university', 'mekong-institute-technology'].map(inst) as [string, string, string, string]
  const year = academicYearOf(wallClock(0))
  const documents = [
    { key: 'transcript', required: true, instructions: { en: 'Transcript of records of your last two semesters, stamped by your school.', zh: '最近两个学期的成绩单，需加盖学校公章。', vi: 'Bảng điểm hai học kỳ gần nhất, có đóng dấu của trường.', km: 'ព្រឹត្តិបត្រពិន្ទុពីរឆមាសចុងក្រោយ ដែលមានត្រាសាលា។' } },
    { key: 'language_certificate', required: false, instructions: { en: 'HSK or English certificate, if you have one.', zh: '如有，请上传汉语水平考试（HSK）或英语证书。', vi: 'Chứng chỉ HSK hoặc tiếng Anh, nếu có.' } },
  ]
  const eligibility = { levels: ['cn_higher_vocational', 'eqf_5'] as const, iscedCodes: ['0714'], language: 'zh', languageLevel: 'HSK2' as const }

  const semester = await asUser(db, nanningOffice, tx => createProgram(tx, nanningOffice, {
    type: 'semester_exchange',
    title: { en: 'Spring semester in smart manufacturing', zh: '智能制造春季学期交流', vi: 'Học kỳ mùa xuân về sản xuất thông minh', km: 'ឆមាសនិទាឃរដូវ ផ្នែកផលិតកម្មឆ្លាតវៃ', th: 'ภาคเรียนฤดูใบไม้ผลิด้านการผลิตอัจฉริยะ' },
    description: {
      en: 'One semester of industrial robotics and PLC courses at Nanning, with two weeks of practice at the lead enterprise.',
      zh: '在南宁学习一个学期的工业机器人和PLC课程，并在牵头企业实践两周。',
      vi: 'Một học kỳ học robot công nghiệp và PLC tại Nam Ninh, kèm hai tuần thực hành tại doanh nghiệp dẫn đầu.',
    },
    hostInstitutionId: nanning, sendingInstitutionIds: [redRiver, mekong], agreementId: null, conditionId: null,
    startsOn: wallClock(90), endsOn: wallClock(240), places: 10, eligibility: { ...eligibility, levels: [...eligibility.levels] }, requiredDocuments: documents,
    costs: { en: 'Tuition waived; accommodation about 600 CNY a month.', zh: '免学费；住宿约每月600元人民币。', vi: 'Miễn học phí; chỗ ở khoảng 600 CNY mỗi tháng.' },
    funding: { en: 'Guangxi government scholarship for ASEAN students (living allowance).', zh: '广西政府东盟留学生奖学金（生活补助）。', vi: 'Học bổng Chính phủ Quảng Tây cho sinh viên ASEAN (trợ cấp sinh hoạt).' },
  }))
  await asUser(db, nanningOffice, tx => createCall(tx, nanningOffice, {
    programId: semester, title: { en: 'Spring semester call', zh: '春季学期招募', vi: 'Đợt tuyển học kỳ mùa xuân', km: 'ការអំពាវនាវឆមាសនិទាឃរដូវ' },
    opensAtLocal: `${wallClock(-7)}T09:00`, closesAtLocal: `${wallClock(45)}T17:00`, timeZone: 'Asia/Shanghai', academicYear: year,
    places: [{ sendingInstitutionId: redRiver, places: 4 }, { sendingInstitutionId: mekong, places: 2 }],
  }))

  if (!agreement) return
  // Under the signed exchange agreement: Thai students at Nanning, and Nanning teachers at Chao Phraya.
  const thaiStudents = await asUser(db, nanningOffice, tx => createProgram(tx, nanningOffice, {
    type: 'semester_exchange', title: { en: 'Mechatronics semester for Thai students', zh: '泰国学生机电一体化学期项目', th: 'ภาคเรียนเมคคาทรอนิกส์สำหรับนักศึกษาไทย' }, description: {},
    hostInstitutionId: nanning, sendingInstitutionIds: [chaoPhraya], agreementId: agreement.id, conditionId: 'study-th-cn',
    startsOn: wallClock(90), endsOn: wallClock(240), places: 6, eligibility: { levels: [], iscedCodes: ['0714'], language: 'zh', languageLevel: 'HSK3' },
    requiredDocuments: documents.slice(0, 1), costs: {}, funding: {},
  }))
  await asUser(db, thai, tx => createCall(tx, thai, {
    programId: thaiStudents, title: { en: 'Thai students to Nanning', th: 'รับสมัครนักศึกษาไทยไปหนานหนิง', zh: '泰国学生赴南宁交流' },
    opensAtLocal: `${wallClock(-3)}T08:30`, closesAtLocal: `${wallClock(30)}T16:30`, timeZone: 'Asia/Bangkok', academicYear: year,
    places: [{ sendingInstitutionId: chaoPhraya, places: 4 }],
  }))
  const teaching = await asUser(db, thai, tx => createProgram(tx, thai, {
    type: 'teacher_teaching', title: { en: 'Teaching visit: PLC programming', zh: '教学访问：PLC编程', th: 'การเยี่ยมสอน: การเขียนโปรแกรม PLC' }, description: {},
    hostInstitutionId: chaoPhraya, sendingInstitutionIds: [nanning], agreementId: agreement.id, conditionId: 'teach-cn-th',
    startsOn: wallClock(60), endsOn: wallClock(74), places: 2, eligibility: { levels: [], iscedCodes: ['0714'], language: 'en', languageLevel: 'B2' },
    requiredDocuments: [{ key: 'cv', required: true, instructions: { en: 'Short CV', zh: '个人简历', th: 'ประวัติย่อ' } }], costs: {}, funding: {},
  }))
  await asUser(db, nanningOffice, tx => createCall(tx, nanningOffice, {
    programId: teaching, title: { en: 'Teaching visit call', zh: '教学访问招募', th: 'รับสมัครครูเยี่ยมสอน' },
    opensAtLocal: `${wallClock(-1)}T09:00`, closesAtLocal: `${wallClock(20)}T17:00`, timeZone: 'Asia/Shanghai', academicYear: year,
    places: [{ sendingInstitutionId: nanning, places: 2 }],
  }))
}
