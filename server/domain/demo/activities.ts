import { sql } from 'kysely'
import { asService, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import type { ActivityKind, ActivityState } from '../../../shared/calendar/vocabulary'
import { findActivityTransition, type ActivityAction } from '../../../shared/calendar/lifecycle'
import { wallClockToInstant } from '../time/wall-clock'
import { seriesStarts } from '../calendar/sessions'
import { DEMO_INSTITUTIONS } from './community'
import { jointTrainingProgramme } from './joint-training'

// Demo activities of the calendar (issue 15), every text in all ten languages, dates relative to today.
// The seed acts as the service, but keeps the rules a user would meet: sessions in the venue's zone, states reached
// step by step along the lifecycle (each step recorded as its organiser's), quotas within capacity.

/** The English title of the first activity: when it exists, the demo activities are there. */
export const DEMO_TRAINING_TITLE = 'Cross-cultural training week for mobility coordinators'

const cityOf = (slug: string): LocalizedText => DEMO_INSTITUTIONS.find(i => i.slug === slug)!.city as LocalizedText

interface DemoVenue {
  key: string
  institution: string
  name: LocalizedText
  address: string
  city: LocalizedText
  country: string
  timeZone: string
  rooms: { name: LocalizedText; capacity: number }[]
}

const VENUES: DemoVenue[] = [
  {
    key: 'nanning', institution: 'nanning-smart-polytechnic', country: 'CN', timeZone: 'Asia/Shanghai', city: cityOf('nanning-smart-polytechnic'),
    address: '广西南宁市西乡塘区智造大道 88 号',
    name: {
      zh: '南宁智能制造职业技术学院国际培训中心', en: 'Nanning Smart Polytechnic International Training Centre',
      id: 'Pusat Pelatihan Internasional Politeknik Manufaktur Cerdas Nanning', ms: 'Pusat Latihan Antarabangsa Politeknik Pembuatan Pintar Nanning',
      th: 'ศูนย์ฝึกอบรมนานาชาติ วิทยาลัยเทคนิคการผลิตอัจฉริยะหนานหนิง', vi: 'Trung tâm Đào tạo Quốc tế, Cao đẳng Kỹ thuật Sản xuất Thông minh Nam Ninh',
      fil: 'Pandaigdigang Sentro ng Pagsasanay ng Politeknikong Kolehiyo ng Nanning', km: 'មជ្ឈមណ្ឌលបណ្តុះបណ្តាលអន្តរជាតិ នៃវិទ្យាស្ថានពហុបច្ចេកទេសណាននីង',
      lo: 'ສູນຝຶກອົບຮົມສາກົນ ວິທະຍາໄລເຕັກນິກການຜະລິດອັດສະລິຍະໜານໜິງ', my: 'နန်နင်း စမတ်ထုတ်လုပ်ရေး ပိုလီတက်ကနစ် နိုင်ငံတကာ လေ့ကျင့်ရေးစင်တာ',
    },
    rooms: [
      {
        capacity: 40,
        name: {
          zh: '301 多功能厅', en: 'Multi-purpose hall 301', id: 'Aula serbaguna 301', ms: 'Dewan serba guna 301', th: 'ห้องอเนกประสงค์ 301',
          vi: 'Hội trường đa năng 301', fil: 'Bulwagang pangmaramihang gamit 301', km: 'សាលពហុបំណង 301', lo: 'ຫ້ອງປະຊຸມອະເນກປະສົງ 301', my: 'ဘက်စုံသုံး ခန်းမ 301',
        },
      },
      {
        capacity: 24,
        name: {
          zh: '工业机器人实训车间', en: 'Industrial robotics workshop', id: 'Bengkel robotika industri', ms: 'Bengkel robotik perindustrian', th: 'โรงฝึกหุ่นยนต์อุตสาหกรรม',
          vi: 'Xưởng thực hành robot công nghiệp', fil: 'Talyer ng robotikang pang-industriya', km: 'រោងជាងហ្វឹកហាត់មនុស្សយន្តឧស្សាហកម្ម', lo: 'ໂຮງຝຶກຫຸ່ນຍົນອຸດສາຫະກຳ', my: 'စက်မှုစက်ရုပ် လက်တွေ့ အလုပ်ရုံ',
        },
      },
    ],
  },
  {
    key: 'bangkok', institution: 'chao-phraya-technical', country: 'TH', timeZone: 'Asia/Bangkok', city: cityOf('chao-phraya-technical'),
    address: 'ถนนรัตนาธิเบศร์ ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี',
    name: {
      th: 'หอประชุมวิทยาลัยเทคนิคเจ้าพระยา', en: 'Chao Phraya Technical College Hall', zh: '湄南河技术学院礼堂',
      id: 'Aula Akademi Teknik Chao Phraya', ms: 'Dewan Kolej Teknikal Chao Phraya', vi: 'Hội trường Trường Cao đẳng Kỹ thuật Chao Phraya',
      fil: 'Bulwagan ng Teknikal na Kolehiyo ng Chao Phraya', km: 'សាលប្រជុំមហាវិទ្យាល័យបច្ចេកទេសចៅប្រាយ៉ា', lo: 'ຫໍປະຊຸມວິທະຍາໄລເຕັກນິກເຈົ້າພະຍາ',
      my: 'ချောင်ဖရားယား နည်းပညာ ကောလိပ် ခန်းမ',
    },
    rooms: [
      {
        capacity: 200,
        name: {
          th: 'ห้องประชุมใหญ่', en: 'Main auditorium', zh: '大礼堂', id: 'Auditorium utama', ms: 'Auditorium utama', vi: 'Giảng đường lớn',
          fil: 'Pangunahing awditoryum', km: 'សាលប្រជុំធំ', lo: 'ຫ້ອງປະຊຸມໃຫຍ່', my: 'ပင်မ ခန်းမကြီး',
        },
      },
      {
        capacity: 30,
        name: {
          th: 'ห้องสัมมนา 2', en: 'Seminar room 2', zh: '第二研讨室', id: 'Ruang seminar 2', ms: 'Bilik seminar 2', vi: 'Phòng hội thảo số 2',
          fil: 'Silid-seminar 2', km: 'បន្ទប់សិក្ខាសាលាលេខ 2', lo: 'ຫ້ອງສຳມະນາ 2', my: 'ဆွေးနွေးပွဲ အခန်း 2',
        },
      },
    ],
  },
  {
    key: 'vientiane', institution: 'vientiane-technical-college', country: 'LA', timeZone: 'Asia/Vientiane', city: cityOf('vientiane-technical-college'),
    address: 'ຖະໜົນກຳແພງເມືອງ, ເມືອງໄຊທານີ, ນະຄອນຫຼວງວຽງຈັນ',
    name: {
      lo: 'ວິທະຍາໄລເຕັກນິກວຽງຈັນ', en: 'Vientiane Technical College', zh: '万象技术学院', id: 'Akademi Teknik Vientiane', ms: 'Kolej Teknikal Vientiane',
      th: 'วิทยาลัยเทคนิคเวียงจันทน์', vi: 'Trường Cao đẳng Kỹ thuật Viêng Chăn', fil: 'Teknikal na Kolehiyo ng Vientiane', km: 'មហាវិទ្យាល័យបច្ចេកទេសវៀងច័ន្ទ',
      my: 'ဗီယင်ကျန်း နည်းပညာ ကောလိပ်',
    },
    rooms: [
      {
        capacity: 150,
        name: {
          lo: 'ຫໍປະຊຸມໃຫຍ່ ແລະ ເດີ່ນວັດທະນະທຳ', en: 'Assembly hall and cultural courtyard', zh: '大会堂与文化庭院', id: 'Aula pertemuan dan halaman budaya',
          ms: 'Dewan perhimpunan dan halaman budaya', th: 'หอประชุมใหญ่และลานวัฒนธรรม', vi: 'Hội trường lớn và sân văn hóa',
          fil: 'Bulwagang pagtitipon at patyong pangkultura', km: 'សាលប្រជុំធំ និងទីធ្លាវប្បធម៌', my: 'စည်းဝေးခန်းမနှင့် ယဉ်ကျေးမှု ဝင်းပြင်',
        },
      },
    ],
  },
  {
    key: 'guilin', institution: 'zhiyun-equipment', country: 'CN', timeZone: 'Asia/Shanghai', city: cityOf('zhiyun-equipment'),
    address: '广西桂林市七星区高新技术产业开发区智云路 6 号',
    name: {
      zh: '智云智能装备桂林生产基地', en: 'Zhiyun Equipment plant, Guilin', id: 'Pabrik Zhiyun di Guilin', ms: 'Kilang Zhiyun di Guilin',
      th: 'โรงงานจื้อยวิ๋น กุ้ยหลิน', vi: 'Nhà máy Trí Vân tại Quế Lâm', fil: 'Planta ng Zhiyun sa Guilin', km: 'រោងចក្រជីយុន នៅគុយលីន',
      lo: 'ໂຮງງານຈື້ຢຸນ ທີ່ກຸ້ຍລິນ', my: 'ကွေ့လင်ရှိ ကျိယွင် စက်ရုံ',
    },
    rooms: [
      {
        capacity: 40,
        name: {
          zh: '智能产线参观通道', en: 'Smart production line gallery', id: 'Galeri lini produksi cerdas', ms: 'Galeri barisan pengeluaran pintar',
          th: 'ทางเดินชมสายการผลิตอัจฉริยะ', vi: 'Hành lang tham quan dây chuyền sản xuất thông minh', fil: 'Galeriya ng matalinong linya ng produksiyon',
          km: 'ផ្លូវទស្សនាខ្សែសង្វាក់ផលិតកម្មឆ្លាតវៃ', lo: 'ທາງຍ່າງຊົມສາຍການຜະລິດອັດສະລິຍະ', my: 'စမတ်ထုတ်လုပ်ရေးလိုင်း လေ့လာကြည့်ရှုရာ လမ်းကြောင်း',
        },
      },
    ],
  },
]

export interface DemoSession { startsAtLocal: string; endsAtLocal: string; title?: LocalizedText; room?: number }

export interface DemoActivity {
  kind: ActivityKind
  /** Steps taken from draft, in the lifecycle's order. */
  steps: ActivityAction[]
  createdBy: string
  organisers: string[]
  invitees: string[]
  venue: string | null
  onlineUrl?: string
  timeZone: string
  capacity: number | null
  workingLanguages: string[]
  interpretation: boolean
  questions?: string[]
  registration?: { opensAt: Date; closesAt: Date }
  quotas?: Record<string, number>
  title: LocalizedText
  summary: LocalizedText
  description: LocalizedText
  audience: LocalizedText
  feeNote?: LocalizedText
  sessions: DemoSession[]
  /** A weekly (or daily) rule whose sessions are materialised, instead of single sessions. */
  series?: { rrule: string; firstStartsAtLocal: string; durationMinutes: number }
  registrants?: { email: string; institution: string; answers?: Record<string, string | boolean> }[]
}

/** YYYY-MM-DD, days from today (UTC). */
export function inDays(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** The Monday on or after a day. */
function mondayFrom(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const shift = (8 - date.getUTCDay()) % 7
  return inDays(shift, date)
}

/** The next Lao New Year (Pi Mai, 14 April) that is still ahead, and the Saturday before it for the celebration. */
function piMaiEve(today = new Date()): string {
  let year = today.getUTCFullYear()
  if (`${year}-04-14` <= today.toISOString().slice(0, 10)) year += 1
  const newYear = new Date(`${year}-04-14T00:00:00Z`)
  const back = ((newYear.getUTCDay() + 1) % 7) || 7
  return inDays(-back, newYear)
}

function activities(): DemoActivity[] {
  const week = mondayFrom(inDays(35))
  const webinar = [inDays(21), inDays(28)]
  const piMai = piMaiEve()
  const visit = inDays(-20)
  const draft = inDays(70)
  return [
    {
      kind: 'training', steps: ['publish', 'open_registration'], createdBy: 'office.nanning@demo.example',
      organisers: ['nanning-smart-polytechnic', 'zhiyun-equipment'],
      invitees: ['chao-phraya-technical', 'vientiane-technical-college', 'mekong-institute-technology', 'ayeyarwady-polytechnic'],
      venue: 'nanning', timeZone: 'Asia/Shanghai', capacity: 30, workingLanguages: ['zh', 'en'], interpretation: true,
      questions: ['dietary', 'visa_letter'],
      registration: { opensAt: new Date(Date.now() - 3 * 86_400_000), closesAt: wallClockToInstant(`${inDays(-14, new Date(`${week}T00:00:00Z`))}T18:00`, 'Asia/Shanghai')! },
      quotas: { 'chao-phraya-technical': 8, 'vientiane-technical-college': 8, 'mekong-institute-technology': 8 },
      series: { rrule: 'FREQ=DAILY;COUNT=5', firstStartsAtLocal: `${week}T09:00`, durationMinutes: 180 },
      sessions: [],
      registrants: [
        { email: 'partner.thai@demo.example', institution: 'chao-phraya-technical', answers: { dietary: 'ไม่ทานเนื้อวัว', visa_letter: true } },
        { email: 'student.bangkok@demo.example', institution: 'chao-phraya-technical', answers: { visa_letter: false } },
        { email: 'student.cambodia@demo.example', institution: 'mekong-institute-technology', answers: { dietary: 'អាហារបួស', visa_letter: true } },
        { email: 'student.phnompenh@demo.example', institution: 'mekong-institute-technology', answers: { visa_letter: true } },
      ],
      title: {
        zh: '面向交流项目协调人的跨文化培训周', en: DEMO_TRAINING_TITLE,
        id: 'Pekan pelatihan lintas budaya bagi koordinator mobilitas', ms: 'Minggu latihan silang budaya untuk penyelaras mobiliti',
        th: 'สัปดาห์การฝึกอบรมข้ามวัฒนธรรมสำหรับผู้ประสานงานการแลกเปลี่ยน', vi: 'Tuần tập huấn liên văn hóa dành cho điều phối viên trao đổi',
        fil: 'Linggo ng pagsasanay na pangkultura para sa mga tagapag-ugnay ng palitan', km: 'សប្តាហ៍បណ្តុះបណ្តាលឆ្លងវប្បធម៌សម្រាប់អ្នកសម្របសម្រួលការផ្លាស់ប្តូរ',
        lo: 'ອາທິດຝຶກອົບຮົມຂ້າມວັດທະນະທຳສຳລັບຜູ້ປະສານງານການແລກປ່ຽນ', my: 'ဖလှယ်ရေး ညှိနှိုင်းရေးမှူးများအတွက် ယဉ်ကျေးမှုဖြတ်ကျော် လေ့ကျင့်ရေး သီတင်းပတ်',
      },
      summary: {
        zh: '五个上午，学习如何接待、陪伴和支持来自不同文化的交流学生与教师。',
        en: 'Five mornings on welcoming, accompanying and supporting exchange students and teachers from other cultures.',
        id: 'Lima pagi tentang cara menyambut, mendampingi, dan mendukung mahasiswa serta dosen pertukaran dari budaya lain.',
        ms: 'Lima pagi tentang cara menyambut, mengiringi dan menyokong pelajar serta pensyarah pertukaran dari budaya lain.',
        th: 'ห้าช่วงเช้าว่าด้วยการต้อนรับ ดูแล และสนับสนุนนักศึกษาและครูแลกเปลี่ยนจากต่างวัฒนธรรม',
        vi: 'Năm buổi sáng về cách đón tiếp, đồng hành và hỗ trợ sinh viên, giảng viên trao đổi đến từ nền văn hóa khác.',
        fil: 'Limang umaga tungkol sa pagtanggap, pagsama at pagtulong sa mga estudyante at gurong palitan mula sa ibang kultura.',
        km: 'ប្រាំព្រឹកស្តីពីការស្វាគមន៍ ការអមដំណើរ និងការគាំទ្រនិស្សិត និងគ្រូផ្លាស់ប្តូរមកពីវប្បធម៌ផ្សេង។',
        lo: 'ຫ້າຕອນເຊົ້າກ່ຽວກັບການຕ້ອນຮັບ, ການເບິ່ງແຍງ ແລະ ການຊ່ວຍເຫຼືອນັກສຶກສາ ແລະ ຄູແລກປ່ຽນຈາກວັດທະນະທຳອື່ນ.',
        my: 'အခြားယဉ်ကျေးမှုများမှ ဖလှယ်ရေး ကျောင်းသားများနှင့် ဆရာများကို ကြိုဆို၊ အဖော်ပြုပြီး ကူညီပံ့ပိုးပုံကို နံနက်ခင်း ငါးခုတွင် လေ့လာမည်။',
      },
      description: {
        zh: '第一天：文化差异与沟通方式；第二天：签证、保险与安全；第三天：在智云装备的企业实践日；第四天：学分互认与学习协议；第五天：案例研讨与结业。每天上午 9:00–12:00（南宁时间），提供中英文同传。',
        en: 'Day 1: cultural differences and ways of communicating. Day 2: visas, insurance and safety. Day 3: a practice day at Zhiyun Equipment. Day 4: credit recognition and learning agreements. Day 5: case studies and closing. Every morning 09:00–12:00 Nanning time, with Chinese–English interpretation.',
        id: 'Hari 1: perbedaan budaya dan cara berkomunikasi. Hari 2: visa, asuransi, dan keselamatan. Hari 3: hari praktik di Zhiyun. Hari 4: pengakuan kredit dan perjanjian belajar. Hari 5: studi kasus dan penutupan. Setiap pagi pukul 09.00–12.00 waktu Nanning, dengan juru bahasa Tionghoa–Inggris.',
        ms: 'Hari 1: perbezaan budaya dan cara berkomunikasi. Hari 2: visa, insurans dan keselamatan. Hari 3: hari amali di Zhiyun. Hari 4: pengiktirafan kredit dan perjanjian pembelajaran. Hari 5: kajian kes dan penutupan. Setiap pagi 09.00–12.00 waktu Nanning, dengan jurubahasa Cina–Inggeris.',
        th: 'วันที่ 1: ความแตกต่างทางวัฒนธรรมและวิธีสื่อสาร วันที่ 2: วีซ่า ประกันภัย และความปลอดภัย วันที่ 3: วันฝึกปฏิบัติที่บริษัทจื้อยวิ๋น วันที่ 4: การเทียบโอนหน่วยกิตและข้อตกลงการเรียน วันที่ 5: กรณีศึกษาและพิธีปิด ทุกเช้าเวลา 09.00–12.00 น. ตามเวลาหนานหนิง มีล่ามจีน–อังกฤษ',
        vi: 'Ngày 1: khác biệt văn hóa và cách giao tiếp. Ngày 2: thị thực, bảo hiểm và an toàn. Ngày 3: ngày thực hành tại Trí Vân. Ngày 4: công nhận tín chỉ và thỏa thuận học tập. Ngày 5: nghiên cứu tình huống và bế mạc. Mỗi sáng 09:00–12:00 giờ Nam Ninh, có phiên dịch Trung–Anh.',
        fil: 'Unang araw: pagkakaiba ng kultura at paraan ng pakikipag-usap. Ikalawang araw: bisa, seguro at kaligtasan. Ikatlong araw: araw ng praktika sa Zhiyun. Ikaapat na araw: pagkilala ng mga kredito at kasunduan sa pag-aaral. Ikalimang araw: pag-aaral ng mga kaso at pagtatapos. Tuwing umaga, 09:00–12:00 oras sa Nanning, may tagasalin sa Tsino at Ingles.',
        km: 'ថ្ងៃទី 1៖ ភាពខុសគ្នាខាងវប្បធម៌ និងរបៀបប្រាស្រ័យទាក់ទង។ ថ្ងៃទី 2៖ ទិដ្ឋាការ ធានារ៉ាប់រង និងសុវត្ថិភាព។ ថ្ងៃទី 3៖ ថ្ងៃអនុវត្តនៅក្រុមហ៊ុនជីយុន។ ថ្ងៃទី 4៖ ការទទួលស្គាល់ក្រេឌីត និងកិច្ចព្រមព្រៀងសិក្សា។ ថ្ងៃទី 5៖ ករណីសិក្សា និងពិធីបិទ។ រៀងរាល់ព្រឹក ម៉ោង 09:00–12:00 តាមម៉ោងណាននីង មានអ្នកបកប្រែចិន–អង់គ្លេស។',
        lo: 'ມື້ທີ 1: ຄວາມແຕກຕ່າງທາງວັດທະນະທຳ ແລະ ວິທີສື່ສານ. ມື້ທີ 2: ວີຊາ, ປະກັນໄພ ແລະ ຄວາມປອດໄພ. ມື້ທີ 3: ມື້ຝຶກພາກປະຕິບັດທີ່ບໍລິສັດຈື້ຢຸນ. ມື້ທີ 4: ການຮັບຮອງໜ່ວຍກິດ ແລະ ສັນຍາການຮຽນ. ມື້ທີ 5: ກໍລະນີສຶກສາ ແລະ ພິທີປິດ. ທຸກຕອນເຊົ້າ 09:00–12:00 ຕາມເວລາໜານໜິງ, ມີນາຍພາສາຈີນ–ອັງກິດ.',
        my: 'ပထမနေ့ - ယဉ်ကျေးမှု ကွာခြားချက်များနှင့် ဆက်သွယ်ပြောဆိုပုံများ။ ဒုတိယနေ့ - ဗီဇာ၊ အာမခံနှင့် ဘေးကင်းရေး။ တတိယနေ့ - ကျိယွင် ကုမ္ပဏီတွင် လက်တွေ့ လေ့ကျင့်ရေးနေ့။ စတုတ္ထနေ့ - ခရက်ဒစ် အသိအမှတ်ပြုခြင်းနှင့် ပညာသင် သဘောတူညီချက်များ။ ပဉ္စမနေ့ - ဖြစ်ရပ်လေ့လာမှုများနှင့် ပိတ်ပွဲ။ နေ့စဉ် နံနက် 09:00–12:00 (နန်နင်း အချိန်)၊ တရုတ်–အင်္ဂလိပ် စကားပြန် ပါရှိသည်။',
      },
      audience: {
        zh: '成员院校国际交流处工作人员、交流项目协调人和学生大使。',
        en: 'International office staff, mobility coordinators and student ambassadors of member institutions.',
        id: 'Staf kantor internasional, koordinator mobilitas, dan duta mahasiswa dari institusi anggota.',
        ms: 'Kakitangan pejabat antarabangsa, penyelaras mobiliti dan duta pelajar institusi ahli.',
        th: 'เจ้าหน้าที่งานต่างประเทศ ผู้ประสานงานการแลกเปลี่ยน และนักศึกษาทูตของสถาบันสมาชิก',
        vi: 'Cán bộ phòng hợp tác quốc tế, điều phối viên trao đổi và đại sứ sinh viên của các cơ sở thành viên.',
        fil: 'Mga kawani ng tanggapang pandaigdig, mga tagapag-ugnay ng palitan at mga sugong estudyante ng mga kasaping institusyon.',
        km: 'បុគ្គលិកការិយាល័យអន្តរជាតិ អ្នកសម្របសម្រួលការផ្លាស់ប្តូរ និងឯកអគ្គរដ្ឋទូតនិស្សិតនៃស្ថាប័នសមាជិក។',
        lo: 'ພະນັກງານຫ້ອງການສາກົນ, ຜູ້ປະສານງານການແລກປ່ຽນ ແລະ ທູດນັກສຶກສາຂອງສະຖາບັນສະມາຊິກ.',
        my: 'အဖွဲ့ဝင် အဖွဲ့အစည်းများ၏ နိုင်ငံတကာရေးရာရုံး ဝန်ထမ်းများ၊ ဖလှယ်ရေး ညှိနှိုင်းရေးမှူးများနှင့် ကျောင်းသား သံတမန်များ။',
      },
      feeNote: {
        zh: '免收培训费，主办方提供午餐和住宿；往返交通由派出单位承担。',
        en: 'No fee. Lunch and lodging are provided by the organisers; the sending institution pays the travel.',
        id: 'Tanpa biaya. Makan siang dan penginapan disediakan penyelenggara; institusi pengirim menanggung perjalanan.',
        ms: 'Tiada yuran. Makan tengah hari dan penginapan disediakan oleh penganjur; institusi penghantar menanggung kos perjalanan.',
        th: 'ไม่มีค่าใช้จ่าย ผู้จัดเตรียมอาหารกลางวันและที่พักให้ สถาบันต้นสังกัดรับผิดชอบค่าเดินทาง',
        vi: 'Miễn phí. Ban tổ chức lo bữa trưa và chỗ ở; cơ sở cử người chi trả chi phí đi lại.',
        fil: 'Walang bayad. Ang tanghalian at tuluyan ay sagot ng mga tagapag-organisa; ang nagpapadalang institusyon ang magbabayad ng biyahe.',
        km: 'មិនគិតថ្លៃ។ អ្នករៀបចំផ្តល់អាហារថ្ងៃត្រង់ និងកន្លែងស្នាក់នៅ ស្ថាប័នបញ្ជូនចេញថ្លៃធ្វើដំណើរ។',
        lo: 'ບໍ່ເສຍຄ່າ. ຜູ້ຈັດກະກຽມອາຫານທ່ຽງ ແລະ ທີ່ພັກໃຫ້; ສະຖາບັນທີ່ສົ່ງມາຮັບຜິດຊອບຄ່າເດີນທາງ.',
        my: 'အခကြေးငွေ မရှိပါ။ နေ့လယ်စာနှင့် တည်းခိုရာကို စီစဉ်သူများက ပံ့ပိုးပေးပြီး ခရီးစရိတ်ကို စေလွှတ်သည့် အဖွဲ့အစည်းက ကျခံသည်။',
      },
    },
    {
      kind: 'webinar', steps: ['publish'], createdBy: 'partner.thai@demo.example',
      organisers: ['chao-phraya-technical', 'zhiyun-equipment'],
      invitees: ['red-river-tech-university', 'kinta-valley-polytechnic', 'nusantara-manufacturing-polytechnic', 'mekong-institute-technology', 'vientiane-technical-college', 'ayeyarwady-polytechnic'],
      venue: null, onlineUrl: 'https://meet.cptc.example/smart-skills', timeZone: 'Asia/Bangkok', capacity: 300,
      workingLanguages: ['en', 'th', 'zh'], interpretation: true,
      sessions: [
        {
          startsAtLocal: `${webinar[0]}T14:00`, endsAtLocal: `${webinar[0]}T15:30`,
          title: {
            zh: '第一讲：工业机器人运维技能标准', en: 'Part 1: skills standards for industrial robot maintenance',
            id: 'Bagian 1: standar keterampilan perawatan robot industri', ms: 'Bahagian 1: standard kemahiran penyelenggaraan robot perindustrian',
            th: 'ตอนที่ 1: มาตรฐานทักษะการบำรุงรักษาหุ่นยนต์อุตสาหกรรม', vi: 'Phần 1: tiêu chuẩn kỹ năng bảo trì robot công nghiệp',
            fil: 'Unang bahagi: mga pamantayan ng kasanayan sa pagpapanatili ng robot pang-industriya', km: 'ផ្នែកទី 1៖ ស្តង់ដារជំនាញថែទាំមនុស្សយន្តឧស្សាហកម្ម',
            lo: 'ພາກທີ 1: ມາດຕະຖານທັກສະການບຳລຸງຮັກສາຫຸ່ນຍົນອຸດສາຫະກຳ', my: 'အပိုင်း 1 - စက်မှုစက်ရုပ် ပြုပြင်ထိန်းသိမ်းရေး ကျွမ်းကျင်မှု စံနှုန်းများ',
          },
        },
        {
          startsAtLocal: `${webinar[1]}T14:00`, endsAtLocal: `${webinar[1]}T15:30`,
          title: {
            zh: '第二讲：智能产线技能的互认与证书', en: 'Part 2: recognising smart production line skills and certificates',
            id: 'Bagian 2: pengakuan keterampilan dan sertifikat lini produksi cerdas', ms: 'Bahagian 2: pengiktirafan kemahiran dan sijil barisan pengeluaran pintar',
            th: 'ตอนที่ 2: การรับรองทักษะและประกาศนียบัตรด้านสายการผลิตอัจฉริยะ', vi: 'Phần 2: công nhận kỹ năng và chứng chỉ về dây chuyền sản xuất thông minh',
            fil: 'Ikalawang bahagi: pagkilala sa mga kasanayan at sertipiko sa matalinong linya ng produksiyon', km: 'ផ្នែកទី 2៖ ការទទួលស្គាល់ជំនាញ និងវិញ្ញាបនបត្រខ្សែសង្វាក់ផលិតកម្មឆ្លាតវៃ',
            lo: 'ພາກທີ 2: ການຮັບຮອງທັກສະ ແລະ ໃບຢັ້ງຢືນດ້ານສາຍການຜະລິດອັດສະລິຍະ', my: 'အပိုင်း 2 - စမတ်ထုတ်လုပ်ရေးလိုင်း ကျွမ်းကျင်မှုနှင့် လက်မှတ်များကို အသိအမှတ်ပြုခြင်း',
          },
        },
      ],
      title: {
        zh: '东盟各国智能制造技能标准比较', en: 'Smart manufacturing skills standards across ASEAN',
        id: 'Standar keterampilan manufaktur cerdas di seluruh ASEAN', ms: 'Standard kemahiran pembuatan pintar di seluruh ASEAN',
        th: 'มาตรฐานทักษะการผลิตอัจฉริยะในกลุ่มประเทศอาเซียน', vi: 'Tiêu chuẩn kỹ năng sản xuất thông minh trong khối ASEAN',
        fil: 'Mga pamantayan ng kasanayan sa matalinong pagmamanupaktura sa buong ASEAN', km: 'ស្តង់ដារជំនាញផលិតកម្មឆ្លាតវៃនៅទូទាំងអាស៊ាន',
        lo: 'ມາດຕະຖານທັກສະການຜະລິດອັດສະລິຍະໃນທົ່ວອາຊຽນ', my: 'အာဆီယံတစ်ဝှမ်း စမတ်ထုတ်လုပ်ရေး ကျွမ်းကျင်မှု စံနှုန်းများ',
      },
      summary: {
        zh: '两场线上讲座：比较各国职业技能标准，探讨证书互认。',
        en: 'Two online talks comparing national occupational skills standards and how certificates can be recognised.',
        id: 'Dua ceramah daring yang membandingkan standar keterampilan kerja nasional dan cara sertifikat dapat diakui.',
        ms: 'Dua ceramah dalam talian yang membandingkan standard kemahiran pekerjaan kebangsaan dan cara sijil boleh diiktiraf.',
        th: 'การบรรยายออนไลน์สองครั้ง เปรียบเทียบมาตรฐานทักษะอาชีพของแต่ละประเทศและการรับรองประกาศนียบัตรร่วมกัน',
        vi: 'Hai buổi nói chuyện trực tuyến so sánh tiêu chuẩn kỹ năng nghề quốc gia và cách công nhận chứng chỉ.',
        fil: 'Dalawang panayam sa internet na naghahambing ng mga pambansang pamantayan ng kasanayan sa trabaho at kung paano kikilalanin ang mga sertipiko.',
        km: 'ការបង្រៀនតាមអនឡាញពីរដង ប្រៀបធៀបស្តង់ដារជំនាញវិជ្ជាជីវៈជាតិ និងរបៀបទទួលស្គាល់វិញ្ញាបនបត្រ។',
        lo: 'ການບັນຍາຍອອນລາຍສອງຄັ້ງ ປຽບທຽບມາດຕະຖານທັກສະວິຊາຊີບແຫ່ງຊາດ ແລະ ວິທີຮັບຮອງໃບຢັ້ງຢືນ.',
        my: 'အမျိုးသား အသက်မွေးဝမ်းကျောင်း ကျွမ်းကျင်မှု စံနှုန်းများကို နှိုင်းယှဉ်ပြီး လက်မှတ်များ အသိအမှတ်ပြုပုံကို ဆွေးနွေးသည့် အွန်လိုင်း ဟောပြောပွဲ နှစ်ခု။',
      },
      description: {
        zh: '湄南河技术学院与智云装备的专家介绍泰国、中国及其他东盟国家的职业技能标准，说明如何把企业岗位要求写进课程，并回答与会者提问。两场均为曼谷时间 14:00–15:30，提供中、英、泰三种语言。',
        en: 'Experts from Chao Phraya Technical College and Zhiyun Equipment present the occupational standards of Thailand, China and other ASEAN countries, show how workplace requirements become course content, and answer questions. Both talks run 14:00–15:30 Bangkok time, in Chinese, English and Thai.',
        id: 'Para ahli dari Akademi Teknik Chao Phraya dan Zhiyun memaparkan standar kerja Thailand, Tiongkok, dan negara ASEAN lainnya, menunjukkan bagaimana kebutuhan dunia kerja menjadi isi mata kuliah, lalu menjawab pertanyaan. Kedua sesi pukul 14.00–15.30 waktu Bangkok, dalam bahasa Tionghoa, Inggris, dan Thai.',
        ms: 'Pakar dari Kolej Teknikal Chao Phraya dan Zhiyun membentangkan standard pekerjaan Thailand, China dan negara ASEAN lain, menunjukkan bagaimana keperluan tempat kerja menjadi kandungan kursus, dan menjawab soalan. Kedua-dua sesi pada 14.00–15.30 waktu Bangkok, dalam bahasa Cina, Inggeris dan Thai.',
        th: 'ผู้เชี่ยวชาญจากวิทยาลัยเทคนิคเจ้าพระยาและบริษัทจื้อยวิ๋นนำเสนอมาตรฐานอาชีพของไทย จีน และประเทศอาเซียนอื่น ๆ แสดงวิธีนำความต้องการของสถานประกอบการมาเป็นเนื้อหารายวิชา และตอบคำถาม ทั้งสองครั้งเวลา 14.00–15.30 น. ตามเวลากรุงเทพฯ ใช้ภาษาจีน อังกฤษ และไทย',
        vi: 'Chuyên gia của Trường Cao đẳng Kỹ thuật Chao Phraya và Trí Vân giới thiệu tiêu chuẩn nghề của Thái Lan, Trung Quốc và các nước ASEAN khác, cho thấy yêu cầu của doanh nghiệp trở thành nội dung môn học ra sao, và giải đáp câu hỏi. Cả hai buổi diễn ra 14:00–15:30 giờ Băng Cốc, bằng tiếng Trung, tiếng Anh và tiếng Thái.',
        fil: 'Ipinakikilala ng mga dalubhasa mula sa Teknikal na Kolehiyo ng Chao Phraya at Zhiyun ang mga pamantayan sa hanapbuhay ng Thailand, Tsina at iba pang bansa sa ASEAN, ipinapakita kung paano nagiging nilalaman ng kurso ang mga hinihingi ng trabaho, at sumasagot sa mga tanong. Ang dalawang sesyon ay 14:00–15:30 oras sa Bangkok, sa wikang Tsino, Ingles at Thai.',
        km: 'អ្នកជំនាញមកពីមហាវិទ្យាល័យបច្ចេកទេសចៅប្រាយ៉ា និងក្រុមហ៊ុនជីយុន បង្ហាញស្តង់ដារវិជ្ជាជីវៈរបស់ថៃ ចិន និងប្រទេសអាស៊ានផ្សេងទៀត បង្ហាញពីរបៀបដែលតម្រូវការកន្លែងការងារក្លាយជាខ្លឹមសារមុខវិជ្ជា ហើយឆ្លើយសំណួរ។ ទាំងពីរលើកធ្វើឡើងម៉ោង 14:00–15:30 តាមម៉ោងបាងកក ជាភាសាចិន អង់គ្លេស និងថៃ។',
        lo: 'ຊ່ຽວຊານຈາກວິທະຍາໄລເຕັກນິກເຈົ້າພະຍາ ແລະ ບໍລິສັດຈື້ຢຸນ ນຳສະເໜີມາດຕະຖານອາຊີບຂອງໄທ, ຈີນ ແລະ ປະເທດອາຊຽນອື່ນໆ, ສະແດງວິທີນຳຄວາມຕ້ອງການຂອງບ່ອນເຮັດວຽກມາເປັນເນື້ອໃນວິຊາຮຽນ ແລະ ຕອບຄຳຖາມ. ທັງສອງຄັ້ງເວລາ 14:00–15:30 ຕາມເວລາບາງກອກ, ເປັນພາສາຈີນ, ອັງກິດ ແລະ ໄທ.',
        my: 'ချောင်ဖရားယား နည်းပညာ ကောလိပ်နှင့် ကျိယွင် ကုမ္ပဏီမှ ကျွမ်းကျင်သူများက ထိုင်း၊ တရုတ်နှင့် အခြား အာဆီယံနိုင်ငံများ၏ အသက်မွေးဝမ်းကျောင်း စံနှုန်းများကို တင်ပြပြီး လုပ်ငန်းခွင် လိုအပ်ချက်များ သင်ရိုးအကြောင်းအရာ ဖြစ်လာပုံကို ပြသကာ မေးခွန်းများကို ဖြေကြားမည်။ နှစ်ကြိမ်စလုံး ဘန်ကောက် အချိန် 14:00–15:30 တွင် တရုတ်၊ အင်္ဂလိပ်နှင့် ထိုင်း ဘာသာဖြင့် ကျင်းပမည်။',
      },
      audience: {
        zh: '专业教师、课程负责人和企业培训师。', en: 'Subject teachers, programme leaders and company trainers.',
        id: 'Dosen bidang keahlian, ketua program studi, dan pelatih perusahaan.', ms: 'Pensyarah bidang, ketua program dan jurulatih syarikat.',
        th: 'ครูสาขาวิชา หัวหน้าหลักสูตร และวิทยากรของสถานประกอบการ', vi: 'Giảng viên chuyên ngành, trưởng chương trình đào tạo và giảng viên doanh nghiệp.',
        fil: 'Mga guro ng asignatura, mga pinuno ng programa at mga tagapagsanay ng kompanya.', km: 'គ្រូមុខវិជ្ជា ប្រធានកម្មវិធីសិក្សា និងគ្រូបណ្តុះបណ្តាលរបស់ក្រុមហ៊ុន។',
        lo: 'ຄູສອນວິຊາສະເພາະ, ຫົວໜ້າຫຼັກສູດ ແລະ ຄູຝຶກຂອງບໍລິສັດ.', my: 'ဘာသာရပ် ဆရာများ၊ သင်ရိုးတာဝန်ခံများနှင့် ကုမ္ပဏီ သင်တန်းဆရာများ။',
      },
    },
    {
      kind: 'cultural', steps: ['publish'], createdBy: 'secretariat@demo.example',
      organisers: ['vientiane-technical-college', 'nanning-smart-polytechnic'],
      invitees: ['chao-phraya-technical', 'mekong-institute-technology', 'red-river-tech-university'],
      venue: 'vientiane', timeZone: 'Asia/Vientiane', capacity: 120, workingLanguages: ['lo', 'zh', 'th'], interpretation: false,
      sessions: [{ startsAtLocal: `${piMai}T15:00`, endsAtLocal: `${piMai}T20:00`, room: 0 }],
      title: {
        lo: 'ບຸນປີໃໝ່ລາວ: ມື້ວັດທະນະທຳສຳລັບນັກສຶກສາແລກປ່ຽນ', en: 'Pi Mai, Lao New Year: a cultural day for exchange students',
        zh: '老挝新年（泼水节）：交流学生文化日', id: 'Pi Mai, Tahun Baru Laos: hari budaya bagi mahasiswa pertukaran',
        ms: 'Pi Mai, Tahun Baharu Laos: hari kebudayaan untuk pelajar pertukaran', th: 'ปีใหม่ลาว: วันวัฒนธรรมสำหรับนักศึกษาแลกเปลี่ยน',
        vi: 'Tết Bunpimay của Lào: ngày văn hóa dành cho sinh viên trao đổi', fil: 'Bagong Taon ng Laos: araw ng kultura para sa mga estudyanteng palitan',
        km: 'ពិធីបុណ្យចូលឆ្នាំថ្មីឡាវ៖ ថ្ងៃវប្បធម៌សម្រាប់និស្សិតផ្លាស់ប្តូរ', my: 'လာအို နှစ်သစ်ကူး ပွဲတော် - ဖလှယ်ရေး ကျောင်းသားများအတွက် ယဉ်ကျေးမှုနေ့',
      },
      summary: {
        lo: 'ພິທີບາສີ, ການຫົດນ້ຳພຣະ ແລະ ອາຫານລາວ ກ່ອນວັນປີໃໝ່.',
        en: 'A baci ceremony, the blessing of Buddha images with water and Lao food, on the eve of the new year.',
        zh: '新年前夕的拴线祈福仪式、浴佛和老挝美食。',
        id: 'Upacara baci, pemercikan air pada arca Buddha, dan hidangan Laos menjelang tahun baru.',
        ms: 'Upacara baci, renjisan air ke atas patung Buddha dan hidangan Laos menjelang tahun baharu.',
        th: 'พิธีบายศรีสู่ขวัญ การสรงน้ำพระ และอาหารลาว ก่อนวันขึ้นปีใหม่',
        vi: 'Lễ buộc chỉ cổ tay baci, tắm tượng Phật và ẩm thực Lào vào dịp đón năm mới.',
        fil: 'Seremonyang baci, pagbubuhos ng tubig sa mga imahen ng Buddha at pagkaing Lao sa bisperas ng bagong taon.',
        km: 'ពិធីបាសី ការស្រោចទឹកព្រះពុទ្ធរូប និងម្ហូបឡាវ នៅមុនថ្ងៃចូលឆ្នាំថ្មី។',
        my: 'နှစ်သစ်ကူးမတိုင်မီ ဘာစီ လက်ချည်ပွဲ၊ ဗုဒ္ဓဆင်းတုတော်များကို ရေသပ္ပာယ်ပွဲနှင့် လာအို အစားအစာများ။',
      },
      description: {
        lo: 'ນັກສຶກສາ ແລະ ຄູຈາກສະຖາບັນສະມາຊິກຮ່ວມພິທີບາສີສູ່ຂວັນ, ຫົດນ້ຳພຣະ, ຮຽນຟ້ອນລຳວົງ ແລະ ແຕ່ງອາຫານລາວກັບນັກສຶກສາວິທະຍາໄລເຕັກນິກວຽງຈັນ. ກະລຸນານຸ່ງເຄື່ອງສຸພາບ ແລະ ກຽມເຄື່ອງນຸ່ງທີ່ປຽກໄດ້.',
        en: 'Students and teachers of member institutions join a baci ceremony, bless Buddha images with water, learn the lamvong dance and cook Lao dishes with students of Vientiane Technical College. Please dress modestly and bring clothes that may get wet.',
        zh: '成员院校师生与万象技术学院学生一起参加拴线祈福仪式、浴佛、学跳南旺舞并学做老挝菜。请着装得体，并准备可以被泼湿的衣服。',
        id: 'Mahasiswa dan dosen institusi anggota mengikuti upacara baci, memercikkan air pada arca Buddha, belajar tari lamvong, dan memasak hidangan Laos bersama mahasiswa Akademi Teknik Vientiane. Harap berpakaian sopan dan membawa baju yang boleh basah.',
        ms: 'Pelajar dan pensyarah institusi ahli menyertai upacara baci, merenjis air ke atas patung Buddha, belajar tarian lamvong dan memasak hidangan Laos bersama pelajar Kolej Teknikal Vientiane. Sila berpakaian sopan dan bawa pakaian yang boleh basah.',
        th: 'นักศึกษาและครูของสถาบันสมาชิกร่วมพิธีบายศรีสู่ขวัญ สรงน้ำพระ เรียนรำวง และทำอาหารลาวกับนักศึกษาวิทยาลัยเทคนิคเวียงจันทน์ โปรดแต่งกายสุภาพและเตรียมเสื้อผ้าที่เปียกได้',
        vi: 'Sinh viên và giảng viên các cơ sở thành viên tham gia lễ baci, tắm tượng Phật, học điệu múa lăm vông và nấu món ăn Lào cùng sinh viên Trường Cao đẳng Kỹ thuật Viêng Chăn. Xin ăn mặc lịch sự và mang theo quần áo có thể bị ướt.',
        fil: 'Ang mga estudyante at guro ng mga kasaping institusyon ay sasali sa seremonyang baci, magbubuhos ng tubig sa mga imahen ng Buddha, mag-aaral ng sayaw na lamvong at magluluto ng pagkaing Lao kasama ang mga estudyante ng Teknikal na Kolehiyo ng Vientiane. Magsuot ng disenteng damit at magdala ng damit na puwedeng mabasa.',
        km: 'និស្សិត និងគ្រូនៃស្ថាប័នសមាជិកចូលរួមពិធីបាសី ស្រោចទឹកព្រះពុទ្ធរូប រៀនរាំរាំវង់ និងធ្វើម្ហូបឡាវជាមួយនិស្សិតមហាវិទ្យាល័យបច្ចេកទេសវៀងច័ន្ទ។ សូមស្លៀកពាក់សមរម្យ និងយកសម្លៀកបំពាក់ដែលអាចទទឹកបាន។',
        my: 'အဖွဲ့ဝင် အဖွဲ့အစည်းများမှ ကျောင်းသားများနှင့် ဆရာများသည် ဗီယင်ကျန်း နည်းပညာ ကောလိပ် ကျောင်းသားများနှင့်အတူ ဘာစီ လက်ချည်ပွဲ၊ ဗုဒ္ဓဆင်းတုတော် ရေသပ္ပာယ်ပွဲတို့တွင် ပါဝင်ပြီး လမ်ဗုံ အကကို သင်ယူကာ လာအို ဟင်းလျာများကို ချက်ပြုတ်ကြမည်။ ယဉ်ကျေးစွာ ဝတ်ဆင်ပြီး စိုစွတ်နိုင်သော အဝတ်အစား ယူလာပါ။',
      },
      audience: {
        lo: 'ນັກສຶກສາແລກປ່ຽນ ແລະ ຄູທີ່ຢູ່ວຽງຈັນ ແລະ ທຸກຄົນທີ່ສົນໃຈ.', en: 'Exchange students and teachers in Vientiane, and anyone curious.',
        zh: '在万象的交流学生、教师以及所有感兴趣的人。', id: 'Mahasiswa dan dosen pertukaran di Vientiane, serta siapa pun yang berminat.',
        ms: 'Pelajar dan pensyarah pertukaran di Vientiane, serta sesiapa yang berminat.', th: 'นักศึกษาและครูแลกเปลี่ยนที่อยู่ในเวียงจันทน์ และผู้สนใจทุกคน',
        vi: 'Sinh viên và giảng viên trao đổi đang ở Viêng Chăn, cùng tất cả những ai quan tâm.', fil: 'Mga estudyante at gurong palitan na nasa Vientiane, at sinumang interesado.',
        km: 'និស្សិត និងគ្រូផ្លាស់ប្តូរដែលនៅវៀងច័ន្ទ និងអ្នកចាប់អារម្មណ៍ទាំងអស់។', my: 'ဗီယင်ကျန်းရှိ ဖလှယ်ရေး ကျောင်းသားများ၊ ဆရာများနှင့် စိတ်ဝင်စားသူ မည်သူမဆို။',
      },
    },
    {
      kind: 'study_visit', steps: ['publish', 'open_registration', 'close_registration', 'mark_held'], createdBy: 'enterprise@demo.example',
      organisers: ['zhiyun-equipment', 'nanning-smart-polytechnic'],
      invitees: ['red-river-tech-university', 'chao-phraya-technical', 'mekong-institute-technology'],
      venue: 'guilin', timeZone: 'Asia/Shanghai', capacity: 25, workingLanguages: ['zh', 'en'], interpretation: true,
      registration: { opensAt: new Date(Date.now() - 60 * 86_400_000), closesAt: new Date(Date.now() - 27 * 86_400_000) },
      sessions: [{ startsAtLocal: `${visit}T09:30`, endsAtLocal: `${visit}T16:30`, room: 0 }],
      registrants: [
        { email: 'teacher.nanning@demo.example', institution: 'nanning-smart-polytechnic' },
        { email: 'student.vietnam@demo.example', institution: 'red-river-tech-university' },
        { email: 'student.hanoi@demo.example', institution: 'red-river-tech-university' },
        { email: 'student.bangkok@demo.example', institution: 'chao-phraya-technical' },
      ],
      title: {
        zh: '智云装备桂林工厂参访', en: 'Study visit to the Zhiyun Equipment plant', id: 'Kunjungan studi ke pabrik Zhiyun', ms: 'Lawatan sambil belajar ke kilang Zhiyun',
        th: 'ศึกษาดูงานโรงงานจื้อยวิ๋น', vi: 'Chuyến tham quan học tập nhà máy Trí Vân', fil: 'Pagbisitang pang-aral sa planta ng Zhiyun',
        km: 'ទស្សនកិច្ចសិក្សានៅរោងចក្រជីយុន', lo: 'ການທັດສະນະສຶກສາທີ່ໂຮງງານຈື້ຢຸນ', my: 'ကျိယွင် စက်ရုံသို့ လေ့လာရေး ခရီးစဉ်',
      },
      summary: {
        zh: '一天时间参观机器人装配线和智能仓储，与企业导师交流实习岗位。',
        en: 'A day among robot assembly lines and the smart warehouse, meeting workplace mentors about internships.',
        id: 'Sehari di antara lini perakitan robot dan gudang cerdas, bertemu mentor tempat kerja tentang magang.',
        ms: 'Sehari di barisan pemasangan robot dan gudang pintar, bertemu mentor tempat kerja tentang latihan industri.',
        th: 'หนึ่งวันในสายการประกอบหุ่นยนต์และคลังสินค้าอัจฉริยะ พบพี่เลี้ยงในสถานประกอบการเรื่องการฝึกงาน',
        vi: 'Một ngày tại dây chuyền lắp ráp robot và kho thông minh, gặp người hướng dẫn doanh nghiệp về thực tập.',
        fil: 'Isang araw sa mga linya ng pagbuo ng robot at sa matalinong bodega, kasama ang mga tagapayo sa trabaho tungkol sa praktikum.',
        km: 'មួយថ្ងៃនៅខ្សែសង្វាក់ដំឡើងមនុស្សយន្ត និងឃ្លាំងឆ្លាតវៃ ជួបអ្នកណែនាំនៅកន្លែងការងារអំពីកម្មសិក្សា។',
        lo: 'ໜຶ່ງມື້ຢູ່ສາຍປະກອບຫຸ່ນຍົນ ແລະ ສາງອັດສະລິຍະ, ພົບຜູ້ຊີ້ແນະໃນບ່ອນເຮັດວຽກກ່ຽວກັບການຝຶກງານ.',
        my: 'စက်ရုပ် တပ်ဆင်ရေးလိုင်းများနှင့် စမတ်ဂိုဒေါင်တွင် တစ်ရက်ကြာ လေ့လာပြီး အလုပ်သင်ခြင်းအကြောင်း လုပ်ငန်းခွင် လမ်းညွှန်သူများနှင့် တွေ့ဆုံမည်။',
      },
      description: {
        zh: '上午参观焊接机器人装配线和智能仓储系统，下午与企业导师座谈，了解 2027 年实习岗位和安全要求。统一从南宁乘大巴往返。',
        en: 'In the morning, the welding robot assembly line and the automated warehouse; in the afternoon, a round table with workplace mentors on the 2027 internship places and safety rules. A coach runs from Nanning and back.',
        id: 'Pagi hari: lini perakitan robot las dan gudang otomatis; siang hari: diskusi meja bundar dengan mentor tempat kerja tentang tempat magang 2027 dan aturan keselamatan. Bus berangkat dari Nanning dan kembali.',
        ms: 'Pada waktu pagi: barisan pemasangan robot kimpalan dan gudang automatik; pada waktu petang: perbincangan meja bulat dengan mentor tempat kerja tentang tempat latihan industri 2027 dan peraturan keselamatan. Bas pergi dan balik dari Nanning.',
        th: 'ช่วงเช้าชมสายการประกอบหุ่นยนต์เชื่อมและคลังสินค้าอัตโนมัติ ช่วงบ่ายประชุมโต๊ะกลมกับพี่เลี้ยงเรื่องตำแหน่งฝึกงานปี 2027 และกฎความปลอดภัย มีรถบัสรับส่งจากหนานหนิง',
        vi: 'Buổi sáng tham quan dây chuyền lắp ráp robot hàn và kho tự động; buổi chiều tọa đàm với người hướng dẫn doanh nghiệp về vị trí thực tập năm 2027 và quy định an toàn. Có xe đưa đón từ Nam Ninh.',
        fil: 'Sa umaga, ang linya ng pagbuo ng robot na panghinang at ang awtomatikong bodega; sa hapon, talakayan kasama ang mga tagapayo sa trabaho tungkol sa mga puwesto sa praktikum sa 2027 at mga tuntunin sa kaligtasan. May bus mula Nanning at pabalik.',
        km: 'ពេលព្រឹក ទស្សនាខ្សែសង្វាក់ដំឡើងមនុស្សយន្តផ្សារ និងឃ្លាំងស្វ័យប្រវត្តិ ពេលរសៀល ពិភាក្សាតុមូលជាមួយអ្នកណែនាំនៅកន្លែងការងារអំពីកន្លែងកម្មសិក្សាឆ្នាំ 2027 និងវិធានសុវត្ថិភាព។ មានឡានក្រុងដឹកពីណាននីង និងត្រឡប់មកវិញ។',
        lo: 'ຕອນເຊົ້າຊົມສາຍປະກອບຫຸ່ນຍົນເຊື່ອມ ແລະ ສາງອັດຕະໂນມັດ, ຕອນບ່າຍປະຊຸມໂຕະມົນກັບຜູ້ຊີ້ແນະກ່ຽວກັບບ່ອນຝຶກງານປີ 2027 ແລະ ກົດລະບຽບຄວາມປອດໄພ. ມີລົດເມຮັບສົ່ງຈາກໜານໜິງ.',
        my: 'နံနက်ပိုင်းတွင် ဂဟေဆော်စက်ရုပ် တပ်ဆင်ရေးလိုင်းနှင့် အလိုအလျောက် ဂိုဒေါင်ကို ကြည့်ရှုပြီး နေ့လယ်ပိုင်းတွင် 2027 အလုပ်သင်နေရာများနှင့် ဘေးကင်းရေး စည်းမျဉ်းများအကြောင်း လုပ်ငန်းခွင် လမ်းညွှန်သူများနှင့် စားပွဲဝိုင်း ဆွေးနွေးမည်။ နန်နင်းမှ အသွားအပြန် ဘတ်စ်ကား ရှိသည်။',
      },
      audience: {
        zh: '机电一体化和工业机器人专业的交流学生及其指导教师。', en: 'Exchange students of mechatronics and industrial robotics and their supervising teachers.',
        id: 'Mahasiswa pertukaran mekatronika dan robotika industri beserta dosen pembimbingnya.', ms: 'Pelajar pertukaran mekatronik dan robotik perindustrian serta pensyarah penyelia mereka.',
        th: 'นักศึกษาแลกเปลี่ยนสาขาเมคคาทรอนิกส์และหุ่นยนต์อุตสาหกรรม และครูที่ปรึกษา', vi: 'Sinh viên trao đổi ngành cơ điện tử, robot công nghiệp và giảng viên hướng dẫn.',
        fil: 'Mga estudyanteng palitan sa mekatronika at robotikang pang-industriya at ang kanilang mga gurong tagapayo.', km: 'និស្សិតផ្លាស់ប្តូរផ្នែកមេកាត្រូនិក និងមនុស្សយន្តឧស្សាហកម្ម និងគ្រូណែនាំរបស់ពួកគេ។',
        lo: 'ນັກສຶກສາແລກປ່ຽນສາຂາເມັກຄາໂທຣນິກ ແລະ ຫຸ່ນຍົນອຸດສາຫະກຳ ແລະ ຄູທີ່ປຶກສາ.', my: 'မက်ကာထရောနစ်နှင့် စက်မှုစက်ရုပ်ပညာ ဖလှယ်ရေး ကျောင်းသားများနှင့် ကြီးကြပ်သည့် ဆရာများ။',
      },
      feeNote: {
        zh: '免费，含午餐和往返大巴。', en: 'Free, with lunch and the coach included.', id: 'Gratis, termasuk makan siang dan bus.', ms: 'Percuma, termasuk makan tengah hari dan bas.',
        th: 'ไม่มีค่าใช้จ่าย รวมอาหารกลางวันและรถบัส', vi: 'Miễn phí, bao gồm bữa trưa và xe đưa đón.', fil: 'Libre, kasama ang tanghalian at ang bus.',
        km: 'ឥតគិតថ្លៃ រួមទាំងអាហារថ្ងៃត្រង់ និងឡានក្រុង។', lo: 'ບໍ່ເສຍຄ່າ, ລວມອາຫານທ່ຽງ ແລະ ລົດເມ.', my: 'အခမဲ့ဖြစ်ပြီး နေ့လယ်စာနှင့် ဘတ်စ်ကား ပါဝင်သည်။',
      },
    },
    {
      kind: 'seminar', steps: [], createdBy: 'partner.thai@demo.example',
      organisers: ['chao-phraya-technical', 'nanning-smart-polytechnic'], invitees: ['kinta-valley-polytechnic', 'nusantara-manufacturing-polytechnic'],
      venue: 'bangkok', timeZone: 'Asia/Bangkok', capacity: 30, workingLanguages: ['th', 'zh', 'en'], interpretation: true,
      sessions: [{ startsAtLocal: `${draft}T13:30`, endsAtLocal: `${draft}T17:00`, room: 1 }],
      title: {
        th: 'สัมมนาการสอนเมคคาทรอนิกส์ระบบทวิภาคี (ร่าง)', en: 'Seminar on dual-system teaching in mechatronics (draft)', zh: '机电一体化双元制教学研讨会（草案）',
        id: 'Seminar pengajaran sistem ganda di bidang mekatronika (draf)', ms: 'Seminar pengajaran sistem dwi dalam mekatronik (draf)',
        vi: 'Hội thảo về đào tạo song hành ngành cơ điện tử (bản nháp)', fil: 'Seminar sa dalawahang sistema ng pagtuturo ng mekatronika (burador)',
        km: 'សិក្ខាសាលាស្តីពីការបង្រៀនប្រព័ន្ធទ្វេផ្នែកមេកាត្រូនិក (សេចក្តីព្រាង)', lo: 'ສຳມະນາການສອນເມັກຄາໂທຣນິກລະບົບທະວິພາຄີ (ຮ່າງ)',
        my: 'မက်ကာထရောနစ် နှစ်ထပ်စနစ် သင်ကြားရေး ဆွေးနွေးပွဲ (မူကြမ်း)',
      },
      summary: {
        th: 'ครูจากไทยและจีนแลกเปลี่ยนวิธีแบ่งเวลาเรียนระหว่างวิทยาลัยกับสถานประกอบการ', en: 'Thai and Chinese teachers compare how they split learning between college and workplace.',
        zh: '泰中两国教师交流如何在学校与企业之间分配学习时间。', id: 'Guru Thailand dan Tiongkok membandingkan pembagian waktu belajar antara kampus dan tempat kerja.',
        ms: 'Guru Thailand dan China membandingkan cara membahagikan masa belajar antara kolej dan tempat kerja.', vi: 'Giáo viên Thái Lan và Trung Quốc so sánh cách phân chia thời gian học giữa trường và doanh nghiệp.',
        fil: 'Inihahambing ng mga gurong Thai at Tsino kung paano nila hinahati ang pag-aaral sa kolehiyo at sa trabaho.', km: 'គ្រូថៃ និងចិនប្រៀបធៀបរបៀបបែងចែកការសិក្សារវាងមហាវិទ្យាល័យ និងកន្លែងការងារ។',
        lo: 'ຄູໄທ ແລະ ຈີນ ປຽບທຽບວິທີແບ່ງເວລາຮຽນລະຫວ່າງວິທະຍາໄລ ແລະ ບ່ອນເຮັດວຽກ.', my: 'ထိုင်းနှင့် တရုတ် ဆရာများက ကောလိပ်နှင့် လုပ်ငန်းခွင်အကြား သင်ယူချိန် ခွဲဝေပုံကို နှိုင်းယှဉ်ကြမည်။',
      },
      description: {
        th: 'ร่างโปรแกรม ยังไม่เผยแพร่: กำลังยืนยันวิทยากรและห้อง', en: 'Draft programme, not yet published: speakers and room still being confirmed.',
        zh: '议程草案，尚未发布：演讲人和会场仍在确认中。', id: 'Draf acara, belum diterbitkan: pembicara dan ruangan masih dikonfirmasi.',
        ms: 'Draf program, belum diterbitkan: penceramah dan bilik masih disahkan.', vi: 'Chương trình dự thảo, chưa công bố: đang xác nhận diễn giả và phòng.',
        fil: 'Burador ng programa, hindi pa nalalathala: kinukumpirma pa ang mga tagapagsalita at silid.', km: 'សេចក្តីព្រាងកម្មវិធី មិនទាន់ផ្សព្វផ្សាយ៖ កំពុងបញ្ជាក់វាគ្មិន និងបន្ទប់។',
        lo: 'ຮ່າງໂຄງການ, ຍັງບໍ່ເຜີຍແຜ່: ກຳລັງຢືນຢັນຜູ້ບັນຍາຍ ແລະ ຫ້ອງ.', my: 'မူကြမ်း အစီအစဉ်ဖြစ်ပြီး မထုတ်ပြန်ရသေးပါ - ဟောပြောသူများနှင့် အခန်းကို အတည်ပြုဆဲ။',
      },
      audience: {
        th: 'ครูสาขาเมคคาทรอนิกส์', en: 'Mechatronics teachers.', zh: '机电一体化专业教师。', id: 'Guru mekatronika.', ms: 'Guru mekatronik.',
        vi: 'Giáo viên ngành cơ điện tử.', fil: 'Mga guro ng mekatronika.', km: 'គ្រូផ្នែកមេកាត្រូនិក។', lo: 'ຄູສາຂາເມັກຄາໂທຣນິກ.', my: 'မက်ကာထရောနစ် ဆရာများ။',
      },
    },
    jointTrainingProgramme(inDays),
  ]
}

/** Takes the lifecycle's steps in order from draft, each recorded as its organiser's (the database's guard lets the service through). */
async function takeSteps(tx: Tx, activityId: string, actorId: string, steps: ActivityAction[]): Promise<ActivityState> {
  let state: ActivityState = 'draft'
  let revision = 1
  for (const action of steps) {
    const step = findActivityTransition(action, state)
    if (!step) throw new Error(`demo activity: ${action} is no step from ${state}`)
    revision += 1
    await tx.updateTable('activities').set({ state: step.to, revision, updated_at: new Date() }).where('id', '=', activityId).execute()
    await tx.insertInto('activity_events').values({ activity_id: activityId, actor_id: actorId, action, from_state: state, to_state: step.to, reason: null }).execute()
    state = step.to
  }
  return state
}

function addMinutesLocal(local: string, minutes: number): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  return new Date(Date.UTC(y, mo - 1, d, h, mi + minutes)).toISOString().slice(0, 16)
}

const at = (local: string, zone: string): Date => {
  const instant = wallClockToInstant(local, zone)
  if (!instant) throw new Error(`demo activity: no instant for ${local} in ${zone}`)
  return instant
}

export interface SeedIds {
  people: Map<string, string>
  institutions: Map<string, string>
  venues: Map<string, { id: string; rooms: string[]; zone: string }>
}

export async function seedActivity(tx: Tx, a: DemoActivity, ids: SeedIds) {
  const venue = a.venue ? ids.venues.get(a.venue)! : null
  if (venue && venue.zone !== a.timeZone) throw new Error('demo activity: a physical activity keeps its venue\'s zone')
  const createdBy = ids.people.get(a.createdBy)!
  const row = await tx.insertInto('activities').values({
    kind: a.kind, title: JSON.stringify(a.title), summary: JSON.stringify(a.summary), description: JSON.stringify(a.description),
    audience: JSON.stringify(a.audience), fee_note: JSON.stringify(a.feeNote ?? {}), working_languages: a.workingLanguages,
    interpretation: a.interpretation, mode: venue ? 'physical' : 'online', venue_id: venue?.id ?? null, online_url: a.onlineUrl ?? null,
    time_zone: a.timeZone, capacity: a.capacity, questions: a.questions ?? [], created_by: createdBy,
    registration_opens_at: a.registration?.opensAt ?? null, registration_closes_at: a.registration?.closesAt ?? null,
  }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('activity_organisers').values(a.organisers.map(slug => ({ activity_id: row.id, institution_id: ids.institutions.get(slug)! }))).execute()
  await tx.insertInto('activity_invitees').values(a.invitees.map(slug => ({ activity_id: row.id, institution_id: ids.institutions.get(slug)! }))).execute()

  // Sessions while the activity is still a draft, as an organiser schedules them.
  const session = (s: DemoSession, seriesId: string | null) => ({
    activity_id: row.id, title: JSON.stringify(s.title ?? {}), time_zone: a.timeZone,
    starts_at: at(s.startsAtLocal, a.timeZone), ends_at: at(s.endsAtLocal, a.timeZone),
    room_id: venue && s.room !== undefined ? venue.rooms[s.room]! : null, online_url: venue ? null : a.onlineUrl ?? null, series_id: seriesId,
  })
  const rows = a.sessions.map(s => session(s, null))
  if (a.series) {
    const first = at(a.series.firstStartsAtLocal, a.timeZone)
    const series = await tx.insertInto('activity_series').values({
      activity_id: row.id, rrule: a.series.rrule, first_starts_at: first, duration_minutes: a.series.durationMinutes, time_zone: a.timeZone, exceptions: [],
    }).returning('id').executeTakeFirstOrThrow()
    const { durationMinutes } = a.series
    for (const local of seriesStarts({ ...a.series, exceptions: [] })) {
      rows.push(session({ startsAtLocal: local, endsAtLocal: addMinutesLocal(local, durationMinutes), room: 0 }, series.id))
    }
  }
  const sessionIds = (await tx.insertInto('activity_sessions').values(rows).returning('id').execute()).map(s => s.id)

  if (a.quotas) {
    await tx.insertInto('activity_quotas').values(Object.entries(a.quotas).map(([slug, places]) => ({
      activity_id: row.id, institution_id: ids.institutions.get(slug)!, places,
    }))).execute()
  }
  // Registrations are made while registration is open, then the activity goes on along its steps.
  const registerAt = a.registration ? new Date(a.registration.opensAt.getTime() + 86_400_000) : new Date()
  const registrationIds: string[] = []
  for (const r of a.registrants ?? []) {
    const reg = await tx.insertInto('registrations').values({
      activity_id: row.id, person_id: ids.people.get(r.email)!, institution_id: ids.institutions.get(r.institution)!, state: 'confirmed',
      registered_by: ids.people.get(r.email)!, created_at: registerAt, updated_at: registerAt,
    }).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('registration_answers').values({ registration_id: reg.id, answers: JSON.stringify(r.answers ?? {}) }).execute()
    registrationIds.push(reg.id)
  }
  const state = await takeSteps(tx, row.id, createdBy, a.steps)
  // An activity that was held has its attendance: everyone came to every session but the last registrant, who did not come.
  if (state === 'held') {
    const checkedInBy = ids.people.get('office.nanning@demo.example')!
    await tx.insertInto('attendance').values(registrationIds.slice(0, -1).flatMap(id => rows.map((s, i) => ({
      registration_id: id, session_id: sessionIds[i]!, checked_in_at: new Date(s.starts_at.getTime() - 10 * 60_000), checked_in_by: checkedInBy,
    })))).execute()
  }
  return row.id
}

/** The demo people, institutions and venues (with their rooms) already in the database, for a seed that comes later. */
export async function existingSeedIds(tx: Tx): Promise<SeedIds> {
  const people = new Map((await tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute()).map(p => [p.email, p.id]))
  const institutions = new Map((await tx.selectFrom('institutions').select(['id', 'slug']).execute()).map(i => [i.slug, i.id]))
  const venues = new Map<string, { id: string; rooms: string[]; zone: string }>()
  for (const v of VENUES) {
    const venue = await tx.selectFrom('venues').select(['id', 'time_zone']).where(sql<boolean>`name->>'en' = ${v.name.en}`).executeTakeFirst()
    if (!venue) continue
    const rooms = await tx.selectFrom('rooms').select(['id', sql<string>`name->>'en'`.as('name')]).where('venue_id', '=', venue.id).execute()
    const roomId = new Map(rooms.map(r => [r.name, r.id]))
    venues.set(v.key, { id: venue.id, rooms: v.rooms.map(r => roomId.get(r.name.en!)!).filter(Boolean), zone: venue.time_zone })
  }
  return { people, institutions, venues }
}

/**
 * Demo activities of the calendar: venues with rooms, a training week open for registration with quotas and
 * registrations, a webinar, a cultural day around Lao New Year, a study visit and a joint training programme already held,
 * and one draft. Once.
 */
export async function seedDemoActivities(db: Db): Promise<void> {
  await asService(db, 'demo seed', async (tx) => {
    const exists = await tx.selectFrom('activities').select('id').where(sql<boolean>`title->>'en' = ${DEMO_TRAINING_TITLE}`).executeTakeFirst()
    if (exists) return
    const people = new Map((await tx.selectFrom('profiles').select(['id', 'email']).where('email', 'like', '%@demo.example').execute()).map(p => [p.email, p.id]))
    const institutions = new Map((await tx.selectFrom('institutions').select(['id', 'slug']).execute()).map(i => [i.slug, i.id]))
    const all = activities()
    const needed = all.flatMap(a => [a.createdBy, ...(a.registrants ?? []).map(r => r.email)])
    const places = [...VENUES.map(v => v.institution), ...all.flatMap(a => [...a.organisers, ...a.invitees])]
    if (!needed.every(e => people.has(e)) || !places.every(s => institutions.has(s)) || !people.has('office.nanning@demo.example')) return
    const venues = new Map<string, { id: string; rooms: string[]; zone: string }>()
    for (const v of VENUES) {
      const venue = await tx.insertInto('venues').values({
        institution_id: institutions.get(v.institution)!, name: JSON.stringify(v.name), address: v.address, city: JSON.stringify(v.city),
        country: v.country, time_zone: v.timeZone,
      }).returning('id').executeTakeFirstOrThrow()
      const rooms = await tx.insertInto('rooms').values(v.rooms.map(r => ({ venue_id: venue.id, name: JSON.stringify(r.name), capacity: r.capacity })))
        .returning('id').execute()
      venues.set(v.key, { id: venue.id, rooms: rooms.map(r => r.id), zone: v.timeZone })
    }
    for (const a of all) await seedActivity(tx, a, { people, institutions, venues })
  })
}
