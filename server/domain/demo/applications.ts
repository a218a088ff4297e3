import { sql } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { FileStore } from '../../storage/file-store'
import { renderPdf } from '../../documents/pdf'
import { documentRequest, localeText } from '../../documents/templates'
import type { ApplicationForm, ApplicationStep } from '../../../shared/schemas/mobility'
import { academicYearOf } from '../../../shared/dates'
import { uploadFile } from '../files/files'
import { attachDocument, createApplication, saveApplication } from '../mobility/applications'
import { createCall, createProgram } from '../mobility/programs'
import { addIncidentNote, reportIncident, setChecklistItem } from '../mobility/safety'
import { scoreApplication, takeStep } from '../mobility/steps'
import { CHECKLIST_KEYS } from '../../../shared/mobility/vocabulary'

const day = 86_400_000
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10)

const EMPTY_FORM: ApplicationForm = {
  latinName: '', nativeName: '', emergencyContact: { name: '', phone: '', relation: '' }, preferredCourses: '',
  studyLevel: null, fieldOfStudy: null, languageCertificates: [], motivation: '', teachingPlan: '', teachingHours: null,
}

/**
 * Demo applications at different steps, taken through the services as the people concerned, so
 * every list, the ranking, the incoming view and the emergency view have something to show:
 * a Hanoi student nominated to Nanning (waiting for the host), a Phnom Penh student just submitted,
 * and a Bangkok student on an internship at the lead enterprise right now, with a small incident.
 */
export async function seedDemoApplications(db: Db, store: FileStore) {
  const exists = await asService(db, 'demo seed', tx => tx.selectFrom('programs').select('id').where(sql<boolean>`title->>'en' = 'Smart production line internship'`).executeTakeFirst())
  if (exists) return
  const people = await asService(db, 'demo seed', tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute())
  const person = (name: string): Actor => ({ id: people.find(p => p.email === `${name}@demo.example`)!.id, email: `${name}@demo.example` })
  const institutions = await asService(db, 'demo seed', tx => tx.selectFrom('institutions').select(['id', 'slug']).execute())
  const inst = (slug: string) => institutions.find(i => i.slug === slug)!.id
  const spring = await asService(db, 'demo seed', tx => tx.selectFrom('calls').select('id').where(sql<boolean>`title->>'en' = 'Spring semester call'`).executeTakeFirst())
  if (!spring) return

  const as = <T>(actor: Actor, work: (tx: Tx) => Promise<T>) => asUser(db, actor, work)
  type Passport = { number: string; nationality: string }
  async function applyWith(applicant: Actor, callId: string, home: string, form: ApplicationForm, passport: Passport, documents: Record<string, string>) {
    const id = await as(applicant, tx => createApplication(tx, applicant, { callId, homeInstitutionId: home }))
    let { revision } = await as(applicant, tx => saveApplication(tx, applicant, id, {
      revision: 1, form, private: { passportNumber: passport.number, passportExpiry: isoDay(5 * 365), nationality: passport.nationality },
    }))
    for (const [key, title] of Object.entries(documents)) {
      const bytes = await renderPdf(documentRequest('plain', { ...localeText('en'), title, paragraphs: [form.nativeName] }))
      await as(applicant, async (tx) => {
        const file = await uploadFile(tx, store, applicant, { filename: `${key}.pdf`, bytes, maxBytes: 5 * 1024 * 1024 })
        await attachDocument(tx, applicant, id, key, file.id)
      })
    }
    ;({ revision } = await step(applicant, id, { action: 'submit', revision }))
    return { id, revision }
  }
  const step = (actor: Actor, id: string, s: ApplicationStep) => as(actor, tx => takeStep(tx, actor, id, s))

  // Hanoi → Nanning: submitted, scored and nominated by the Hanoi office; Nanning has to decide.
  const hanoiOffice = person('office.hanoi')
  const tuan = await applyWith(person('student.hanoi'), spring.id, inst('red-river-tech-university'), {
    ...EMPTY_FORM, latinName: 'Pham Minh Tuan', nativeName: 'Phạm Minh Tuấn',
    emergencyContact: { name: 'Phạm Thị Hoa', phone: '+84903111222', relation: 'mẹ / mother' },
    preferredCourses: 'Industrial robot programming; PLC and HMI; machine vision basics',
    studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level: 'HSK3', issuer: 'Chinese Testing International' }],
    motivation: 'Our faculty is setting up a robot cell with a Chinese supplier. I want to learn to program and maintain it, and to bring the course material back to my classmates.',
  }, { number: 'C7788123', nationality: 'VN' }, { transcript: 'Transcript of records' })
  const scored = await as(hanoiOffice, tx => scoreApplication(tx, hanoiOffice, tuan.id, tuan.revision, 86.5))
  await step(hanoiOffice, tuan.id, { action: 'nominate', revision: scored.revision })

  // Phnom Penh → Nanning: just submitted, waiting for the Mekong office.
  await applyWith(person('student.phnompenh'), spring.id, inst('mekong-institute-technology'), {
    ...EMPTY_FORM, latinName: 'Chan Sophea', nativeName: 'ចាន់ សុភា',
    emergencyContact: { name: 'Chan Dara', phone: '+85512345678', relation: 'ឪពុក / father' },
    preferredCourses: 'Mechatronics systems; sensors and actuators', studyLevel: 'eqf_5', fieldOfStudy: '0714',
    languageCertificates: [{ language: 'zh', level: 'HSK2', issuer: 'Confucius Institute, Phnom Penh' }],
    motivation: 'I would like to study automation in Nanning and then work for a Chinese factory in the Sihanoukville special economic zone.',
  }, { number: 'N0456789', nationality: 'KH' }, { transcript: 'Transcript of records' })

  // Bangkok → the lead enterprise in Guilin: an internship running now.
  const enterprise = person('enterprise')
  const thaiOffice = person('partner.thai')
  const kamon = person('student.bangkok')
  const internship = await as(enterprise, tx => createProgram(tx, enterprise, {
    type: 'traineeship',
    title: { en: 'Smart production line internship', zh: '智能产线企业实习', th: 'ฝึกงานสายการผลิตอัจฉริยะ' },
    description: {
      en: 'Eight weeks on the robot welding and assembly lines in Guilin, with a workplace mentor.',
      zh: '在桂林机器人焊接与装配产线实习八周，配企业导师。',
      th: 'ฝึกงานแปดสัปดาห์ในสายการผลิตเชื่อมและประกอบด้วยหุ่นยนต์ที่กุ้ยหลิน พร้อมพี่เลี้ยงในสถานประกอบการ',
    },
    hostInstitutionId: inst('zhiyun-equipment'), sendingInstitutionIds: [inst('chao-phraya-technical')], agreementId: null, conditionId: null,
    startsOn: isoDay(-20), endsOn: isoDay(36), places: 4, eligibility: { levels: [], iscedCodes: [], language: null, languageLevel: null },
    requiredDocuments: [], costs: { en: 'Accommodation in the company dormitory, free.', zh: '免费入住公司宿舍。', th: 'พักหอพักของบริษัทโดยไม่มีค่าใช้จ่าย' },
    funding: { en: 'Monthly internship allowance of 2,000 CNY.', zh: '每月实习补贴2000元人民币。', th: 'เบี้ยเลี้ยงฝึกงานเดือนละ 2,000 หยวน' },
  }))
  const local = (offsetDays: number) => `${isoDay(offsetDays)}T09:00`
  const callId = await as(thaiOffice, tx => createCall(tx, thaiOffice, {
    programId: internship, title: { en: 'Internship call, Guilin', th: 'รับสมัครฝึกงานที่กุ้ยหลิน', zh: '桂林企业实习招募' },
    opensAtLocal: local(-1), closesAtLocal: local(10), timeZone: 'Asia/Bangkok', academicYear: academicYearOf(isoDay(0)),
    places: [{ sendingInstitutionId: inst('chao-phraya-technical'), places: 4 }],
  }))
  const internshipApplication = await applyWith(kamon, callId, inst('chao-phraya-technical'), {
    ...EMPTY_FORM, latinName: 'Kamon Srisuk', nativeName: 'กมล ศรีสุข',
    emergencyContact: { name: 'สมศรี ศรีสุข', phone: '+66812345678', relation: 'แม่ / mother' },
    preferredCourses: 'Robot welding cell; line maintenance', languageCertificates: [{ language: 'en', level: 'B1', issuer: 'Chao Phraya Technical College' }],
    motivation: 'I want to see how a smart factory runs every day before I finish my diploma.',
  }, { number: 'AA1234567', nationality: 'TH' }, {})
  const id = internshipApplication.id
  let revision = internshipApplication.revision
  ;({ revision } = await step(thaiOffice, id, { action: 'nominate', revision }))
  ;({ revision } = await step(enterprise, id, { action: 'accept', revision }))
  ;({ revision } = await step(kamon, id, { action: 'confirm', revision }))
  for (const key of CHECKLIST_KEYS) await as(kamon, tx => setChecklistItem(tx, kamon, id, key, { status: 'done', fileId: null, note: null }))
  await step(thaiOffice, id, { action: 'depart', revision })
  const incident = await as(kamon, tx => reportIncident(tx, kamon, id, {
    type: 'health', severity: 'low', timeZone: 'Asia/Shanghai', occurredAtLocal: `${isoDay(-3)}T19:40`,
    description: 'ข้อเท้าพลิกระหว่างเล่นฟุตบอลหลังเลิกงาน ไปคลินิกของบริษัทแล้ว พักสองวัน / Twisted my ankle playing football after work; seen at the company clinic, two days of rest.',
  }))
  await as(enterprise, tx => addIncidentNote(tx, enterprise, incident.id, '已安排导师陪同复诊，周一恢复上岗。/ Mentor went with her to the follow-up visit; back on the line on Monday.'))
  // The call closed before the internship began; the demo only opened it to take the steps above.
  await asService(db, 'demo seed: the internship call has closed', tx => tx.updateTable('calls')
    .set({ opens_at: new Date(Date.now() - 60 * day), closes_at: new Date(Date.now() - 30 * day) }).where('id', '=', callId).execute())
}
