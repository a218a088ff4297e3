import { sql } from 'kysely'
import { asService, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import type { BodyKind } from '../../../shared/governance/vocabulary'
import { wallClockToInstant } from '../time/wall-clock'

interface DemoBody { kind: BodyKind; name: LocalizedText; mandate: LocalizedText; seats: { email: string; institution: string; position: LocalizedText }[] }

const CHAIR = { zh: '主席', en: 'Chair', id: 'Ketua', ms: 'Pengerusi', th: 'ประธาน', vi: 'Chủ tịch', fil: 'Tagapangulo', km: 'ប្រធាន', lo: 'ປະທານ', my: 'ဥက္ကဋ္ဌ' }
const VICE_CHAIR = {
  zh: '副主席', en: 'Vice-chair', id: 'Wakil Ketua', ms: 'Naib Pengerusi', th: 'รองประธาน', vi: 'Phó Chủ tịch',
  fil: 'Pangalawang Tagapangulo', km: 'អនុប្រធាន', lo: 'ຮອງປະທານ', my: 'ဒုတိယဥက္ကဋ္ဌ',
}
const MEMBER = { zh: '成员', en: 'Member', id: 'Anggota', ms: 'Ahli', th: 'กรรมการ', vi: 'Thành viên', fil: 'Kasapi', km: 'សមាជិក', lo: 'ສະມາຊິກ', my: 'အဖွဲ့ဝင်' }
const SECRETARY_GENERAL = {
  zh: '秘书长', en: 'Secretary-General', id: 'Sekretaris Jenderal', ms: 'Setiausaha Agung', th: 'เลขาธิการ', vi: 'Tổng Thư ký',
  fil: 'Pangkalahatang Kalihim', km: 'អគ្គលេខាធិការ', lo: 'ເລຂາທິການໃຫຍ່', my: 'အထွေထွေ အတွင်းရေးမှူး',
}

const BODIES: DemoBody[] = [
  {
    kind: 'council',
    name: {
      zh: '共同体理事会', en: 'Community Council', id: 'Dewan Komunitas', ms: 'Majlis Komuniti', th: 'สภาประชาคม', vi: 'Hội đồng Cộng đồng',
      fil: 'Konseho ng Komunidad', km: 'ក្រុមប្រឹក្សាសហគមន៍', lo: 'ສະພາປະຊາຄົມ', my: 'အသိုင်းအဝိုင်း ကောင်စီ',
    },
    mandate: {
      zh: '审议共同体章程、年度活动计划和年度总结报告，决定成员单位的加入与退出。',
      en: 'Adopts the charter, the annual activity plan and the annual summary report, and decides on members joining and leaving.',
      id: 'Mengesahkan piagam, rencana kegiatan tahunan, dan laporan ringkasan tahunan, serta memutuskan masuk dan keluarnya anggota.',
      ms: 'Meluluskan piagam, pelan aktiviti tahunan dan laporan ringkasan tahunan, serta memutuskan kemasukan dan penarikan diri ahli.',
      th: 'พิจารณาธรรมนูญ แผนกิจกรรมประจำปี และรายงานสรุปประจำปี และตัดสินการเข้าและออกของสถาบันสมาชิก',
      vi: 'Thông qua điều lệ, kế hoạch hoạt động hằng năm và báo cáo tổng kết năm; quyết định việc gia nhập và rút khỏi của thành viên.',
      fil: 'Nagpapatibay ng karta, ng taunang plano ng mga gawain at ng taunang ulat-buod, at nagpapasya sa pagsali at pag-alis ng mga kasapi.',
      km: 'អនុម័តធម្មនុញ្ញ ផែនការសកម្មភាពប្រចាំឆ្នាំ និងរបាយការណ៍សង្ខេបប្រចាំឆ្នាំ ហើយសម្រេចលើការចូល និងការដកខ្លួនរបស់សមាជិក។',
      lo: 'ຮັບຮອງກົດລະບຽບ, ແຜນກິດຈະກຳປະຈຳປີ ແລະ ບົດລາຍງານສະຫຼຸບປະຈຳປີ, ແລະ ຕັດສິນການເຂົ້າ ແລະ ການອອກຂອງສະມາຊິກ.',
      my: 'ပဋိညာဉ်စာတမ်း၊ နှစ်စဉ် လုပ်ငန်းစီမံချက်နှင့် နှစ်စဉ် အနှစ်ချုပ် အစီရင်ခံစာကို အတည်ပြုပြီး အဖွဲ့ဝင်များ ဝင်ရောက်ခြင်းနှင့် နုတ်ထွက်ခြင်းကို ဆုံးဖြတ်သည်။',
    },
    seats: [
      { email: 'office.nanning@demo.example', institution: 'nanning-smart-polytechnic', position: CHAIR },
      { email: 'partner.thai@demo.example', institution: 'chao-phraya-technical', position: VICE_CHAIR },
      { email: 'enterprise@demo.example', institution: 'zhiyun-equipment', position: MEMBER },
      { email: 'secretariat@demo.example', institution: 'nanning-smart-polytechnic', position: SECRETARY_GENERAL },
    ],
  },
  {
    kind: 'executive_committee',
    name: {
      zh: '执行委员会', en: 'Executive Committee', id: 'Komite Eksekutif', ms: 'Jawatankuasa Eksekutif', th: 'คณะกรรมการบริหาร', vi: 'Ủy ban Điều hành',
      fil: 'Komiteng Tagapagpaganap', km: 'គណៈកម្មាធិការប្រតិបត្តិ', lo: 'ຄະນະກຳມະການບໍລິຫານ', my: 'အမှုဆောင် ကော်မတီ',
    },
    mandate: {
      zh: '在理事会闭会期间执行理事会决议，审定年度活动计划的实施。',
      en: 'Carries out the council’s decisions between its sessions and steers the annual activity plan.',
      id: 'Melaksanakan keputusan dewan di antara sidang-sidangnya dan mengarahkan rencana kegiatan tahunan.',
      ms: 'Melaksanakan keputusan majlis di antara sesi mesyuaratnya dan mengemudi pelan aktiviti tahunan.',
      th: 'ดำเนินการตามมติของสภาในระหว่างสมัยประชุม และกำกับแผนกิจกรรมประจำปี',
      vi: 'Thực hiện các nghị quyết của Hội đồng giữa các kỳ họp và chỉ đạo kế hoạch hoạt động hằng năm.',
      fil: 'Isinasakatuparan ang mga pasya ng konseho sa pagitan ng mga sesyon nito at pinangangasiwaan ang taunang plano ng mga gawain.',
      km: 'អនុវត្តសេចក្តីសម្រេចរបស់ក្រុមប្រឹក្សារវាងសម័យប្រជុំ និងដឹកនាំការអនុវត្តផែនការសកម្មភាពប្រចាំឆ្នាំ។',
      lo: 'ປະຕິບັດມະຕິຂອງສະພາໃນລະຫວ່າງກອງປະຊຸມ ແລະ ຊີ້ນຳແຜນກິດຈະກຳປະຈຳປີ.',
      my: 'ကောင်စီ အစည်းအဝေးများကြားကာလတွင် ကောင်စီ၏ ဆုံးဖြတ်ချက်များကို အကောင်အထည်ဖော်ပြီး နှစ်စဉ် လုပ်ငန်းစီမံချက်ကို ဦးဆောင်သည်။',
    },
    seats: [
      { email: 'office.nanning@demo.example', institution: 'nanning-smart-polytechnic', position: CHAIR },
      { email: 'enterprise@demo.example', institution: 'zhiyun-equipment', position: MEMBER },
    ],
  },
  {
    kind: 'secretariat',
    name: {
      zh: '共同体秘书处', en: 'Community Secretariat', id: 'Sekretariat Komunitas', ms: 'Sekretariat Komuniti', th: 'สำนักเลขาธิการประชาคม', vi: 'Ban Thư ký Cộng đồng',
      fil: 'Sekretaryat ng Komunidad', km: 'លេខាធិការដ្ឋានសហគមន៍', lo: 'ກອງເລຂາທິການປະຊາຄົມ', my: 'အသိုင်းအဝိုင်း အတွင်းရေးမှူးရုံး',
    },
    mandate: {
      zh: '负责日常工作：成员联络、会议组织、协议管理和监测指标。',
      en: 'Runs the day-to-day work: member relations, meetings, agreements and monitoring indicators.',
      id: 'Menjalankan pekerjaan sehari-hari: hubungan dengan anggota, rapat, perjanjian, dan indikator pemantauan.',
      ms: 'Menguruskan kerja harian: hubungan ahli, mesyuarat, perjanjian dan penunjuk pemantauan.',
      th: 'ดูแลงานประจำวัน: การประสานสมาชิก การจัดประชุม ข้อตกลง และตัวชี้วัดการติดตาม',
      vi: 'Phụ trách công việc hằng ngày: liên lạc thành viên, tổ chức họp, quản lý thỏa thuận và chỉ số giám sát.',
      fil: 'Nangangasiwa sa pang-araw-araw na gawain: ugnayan sa mga kasapi, mga pulong, mga kasunduan at mga panukat sa pagsubaybay.',
      km: 'ទទួលបន្ទុកការងារប្រចាំថ្ងៃ៖ ទំនាក់ទំនងសមាជិក ការរៀបចំកិច្ចប្រជុំ កិច្ចព្រមព្រៀង និងសូចនាករតាមដាន។',
      lo: 'ຮັບຜິດຊອບວຽກງານປະຈຳວັນ: ການປະສານງານກັບສະມາຊິກ, ການຈັດກອງປະຊຸມ, ສັນຍາ ແລະ ຕົວຊີ້ວັດການຕິດຕາມ.',
      my: 'နေ့စဉ် လုပ်ငန်းများကို ဆောင်ရွက်သည် - အဖွဲ့ဝင် ဆက်ဆံရေး၊ အစည်းအဝေးများ၊ သဘောတူညီချက်များနှင့် စောင့်ကြည့်ရေး ညွှန်ကိန်းများ။',
    },
    seats: [{ email: 'secretariat@demo.example', institution: 'nanning-smart-polytechnic', position: SECRETARY_GENERAL }],
  },
  {
    kind: 'working_group',
    name: {
      zh: '学分互认工作组', en: 'Working Group on Credit Recognition', id: 'Kelompok Kerja Pengakuan Kredit', ms: 'Kumpulan Kerja Pengiktirafan Kredit',
      th: 'คณะทำงานด้านการเทียบโอนหน่วยกิต', vi: 'Nhóm công tác về Công nhận Tín chỉ', fil: 'Pangkat na Gumagawa sa Pagkilala ng mga Kredito',
      km: 'ក្រុមការងារទទួលស្គាល់ក្រេឌីត', lo: 'ຄະນະເຮັດວຽກດ້ານການຮັບຮອງໜ່ວຍກິດ', my: 'ခရက်ဒစ် အသိအမှတ်ပြုရေး လုပ်ငန်းအဖွဲ့',
    },
    mandate: {
      zh: '制定学分互认规则和学习协议模板。',
      en: 'Drafts the rules for mutual credit recognition and the learning agreement template.',
      id: 'Menyusun aturan pengakuan kredit secara timbal balik dan templat perjanjian belajar.',
      ms: 'Merangka peraturan pengiktirafan kredit bersama dan templat perjanjian pembelajaran.',
      th: 'ร่างหลักเกณฑ์การเทียบโอนหน่วยกิตร่วมกันและแบบฟอร์มข้อตกลงการเรียน',
      vi: 'Soạn thảo quy tắc công nhận tín chỉ lẫn nhau và mẫu thỏa thuận học tập.',
      fil: 'Bumabalangkas ng mga tuntunin sa magkatuwang na pagkilala ng mga kredito at ng huwaran ng kasunduan sa pag-aaral.',
      km: 'រៀបចំសេចក្តីព្រាងវិធាននៃការទទួលស្គាល់ក្រេឌីតទៅវិញទៅមក និងគំរូកិច្ចព្រមព្រៀងសិក្សា។',
      lo: 'ຮ່າງລະບຽບການຮັບຮອງໜ່ວຍກິດເຊິ່ງກັນ ແລະ ກັນ ແລະ ແບບຟອມສັນຍາການຮຽນ.',
      my: 'အပြန်အလှန် ခရက်ဒစ် အသိအမှတ်ပြုရေး စည်းမျဉ်းများနှင့် ပညာသင်ကြားမှု သဘောတူညီချက် ပုံစံကို ရေးဆွဲသည်။',
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
      title: JSON.stringify({
        zh: '2027年度理事会全体会议', en: 'Council plenary 2027', id: 'Sidang pleno Dewan 2027', ms: 'Mesyuarat agung Majlis 2027',
        th: 'การประชุมใหญ่สภาประจำปี 2027', vi: 'Phiên họp toàn thể Hội đồng năm 2027', fil: 'Pangkalahatang pulong ng Konseho 2027',
        km: 'កិច្ចប្រជុំពេញអង្គក្រុមប្រឹក្សា ឆ្នាំ 2027', lo: 'ກອງປະຊຸມໃຫຍ່ສະພາ ປີ 2027', my: '2027 ခုနှစ် ကောင်စီ အစည်းအဝေးကြီး',
      }),
      location: JSON.stringify({
        zh: '暖武里·湄南河技术学院', en: 'Chao Phraya Technical College, Nonthaburi', id: 'Akademi Teknik Chao Phraya, Nonthaburi',
        ms: 'Kolej Teknikal Chao Phraya, Nonthaburi', th: 'วิทยาลัยเทคนิคเจ้าพระยา นนทบุรี', vi: 'Trường Cao đẳng Kỹ thuật Chao Phraya, Nonthaburi',
        fil: 'Teknikal na Kolehiyo ng Chao Phraya, Nonthaburi', km: 'មហាវិទ្យាល័យបច្ចេកទេសចៅប្រាយ៉ា នន្ទបុរី', lo: 'ວິທະຍາໄລເຕັກນິກເຈົ້າພະຍາ, ນົນທະບຸລີ',
        my: 'ချောင်ဖရားယား နည်းပညာ ကောလိပ်၊ နွန်ထဘူရီ',
      }),
      agenda: JSON.stringify({
        zh: '1. 审议2027年度活动计划\n2. 审议新成员单位加入申请\n3. 学分互认工作组进展报告\n4. 其他事项',
        en: '1. Annual activity plan 2027\n2. Requests to join from new member institutions\n3. Progress report of the working group on credit recognition\n4. Any other business',
        id: '1. Rencana kegiatan tahunan 2027\n2. Permohonan bergabung dari institusi anggota baru\n3. Laporan kemajuan kelompok kerja pengakuan kredit\n4. Lain-lain',
        ms: '1. Pelan aktiviti tahunan 2027\n2. Permohonan menyertai daripada institusi ahli baharu\n3. Laporan kemajuan kumpulan kerja pengiktirafan kredit\n4. Hal-hal lain',
        th: '1. แผนกิจกรรมประจำปี 2027\n2. คำขอเข้าร่วมของสถาบันสมาชิกใหม่\n3. รายงานความคืบหน้าของคณะทำงานด้านการเทียบโอนหน่วยกิต\n4. เรื่องอื่น ๆ',
        vi: '1. Kế hoạch hoạt động năm 2027\n2. Đơn xin gia nhập của các thành viên mới\n3. Báo cáo tiến độ của nhóm công tác về công nhận tín chỉ\n4. Các vấn đề khác',
        fil: '1. Taunang plano ng mga gawain para sa 2027\n2. Mga kahilingang sumali ng mga bagong kasaping institusyon\n3. Ulat sa pag-usad ng pangkat na gumagawa sa pagkilala ng mga kredito\n4. Iba pang usapin',
        km: '1. ផែនការសកម្មភាពប្រចាំឆ្នាំ 2027\n2. សំណើចូលជាសមាជិករបស់ស្ថាប័នថ្មី\n3. របាយការណ៍វឌ្ឍនភាពរបស់ក្រុមការងារទទួលស្គាល់ក្រេឌីត\n4. បញ្ហាផ្សេងៗ',
        lo: '1. ແຜນກິດຈະກຳປະຈຳປີ 2027\n2. ຄຳຮ້ອງຂໍເຂົ້າຮ່ວມຂອງສະຖາບັນສະມາຊິກໃໝ່\n3. ບົດລາຍງານຄວາມຄືບໜ້າຂອງຄະນະເຮັດວຽກດ້ານການຮັບຮອງໜ່ວຍກິດ\n4. ບັນຫາອື່ນໆ',
        my: '1. 2027 ခုနှစ် နှစ်စဉ် လုပ်ငန်းစီမံချက်\n2. အဖွဲ့ဝင် အဖွဲ့အစည်းသစ်များ၏ ဝင်ရောက်ခွင့် လျှောက်ထားချက်များ\n3. ခရက်ဒစ် အသိအမှတ်ပြုရေး လုပ်ငန်းအဖွဲ့၏ တိုးတက်မှု အစီရင်ခံစာ\n4. အခြားကိစ္စများ',
      }),
      minutes: JSON.stringify({}),
    }).execute()
  })
}
