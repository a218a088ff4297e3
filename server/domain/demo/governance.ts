import { sql } from 'kysely'
import { asService, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import type { BodyKind } from '../../../shared/governance/vocabulary'
import { wallClockToInstant } from '../time/wall-clock'

interface DemoBody { kind: BodyKind; name: LocalizedText; mandate: LocalizedText; seats: { email: string; institution: string; position: LocalizedText }[] }

const CHAIR = { zh: '主席', en: 'Chair', th: 'ประธาน', vi: 'Chủ tịch' }
const VICE_CHAIR = { zh: '副主席', en: 'Vice-chair', th: 'รองประธาน', vi: 'Phó Chủ tịch' }
const MEMBER = { zh: '成员', en: 'Member', th: 'กรรมการ', vi: 'Thành viên' }

const BODIES: DemoBody[] = [
  {
    kind: 'council',
    name: { zh: '共同体理事会', en: 'Community Council', th: 'สภาประชาคม', vi: 'Hội đồng Cộng đồng' },
    mandate: {
      zh: '审议共同体章程、年度活动计划和年度总结报告，决定成员单位的加入与退出。',
      en: 'Adopts the charter, the annual activity plan and the annual summary report, and decides on members joining and leaving.',
      th: 'พิจารณาธรรมนูญ แผนกิจกรรมประจำปี และรายงานสรุปประจำปี และตัดสินการเข้าและออกของสถาบันสมาชิก',
      vi: 'Thông qua điều lệ, kế hoạch hoạt động hằng năm và báo cáo tổng kết năm; quyết định việc gia nhập và rút khỏi của thành viên.',
    },
    seats: [
      { email: 'office.nanning@demo.example', institution: 'nanning-smart-polytechnic', position: CHAIR },
      { email: 'partner.thai@demo.example', institution: 'chao-phraya-technical', position: VICE_CHAIR },
      { email: 'enterprise@demo.example', institution: 'zhiyun-equipment', position: MEMBER },
      { email: 'secretariat@demo.example', institution: 'nanning-smart-polytechnic', position: { zh: '秘书长', en: 'Secretary-General', th: 'เลขาธิการ', vi: 'Tổng Thư ký' } },
    ],
  },
  {
    kind: 'executive_committee',
    name: { zh: '执行委员会', en: 'Executive Committee', th: 'คณะกรรมการบริหาร', vi: 'Ủy ban Điều hành' },
    mandate: {
      zh: '在理事会闭会期间执行理事会决议，审定年度活动计划的实施。',
      en: 'Carries out the council’s decisions between its sessions and steers the annual activity plan.',
      th: 'ดำเนินการตามมติของสภาในระหว่างสมัยประชุม และกำกับแผนกิจกรรมประจำปี',
      vi: 'Thực hiện các nghị quyết của Hội đồng giữa các kỳ họp và chỉ đạo kế hoạch hoạt động hằng năm.',
    },
    seats: [
      { email: 'office.nanning@demo.example', institution: 'nanning-smart-polytechnic', position: CHAIR },
      { email: 'enterprise@demo.example', institution: 'zhiyun-equipment', position: MEMBER },
    ],
  },
  {
    kind: 'secretariat',
    name: { zh: '共同体秘书处', en: 'Community Secretariat', th: 'สำนักเลขาธิการประชาคม', vi: 'Ban Thư ký Cộng đồng' },
    mandate: {
      zh: '负责日常工作：成员联络、会议组织、协议管理和监测指标。',
      en: 'Runs the day-to-day work: member relations, meetings, agreements and monitoring indicators.',
      th: 'ดูแลงานประจำวัน: การประสานสมาชิก การจัดประชุม ข้อตกลง และตัวชี้วัดการติดตาม',
      vi: 'Phụ trách công việc hằng ngày: liên lạc thành viên, tổ chức họp, quản lý thỏa thuận và chỉ số giám sát.',
    },
    seats: [{ email: 'secretariat@demo.example', institution: 'nanning-smart-polytechnic', position: { zh: '秘书长', en: 'Secretary-General', th: 'เลขาธิการ', vi: 'Tổng Thư ký' } }],
  },
  {
    kind: 'working_group',
    name: { zh: '学分互认工作组', en: 'Working Group on Credit Recognition', th: 'คณะทำงานด้านการเทียบโอนหน่วยกิต', vi: 'Nhóm công tác về Công nhận Tín chỉ' },
    mandate: {
      zh: '制定学分互认规则和学习协议模板。',
      en: 'Drafts the rules for mutual credit recognition and the learning agreement template.',
      th: 'ร่างหลักเกณฑ์การเทียบโอนหน่วยกิตร่วมกันและแบบฟอร์มข้อตกลงการเรียน',
      vi: 'Soạn thảo quy tắc công nhận tín chỉ lẫn nhau và mẫu thỏa thuận học tập.',
    },
    seats: [
      { email: 'partner.thai@demo.example', institution: 'chao-phraya-technical', position: CHAIR },
      { email: 'enterprise@demo.example', institution: 'zhiyun-equipment', position: MEMBER },
    ],
  },
]

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

async function seedBody(tx: Tx, body: DemoBody, ids: { people: Map<string, string>; institutions: Map<string, string> }) {
  const row = await tx.insertInto('governance_bodies').values({ kind: body.kind, name: JSON.stringify(body.name), mandate: JSON.stringify(body.mandate) })
    .returning('id').executeTakeFirstOrThrow()
  for (const seat of body.seats) {
    await tx.insertInto('body_members').values({
      body_id: row.id, user_id: ids.people.get(seat.email)!, institution_id: ids.institutions.get(seat.institution)!,
      position: JSON.stringify(seat.position), term_start: inDays(-200), term_end: inDays(3 * 365),
    }).execute()
  }
  return row.id
}

/** Demo governance bodies with members from the demo accounts and one upcoming council meeting; once. */
export async function seedDemoGovernance(db: Db): Promise<void> {
  await asService(db, 'demo seed', async (tx) => {
    const exists = await tx.selectFrom('governance_bodies').select('id').where(sql<boolean>`name->>'en' = 'Community Council'`).executeTakeFirst()
    if (exists) return
    const people = new Map((await tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute()).map(p => [p.email, p.id]))
    const institutions = new Map((await tx.selectFrom('institutions').select(['id', 'slug']).execute()).map(i => [i.slug, i.id]))
    if (!BODIES.every(b => b.seats.every(s => people.has(s.email) && institutions.has(s.institution)))) return
    let councilId = ''
    for (const body of BODIES) {
      const id = await seedBody(tx, body, { people, institutions })
      if (body.kind === 'council') councilId = id
    }
    const timeZone = 'Asia/Bangkok'
    await tx.insertInto('meetings').values({
      body_id: councilId, time_zone: timeZone, duration_minutes: 180, starts_at: wallClockToInstant(`${inDays(30)}T09:30`, timeZone)!,
      title: JSON.stringify({ zh: '2027年度理事会全体会议', en: 'Council plenary 2027', th: 'การประชุมใหญ่สภาประจำปี 2027', vi: 'Phiên họp toàn thể Hội đồng năm 2027' }),
      location: JSON.stringify({ zh: '暖武里·湄南河技术学院', en: 'Chao Phraya Technical College, Nonthaburi', th: 'วิทยาลัยเทคนิคเจ้าพระยา นนทบุรี' }),
      agenda: JSON.stringify({
        zh: '1. 审议2027年度活动计划\n2. 审议新成员单位加入申请\n3. 学分互认工作组进展报告\n4. 其他事项',
        en: '1. Annual activity plan 2027\n2. Requests to join from new member institutions\n3. Progress report of the working group on credit recognition\n4. Any other business',
        th: '1. แผนกิจกรรมประจำปี 2027\n2. คำขอเข้าร่วมของสถาบันสมาชิกใหม่\n3. รายงานความคืบหน้าของคณะทำงานด้านการเทียบโอนหน่วยกิต\n4. เรื่องอื่น ๆ',
        vi: '1. Kế hoạch hoạt động năm 2027\n2. Đơn xin gia nhập của các thành viên mới\n3. Báo cáo tiến độ của nhóm công tác về công nhận tín chỉ\n4. Các vấn đề khác',
      }),
      minutes: JSON.stringify({}),
    }).execute()
  })
}
