import type { Db } from '../../db/connect'
import { asService } from '../../db/as-user'
import type { LocalizedText } from '../../../shared/localized-text'
import type { CourseTerm } from '../../../shared/courses/catalogue'

/**
 * A few course units of two demo catalogues — Nanning Smart Polytechnic (credits in 学分, 16 contact hours each) and
 * Mekong Institute of Technology (Cambodian credits) — with titles and descriptions in all ten languages, so the
 * public catalogue, its search and the language fallback can be seen. Runs after the community seed; idempotent.
 */
interface DemoUnit {
  institution: string
  code: string
  title: LocalizedText
  description: LocalizedText
  outcomes: LocalizedText
  credits: number
  contactHours: number
  workloadHours: number
  eqfLevel: number
  iscedLevel: number
  iscedField: string
  languages: string[]
  term: CourseTerm
}

const NANNING = 'nanning-smart-polytechnic'
const MEKONG = 'mekong-institute-technology'

export const DEMO_COURSE_UNITS: DemoUnit[] = [
  {
    institution: NANNING, code: 'ROB2101', credits: 3, contactHours: 48, workloadHours: 96, eqfLevel: 5, iscedLevel: 5, iscedField: '0714', languages: ['zh', 'en'], term: 'autumn',
    title: { zh: '工业机器人编程', en: 'Industrial robot programming', id: 'Pemrograman robot industri', ms: 'Pengaturcaraan robot industri', th: 'การเขียนโปรแกรมหุ่นยนต์อุตสาหกรรม',
      vi: 'Lập trình robot công nghiệp', fil: 'Pagpoprograma ng robot pang-industriya', km: 'ការសរសេរកម្មវិធីរ៉ូបូតឧស្សាហកម្ម', lo: 'ການຂຽນໂປຣແກຣມຫຸ່ນຍົນອຸດສາຫະກຳ', my: 'စက်မှုစက်ရုပ် ပရိုဂရမ်ရေးသားခြင်း' },
    description: { zh: '在实训车间中示教、编程和调试六轴工业机器人。', en: 'Teaching, programming and commissioning six-axis industrial robots in the training workshop.',
      id: 'Mengajar, memprogram, dan menguji robot industri enam sumbu di bengkel pelatihan.', ms: 'Mengajar, mengaturcara dan mentauliahkan robot industri enam paksi di bengkel latihan.',
      th: 'การสอน การเขียนโปรแกรม และการทดสอบหุ่นยนต์อุตสาหกรรมหกแกนในโรงฝึกงาน', vi: 'Dạy, lập trình và vận hành thử robot công nghiệp sáu trục tại xưởng thực hành.',
      fil: 'Pagtuturo, pagpoprograma at pagsubok ng anim na aksis na robot pang-industriya sa training workshop.', km: 'ការបង្រៀន សរសេរកម្មវិធី និងដំណើរការរ៉ូបូតឧស្សាហកម្មប្រាំមួយអ័ក្សនៅក្នុងរោងជាងហ្វឹកហាត់។',
      lo: 'ການສອນ, ການຂຽນໂປຣແກຣມ ແລະ ການທົດລອງຫຸ່ນຍົນອຸດສາຫະກຳຫົກແກນໃນໂຮງຝຶກງານ.', my: 'လေ့ကျင့်ရေး အလုပ်ရုံတွင် ဝင်ရိုးခြောက်ခု စက်မှုစက်ရုပ်များကို သင်ကြားခြင်း၊ ပရိုဂရမ်ရေးခြင်းနှင့် စမ်းသပ်လည်ပတ်ခြင်း။' },
    outcomes: { zh: '能独立完成搬运、码垛工作站的编程与调试。', en: 'Programs and commissions a handling and palletising cell on their own.' },
  },
  {
    institution: NANNING, code: 'PLC1203', credits: 2, contactHours: 32, workloadHours: 64, eqfLevel: 5, iscedLevel: 5, iscedField: '0713', languages: ['zh'], term: 'spring',
    title: { zh: 'PLC 控制技术', en: 'PLC control technology', id: 'Teknologi kendali PLC', ms: 'Teknologi kawalan PLC', th: 'เทคโนโลยีการควบคุมด้วย PLC', vi: 'Công nghệ điều khiển PLC',
      fil: 'Teknolohiya ng kontrol na PLC', km: 'បច្ចេកវិទ្យាត្រួតពិនិត្យ PLC', lo: 'ເຕັກໂນໂລຊີການຄວບຄຸມ PLC', my: 'PLC ထိန်းချုပ်မှု နည်းပညာ' },
    description: { zh: '可编程控制器的接线、梯形图编程与故障排除。', en: 'Wiring, ladder-logic programming and troubleshooting of programmable logic controllers.',
      id: 'Pengkabelan, pemrograman ladder, dan pemecahan masalah PLC.', ms: 'Pendawaian, pengaturcaraan ladder dan penyelesaian masalah PLC.',
      th: 'การเดินสาย การเขียนโปรแกรมแลดเดอร์ และการแก้ไขปัญหา PLC', vi: 'Đấu dây, lập trình ladder và xử lý sự cố bộ điều khiển PLC.',
      fil: 'Pagkakabit ng kable, pagpoprograma ng ladder logic at pag-troubleshoot ng PLC.', km: 'ការតខ្សែ ការសរសេរកម្មវិធី ladder និងការដោះស្រាយបញ្ហា PLC។',
      lo: 'ການຕໍ່ສາຍ, ການຂຽນໂປຣແກຣມ ladder ແລະ ການແກ້ໄຂບັນຫາ PLC.', my: 'PLC ကြိုးသွယ်ခြင်း၊ ladder ပရိုဂရမ်ရေးခြင်းနှင့် ပြဿနာဖြေရှင်းခြင်း။' },
    outcomes: { zh: '能设计并调试简单的顺序控制系统。', en: 'Designs and debugs a simple sequential control system.' },
  },
  {
    institution: NANNING, code: 'CHN1001', credits: 4, contactHours: 64, workloadHours: 128, eqfLevel: 4, iscedLevel: 5, iscedField: '0231', languages: ['zh'], term: 'full_year',
    title: { zh: '国际学生汉语', en: 'Chinese for international students', id: 'Bahasa Mandarin untuk mahasiswa internasional', ms: 'Bahasa Cina untuk pelajar antarabangsa',
      th: 'ภาษาจีนสำหรับนักศึกษาต่างชาติ', vi: 'Tiếng Trung cho sinh viên quốc tế', fil: 'Wikang Tsino para sa mga internasyonal na mag-aaral', km: 'ភាសាចិនសម្រាប់និស្សិតអន្តរជាតិ',
      lo: 'ພາສາຈີນສຳລັບນັກສຶກສາຕ່າງປະເທດ', my: 'နိုင်ငံတကာ ကျောင်းသားများအတွက် တရုတ်ဘာသာ' },
    description: { zh: '面向交换生的日常与专业汉语，HSK 三级水平。', en: 'Everyday and technical Chinese for exchange students, to HSK level 3.',
      id: 'Bahasa Mandarin sehari-hari dan teknis untuk mahasiswa pertukaran, hingga HSK 3.', ms: 'Bahasa Cina harian dan teknikal untuk pelajar pertukaran, hingga HSK 3.',
      th: 'ภาษาจีนในชีวิตประจำวันและภาษาจีนเชิงเทคนิคสำหรับนักศึกษาแลกเปลี่ยน ถึงระดับ HSK 3', vi: 'Tiếng Trung giao tiếp và chuyên ngành cho sinh viên trao đổi, đến trình độ HSK 3.',
      fil: 'Pang-araw-araw at teknikal na Tsino para sa mga exchange student, hanggang HSK 3.', km: 'ភាសាចិនប្រចាំថ្ងៃ និងបច្ចេកទេសសម្រាប់និស្សិតផ្លាស់ប្ដូរ ដល់កម្រិត HSK 3។',
      lo: 'ພາສາຈີນປະຈຳວັນ ແລະ ດ້ານວິຊາການສຳລັບນັກສຶກສາແລກປ່ຽນ, ເຖິງລະດັບ HSK 3.', my: 'ဖလှယ်ရေး ကျောင်းသားများအတွက် နေ့စဉ်သုံးနှင့် နည်းပညာ တရုတ်ဘာသာ၊ HSK အဆင့် ၃ အထိ။' },
    outcomes: { zh: '能在实训和生活中用汉语沟通。', en: 'Communicates in Chinese in the workshop and in daily life.' },
  },
  {
    institution: MEKONG, code: 'CS2203', credits: 3, contactHours: 45, workloadHours: 135, eqfLevel: 6, iscedLevel: 6, iscedField: '0613', languages: ['km', 'en'], term: 'autumn',
    title: { zh: '数据结构与算法', en: 'Data structures and algorithms', id: 'Struktur data dan algoritma', ms: 'Struktur data dan algoritma', th: 'โครงสร้างข้อมูลและอัลกอริทึม',
      vi: 'Cấu trúc dữ liệu và giải thuật', fil: 'Mga istruktura ng datos at algoritmo', km: 'រចនាសម្ព័ន្ធទិន្នន័យ និងក្បួនដោះស្រាយ', lo: 'ໂຄງສ້າງຂໍ້ມູນ ແລະ ອັລກໍຣິທຶມ', my: 'ဒေတာဖွဲ့စည်းပုံနှင့် အယ်လဂိုရီသမ်များ' },
    description: { zh: '列表、树、图与排序搜索算法，以 Python 实现。', en: 'Lists, trees, graphs, sorting and searching, implemented in Python.',
      id: 'List, pohon, graf, pengurutan dan pencarian, diimplementasikan dengan Python.', ms: 'Senarai, pokok, graf, pengisihan dan carian, dilaksanakan dalam Python.',
      th: 'ลิสต์ ต้นไม้ กราฟ การเรียงลำดับและการค้นหา เขียนด้วย Python', vi: 'Danh sách, cây, đồ thị, sắp xếp và tìm kiếm, cài đặt bằng Python.',
      fil: 'Mga listahan, puno, graph, pag-uuri at paghahanap, ipinatupad sa Python.', km: 'បញ្ជី ដើមឈើ ក្រាហ្វ ការតម្រៀប និងការស្វែងរក សរសេរជាភាសា Python។',
      lo: 'ລາຍການ, ຕົ້ນໄມ້, ກຣາຟ, ການຈັດລຽງ ແລະ ການຄົ້ນຫາ, ຂຽນດ້ວຍ Python.', my: 'စာရင်း၊ သစ်ပင်၊ ဂရပ်၊ စီခြင်းနှင့် ရှာဖွေခြင်း၊ Python ဖြင့် ရေးသားသည်။' },
    outcomes: { km: 'ជ្រើសរើស និងអនុវត្តរចនាសម្ព័ន្ធទិន្នន័យសមស្របសម្រាប់បញ្ហាមួយ។', en: 'Chooses and implements a suitable data structure for a problem.' },
  },
  {
    institution: MEKONG, code: 'KHM1101', credits: 2, contactHours: 30, workloadHours: 90, eqfLevel: 5, iscedLevel: 6, iscedField: '0232', languages: ['km'], term: 'spring',
    title: { zh: '高棉语言与文化', en: 'Khmer language and culture', id: 'Bahasa dan budaya Khmer', ms: 'Bahasa dan budaya Khmer', th: 'ภาษาและวัฒนธรรมเขมร', vi: 'Ngôn ngữ và văn hóa Khmer',
      fil: 'Wika at kultura ng Khmer', km: 'ភាសា និងវប្បធម៌ខ្មែរ', lo: 'ພາສາ ແລະ ວັດທະນະທຳຂະເໝນ', my: 'ခမာ ဘာသာစကားနှင့် ယဉ်ကျေးမှု' },
    description: { zh: '面向来访学生的高棉语入门与柬埔寨文化。', en: 'An introduction to Khmer and Cambodian culture for visiting students.',
      id: 'Pengantar bahasa Khmer dan budaya Kamboja untuk mahasiswa tamu.', ms: 'Pengenalan bahasa Khmer dan budaya Kemboja untuk pelajar pelawat.',
      th: 'ความรู้เบื้องต้นภาษาเขมรและวัฒนธรรมกัมพูชาสำหรับนักศึกษาที่มาเยือน', vi: 'Nhập môn tiếng Khmer và văn hóa Campuchia cho sinh viên đến học.',
      fil: 'Panimula sa Khmer at kultura ng Cambodia para sa mga bumibisitang mag-aaral.', km: 'សេចក្ដីផ្ដើមអំពីភាសាខ្មែរ និងវប្បធម៌កម្ពុជាសម្រាប់និស្សិតមកទស្សនកិច្ច។',
      lo: 'ພື້ນຖານພາສາຂະເໝນ ແລະ ວັດທະນະທຳກຳປູເຈຍສຳລັບນັກສຶກສາທີ່ມາຢ້ຽມຢາມ.', my: 'လာရောက်လေ့လာသော ကျောင်းသားများအတွက် ခမာဘာသာနှင့် ကမ္ဘောဒီးယား ယဉ်ကျေးမှု မိတ်ဆက်။' },
    outcomes: { km: 'សន្ទនាប្រចាំថ្ងៃជាភាសាខ្មែរបាន។', en: 'Holds everyday conversations in Khmer.' },
  },
  {
    institution: MEKONG, code: 'EE3105', credits: 3, contactHours: 60, workloadHours: 135, eqfLevel: 6, iscedLevel: 6, iscedField: '0713', languages: ['en'], term: 'autumn',
    title: { zh: '可再生能源系统', en: 'Renewable energy systems', id: 'Sistem energi terbarukan', ms: 'Sistem tenaga boleh diperbaharui', th: 'ระบบพลังงานหมุนเวียน',
      vi: 'Hệ thống năng lượng tái tạo', fil: 'Mga sistema ng renewable energy', km: 'ប្រព័ន្ធថាមពលកកើតឡើងវិញ', lo: 'ລະບົບພະລັງງານທົດແທນ', my: 'ပြန်လည်ပြည့်ဖြိုးမြဲ စွမ်းအင်စနစ်များ' },
    description: { zh: '太阳能光伏与小水电系统的设计、安装与并网。', en: 'Design, installation and grid connection of solar PV and small hydro systems.',
      id: 'Desain, instalasi, dan koneksi jaringan sistem PLTS dan mikrohidro.', ms: 'Reka bentuk, pemasangan dan sambungan grid sistem solar PV dan hidro kecil.',
      th: 'การออกแบบ การติดตั้ง และการเชื่อมต่อโครงข่ายของระบบโซลาร์เซลล์และไฟฟ้าพลังน้ำขนาดเล็ก', vi: 'Thiết kế, lắp đặt và hòa lưới hệ thống điện mặt trời và thủy điện nhỏ.',
      fil: 'Disenyo, pagkakabit at koneksyon sa grid ng solar PV at maliit na hydro.', km: 'ការរចនា ការដំឡើង និងការតភ្ជាប់បណ្ដាញនៃប្រព័ន្ធសូឡា និងវារីអគ្គិសនីខ្នាតតូច។',
      lo: 'ການອອກແບບ, ການຕິດຕັ້ງ ແລະ ການເຊື່ອມຕໍ່ຕາຂ່າຍຂອງລະບົບແສງຕາເວັນ ແລະ ໄຟຟ້ານ້ຳຕົກຂະໜາດນ້ອຍ.', my: 'နေရောင်ခြည် PV နှင့် ရေအားလျှပ်စစ် အသေးစား စနစ်များ၏ ဒီဇိုင်း၊ တပ်ဆင်ခြင်းနှင့် ဓာတ်အားလိုင်း ချိတ်ဆက်ခြင်း။' },
    outcomes: { km: 'រចនាប្រព័ន្ធសូឡាលើដំបូលសម្រាប់សាលារៀន។', en: 'Designs a rooftop PV system for a school.' },
  },
]

/** Adds the demo units of institutions that exist, leaving any unit already there (by code) as it is. */
export async function seedDemoCourses(db: Db): Promise<number> {
  return asService(db, 'demo seed', async (tx) => {
    const institutions = new Map((await tx.selectFrom('institutions').select(['id', 'slug']).where('slug', 'in', [NANNING, MEKONG]).execute()).map(i => [i.slug, i.id]))
    const rows = DEMO_COURSE_UNITS.filter(u => institutions.has(u.institution)).map(u => ({
      institution_id: institutions.get(u.institution)!, code: u.code, title: JSON.stringify(u.title), description: JSON.stringify(u.description),
      learning_outcomes: JSON.stringify(u.outcomes), credits: u.credits, contact_hours: u.contactHours, workload_hours: u.workloadHours,
      eqf_level: u.eqfLevel, isced_level: u.iscedLevel, isced_field: u.iscedField, languages: u.languages, term: u.term,
    }))
    if (!rows.length) return 0
    const inserted = await tx.insertInto('course_units').values(rows).onConflict(oc => oc.columns(['institution_id', 'code']).doNothing()).returning('id').execute()
    return inserted.length
  })
}
