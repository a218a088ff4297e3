import { ACTIVITY_KINDS } from '../../calendar/vocabulary'
import { LOCALE_CODES, type LocaleCode } from '../../locales'
import { FORM_SCHEMA_ID, type FormDefinition, type Option } from '../form-definition'
import { CHOOSE_ALL, NO, type TemplateText } from './scales'

// The community's regular needs survey: the secretariat sends it to every member institution each year and
// the answers feed the next annual activity plan (kinds, topics, languages, months, budget, enterprises).

/** Options from per-locale lists written side by side (same order in every locale). */
function optionsFrom(ids: readonly string[], names: Record<LocaleCode, readonly string[]>): Option[] {
  return ids.map((id, i) => ({ id, label: Object.fromEntries(LOCALE_CODES.map(code => [code, names[code][i]])) as TemplateText }))
}

const ACTIVITY_KIND_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['培训', '文化活动', '研讨会和工作坊', '网络研讨会', '考察访问', '学术会议'],
  en: ['Training courses', 'Cultural activities', 'Seminars and workshops', 'Webinars', 'Study visits', 'Academic conferences'],
  id: ['Pelatihan', 'Kegiatan budaya', 'Seminar dan lokakarya', 'Seminar daring', 'Kunjungan studi', 'Konferensi akademik'],
  ms: ['Latihan', 'Aktiviti kebudayaan', 'Seminar dan bengkel', 'Seminar dalam talian', 'Lawatan sambil belajar', 'Persidangan akademik'],
  th: ['การอบรม', 'กิจกรรมทางวัฒนธรรม', 'การสัมมนาและการประชุมเชิงปฏิบัติการ', 'การสัมมนาออนไลน์', 'การศึกษาดูงาน', 'การประชุมวิชาการ'],
  vi: ['Tập huấn', 'Hoạt động văn hóa', 'Hội thảo và tọa đàm', 'Hội thảo trực tuyến', 'Chuyến tham quan học tập', 'Hội nghị khoa học'],
  fil: ['Pagsasanay', 'Mga gawaing pangkultura', 'Mga seminar at palihan', 'Mga webinar', 'Mga pagbisitang pang-aral', 'Mga kumperensiyang akademiko'],
  km: ['វគ្គបណ្ដុះបណ្ដាល', 'សកម្មភាពវប្បធម៌', 'សិក្ខាសាលា និងវគ្គពិភាក្សាការងារ', 'សិក្ខាសាលាតាមអនឡាញ', 'ទស្សនកិច្ចសិក្សា', 'សន្និសីទសិក្សា'],
  lo: ['ການຝຶກອົບຮົມ', 'ກິດຈະກຳວັດທະນະທຳ', 'ການສຳມະນາ ແລະ ກອງປະຊຸມປຶກສາຫາລື', 'ການສຳມະນາອອນລາຍ', 'ການທັດສະນະສຶກສາ', 'ກອງປະຊຸມວິຊາການ'],
  my: ['သင်တန်း', 'ယဉ်ကျေးမှု လှုပ်ရှားမှုများ', 'ဆွေးနွေးပွဲနှင့် အလုပ်ရုံဆွေးနွေးပွဲ', 'အွန်လိုင်း ဆွေးနွေးပွဲ', 'လေ့လာရေးခရီး', 'ပညာရပ်ဆိုင်ရာ ညီလာခံ'],
}

const TOPIC_IDS = ['cross_cultural', 'languages', 'dual_teachers', 'curriculum', 'credit_recognition', 'digital', 'internships', 'green_industries'] as const
const TOPIC_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['跨文化沟通', '中文或东盟国家语言学习', '双师型教师培养', '课程与职业技能标准', '学分互认与联合证书', '数字技能与在线教学', '企业实习与岗位实践', '绿色与可持续产业'],
  en: [
    'Cross-cultural communication', 'Chinese or ASEAN language learning', 'Dual-qualified teacher development', 'Curriculum and skills standards',
    'Credit recognition and joint certificates', 'Digital skills and online teaching', 'Internships and work placements with enterprises', 'Green and sustainable industries',
  ],
  id: [
    'Komunikasi lintas budaya', 'Pembelajaran bahasa Mandarin atau bahasa ASEAN', 'Pengembangan guru berkualifikasi ganda (akademik dan industri)', 'Kurikulum dan standar keterampilan',
    'Pengakuan kredit dan sertifikat bersama', 'Keterampilan digital dan pengajaran daring', 'Magang dan penempatan kerja di perusahaan', 'Industri hijau dan berkelanjutan',
  ],
  ms: [
    'Komunikasi silang budaya', 'Pembelajaran bahasa Cina atau bahasa ASEAN', 'Pembangunan pengajar berkelayakan dwi (akademik dan industri)', 'Kurikulum dan standard kemahiran',
    'Pengiktirafan kredit dan sijil bersama', 'Kemahiran digital dan pengajaran dalam talian', 'Latihan industri dan penempatan kerja di syarikat', 'Industri hijau dan mampan',
  ],
  th: [
    'การสื่อสารข้ามวัฒนธรรม', 'การเรียนภาษาจีนหรือภาษาในอาเซียน', 'การพัฒนาครูสองสมรรถนะ (วิชาการและสถานประกอบการ)', 'หลักสูตรและมาตรฐานทักษะ',
    'การเทียบโอนหน่วยกิตและประกาศนียบัตรร่วม', 'ทักษะดิจิทัลและการสอนออนไลน์', 'การฝึกงานและฝึกปฏิบัติในสถานประกอบการ', 'อุตสาหกรรมสีเขียวและยั่งยืน',
  ],
  vi: [
    'Giao tiếp liên văn hóa', 'Học tiếng Trung hoặc ngôn ngữ ASEAN', 'Phát triển giáo viên “hai năng lực” (sư phạm và nghề)', 'Chương trình đào tạo và tiêu chuẩn kỹ năng',
    'Công nhận tín chỉ và chứng chỉ liên kết', 'Kỹ năng số và giảng dạy trực tuyến', 'Thực tập và thực hành tại doanh nghiệp', 'Ngành công nghiệp xanh và bền vững',
  ],
  fil: [
    'Komunikasyong interkultural', 'Pag-aaral ng wikang Tsino o mga wika ng ASEAN', 'Pagpapaunlad ng gurong may dalawang kwalipikasyon (akademiko at industriya)',
    'Kurikulum at pamantayan ng kasanayan', 'Pagkilala sa kredito at magkasamang sertipiko', 'Digital na kasanayan at pagtuturo online',
    'Internship at pagsasanay sa trabaho sa mga kompanya', 'Luntian at napapanatiling industriya',
  ],
  km: [
    'ការប្រាស្រ័យទាក់ទងអន្តរវប្បធម៌', 'ការរៀនភាសាចិន ឬភាសាអាស៊ាន', 'ការអភិវឌ្ឍគ្រូមានគុណវុឌ្ឍិទ្វេ (សិក្សា និងឧស្សាហកម្ម)', 'កម្មវិធីសិក្សា និងស្តង់ដារជំនាញ',
    'ការទទួលស្គាល់ក្រេឌីត និងវិញ្ញាបនបត្ររួម', 'ជំនាញឌីជីថល និងការបង្រៀនតាមអនឡាញ', 'កម្មសិក្សា និងការអនុវត្តការងារនៅសហគ្រាស', 'ឧស្សាហកម្មបៃតង និងប្រកបដោយចីរភាព',
  ],
  lo: [
    'ການສື່ສານຂ້າມວັດທະນະທຳ', 'ການຮຽນພາສາຈີນ ຫຼື ພາສາອາຊຽນ', 'ການພັດທະນາຄູສອງຄຸນວຸດທິ (ວິຊາການ ແລະ ອຸດສາຫະກຳ)', 'ຫຼັກສູດ ແລະ ມາດຕະຖານທັກສະ',
    'ການຮັບຮູ້ໜ່ວຍກິດ ແລະ ໃບຢັ້ງຢືນຮ່ວມ', 'ທັກສະດິຈິຕອນ ແລະ ການສອນອອນລາຍ', 'ການຝຶກງານ ແລະ ການຝຶກປະຕິບັດໃນວິສາຫະກິດ', 'ອຸດສາຫະກຳສີຂຽວ ແລະ ຍືນຍົງ',
  ],
  my: [
    'ယဉ်ကျေးမှုဖြတ်ကျော် ဆက်သွယ်ပြောဆိုခြင်း', 'တရုတ်ဘာသာ သို့မဟုတ် အာဆီယံဘာသာစကား သင်ယူခြင်း', 'နှစ်ဘက်အရည်အချင်းရှိ ဆရာ ဖွံ့ဖြိုးရေး (ပညာရေးနှင့် စက်မှုလုပ်ငန်း)',
    'သင်ရိုးညွှန်းတမ်းနှင့် ကျွမ်းကျင်မှုစံနှုန်း', 'ခရက်ဒစ် အသိအမှတ်ပြုခြင်းနှင့် ပူးတွဲလက်မှတ်', 'ဒစ်ဂျစ်တယ်ကျွမ်းကျင်မှုနှင့် အွန်လိုင်းသင်ကြားခြင်း',
    'လုပ်ငန်းများတွင် အလုပ်သင်ခြင်းနှင့် လက်တွေ့လုပ်ကိုင်ခြင်း', 'စိမ်းလန်းပြီး ရေရှည်တည်တံ့သော စက်မှုလုပ်ငန်းများ',
  ],
}

/** The portal's ten languages, named in each locale (option ids are the locale codes). */
const LANGUAGE_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['中文', '英语', '印度尼西亚语', '马来语', '泰语', '越南语', '菲律宾语', '高棉语', '老挝语', '缅甸语'],
  en: ['Chinese', 'English', 'Indonesian', 'Malay', 'Thai', 'Vietnamese', 'Filipino', 'Khmer', 'Lao', 'Burmese'],
  id: ['Bahasa Mandarin', 'Bahasa Inggris', 'Bahasa Indonesia', 'Bahasa Melayu', 'Bahasa Thai', 'Bahasa Vietnam', 'Bahasa Filipino', 'Bahasa Khmer', 'Bahasa Laos', 'Bahasa Myanmar'],
  ms: ['Bahasa Cina', 'Bahasa Inggeris', 'Bahasa Indonesia', 'Bahasa Melayu', 'Bahasa Thai', 'Bahasa Vietnam', 'Bahasa Filipina', 'Bahasa Khmer', 'Bahasa Laos', 'Bahasa Myanmar'],
  th: ['ภาษาจีน', 'ภาษาอังกฤษ', 'ภาษาอินโดนีเซีย', 'ภาษามลายู', 'ภาษาไทย', 'ภาษาเวียดนาม', 'ภาษาฟิลิปิโน', 'ภาษาเขมร', 'ภาษาลาว', 'ภาษาพม่า'],
  vi: ['Tiếng Trung', 'Tiếng Anh', 'Tiếng Indonesia', 'Tiếng Mã Lai', 'Tiếng Thái', 'Tiếng Việt', 'Tiếng Philippines', 'Tiếng Khmer', 'Tiếng Lào', 'Tiếng Myanmar'],
  fil: ['Wikang Tsino', 'Wikang Ingles', 'Wikang Indones', 'Wikang Malay', 'Wikang Thai', 'Wikang Vietnamese', 'Wikang Filipino', 'Wikang Khmer', 'Wikang Lao', 'Wikang Burmese'],
  km: ['ភាសាចិន', 'ភាសាអង់គ្លេស', 'ភាសាឥណ្ឌូណេស៊ី', 'ភាសាម៉ាឡេ', 'ភាសាថៃ', 'ភាសាវៀតណាម', 'ភាសាហ្វីលីពីន', 'ភាសាខ្មែរ', 'ភាសាឡាវ', 'ភាសាភូមា'],
  lo: ['ພາສາຈີນ', 'ພາສາອັງກິດ', 'ພາສາອິນໂດເນເຊຍ', 'ພາສາມາເລ', 'ພາສາໄທ', 'ພາສາຫວຽດນາມ', 'ພາສາຟີລິບປິນ', 'ພາສາຂະເໝນ', 'ພາສາລາວ', 'ພາສາມຽນມາ'],
  my: ['တရုတ်ဘာသာ', 'အင်္ဂလိပ်ဘာသာ', 'အင်ဒိုနီးရှားဘာသာ', 'မလေးဘာသာ', 'ထိုင်းဘာသာ', 'ဗီယက်နမ်ဘာသာ', 'ဖိလစ်ပိုင်ဘာသာ', 'ခမာဘာသာ', 'လာအိုဘာသာ', 'မြန်မာဘာသာ'],
}

const MONTH_IDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const
/** CLDR's month names, written out: a browser without Khmer or Lao date data would otherwise show English. */
const MONTH_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  th: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  vi: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'],
  fil: ['Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'],
  km: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
  lo: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
  my: ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ'],
}

const FORMAT_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['线下', '线上', '线上线下结合'],
  en: ['In person', 'Online', 'Hybrid (in person and online)'],
  id: ['Tatap muka', 'Daring', 'Hibrida (tatap muka dan daring)'],
  ms: ['Bersemuka', 'Dalam talian', 'Hibrid (bersemuka dan dalam talian)'],
  th: ['แบบพบหน้า', 'ออนไลน์', 'แบบผสม (พบหน้าและออนไลน์)'],
  vi: ['Trực tiếp', 'Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)'],
  fil: ['Harapan', 'Birtuwal', 'Pinagsama (harapan at birtuwal)'],
  km: ['ដោយផ្ទាល់', 'តាមអនឡាញ', 'ចម្រុះ (ដោយផ្ទាល់ និងតាមអនឡាញ)'],
  lo: ['ແບບພົບໜ້າ', 'ອອນລາຍ', 'ແບບປະສົມ (ພົບໜ້າ ແລະ ອອນລາຍ)'],
  my: ['လူကိုယ်တိုင်', 'အွန်လိုင်း', 'ပေါင်းစပ် (လူကိုယ်တိုင်နှင့် အွန်လိုင်း)'],
}

const BUDGET_IDS = ['none', 'under_50k', 'from_50k_to_200k', 'over_200k', 'undecided'] as const
const BUDGET_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['无自有预算', '5万元以下', '5万至20万元', '20万元以上', '尚未确定'],
  en: ['No budget of our own', 'Under 50,000 CNY', 'Between 50,000 and 200,000 CNY', 'Over 200,000 CNY', 'Not decided yet'],
  id: ['Tidak ada anggaran sendiri', 'Di bawah 50.000 CNY', 'Antara 50.000 dan 200.000 CNY', 'Di atas 200.000 CNY', 'Belum ditentukan'],
  ms: ['Tiada bajet sendiri', 'Bawah 50,000 CNY', 'Antara 50,000 hingga 200,000 CNY', 'Melebihi 200,000 CNY', 'Belum diputuskan'],
  th: ['ไม่มีงบประมาณของตนเอง', 'ต่ำกว่า 50,000 หยวน', '50,000–200,000 หยวน', 'มากกว่า 200,000 หยวน', 'ยังไม่ได้กำหนด'],
  vi: ['Không có ngân sách riêng', 'Dưới 50.000 CNY', 'Từ 50.000 đến 200.000 CNY', 'Trên 200.000 CNY', 'Chưa quyết định'],
  fil: ['Walang sariling badyet', 'Mas mababa sa 50,000 CNY', 'Mula 50,000 hanggang 200,000 CNY', 'Higit sa 200,000 CNY', 'Hindi pa napagpapasyahan'],
  km: ['គ្មានថវិកាផ្ទាល់ខ្លួន', 'ក្រោម 50,000 យ័ន', 'ពី 50,000 ដល់ 200,000 យ័ន', 'លើស 200,000 យ័ន', 'មិនទាន់សម្រេច'],
  lo: ['ບໍ່ມີງົບປະມານຂອງຕົນເອງ', 'ຕ່ຳກວ່າ 50,000 ຢວນ', 'ຈາກ 50,000 ຫາ 200,000 ຢວນ', 'ຫຼາຍກວ່າ 200,000 ຢວນ', 'ຍັງບໍ່ທັນຕັດສິນ'],
  my: ['ကိုယ်ပိုင်ဘတ်ဂျက် မရှိပါ', 'ယွမ် ၅၀,၀၀၀ အောက်', 'ယွမ် ၅၀,၀၀၀ မှ ၂၀၀,၀၀၀ အထိ', 'ယွမ် ၂၀၀,၀၀၀ အထက်', 'မဆုံးဖြတ်ရသေးပါ'],
}

const ENTERPRISE_NAMES: Record<LocaleCode, readonly string[]> = {
  zh: ['是，已有企业准备参与', '愿意，但需要协助寻找企业'],
  en: ['Yes, enterprises are ready to join', 'Yes, but we need help finding them'],
  id: ['Ya, sudah ada perusahaan yang siap bergabung', 'Ya, tetapi kami perlu bantuan untuk menemukannya'],
  ms: ['Ya, sudah ada syarikat yang bersedia menyertai', 'Ya, tetapi kami memerlukan bantuan untuk mencarinya'],
  th: ['ใช่ มีสถานประกอบการพร้อมเข้าร่วมแล้ว', 'ต้องการ แต่ต้องการความช่วยเหลือในการหาสถานประกอบการ'],
  vi: ['Có, đã có doanh nghiệp sẵn sàng tham gia', 'Có, nhưng chúng tôi cần hỗ trợ để tìm doanh nghiệp'],
  fil: ['Oo, may mga kompanyang handa nang sumali', 'Oo, pero kailangan namin ng tulong sa paghahanap'],
  km: ['បាទ/ចាស មានសហគ្រាសត្រៀមចូលរួមហើយ', 'បាទ/ចាស ប៉ុន្តែយើងត្រូវការជំនួយក្នុងការស្វែងរក'],
  lo: ['ແມ່ນ, ມີວິສາຫະກິດພ້ອມເຂົ້າຮ່ວມແລ້ວ', 'ແມ່ນ, ແຕ່ພວກເຮົາຕ້ອງການຄວາມຊ່ວຍເຫຼືອໃນການຊອກຫາ'],
  my: ['ဟုတ်ကဲ့၊ ပါဝင်ရန် အသင့်ရှိသော လုပ်ငန်းများ ရှိပါသည်', 'ဟုတ်ကဲ့၊ သို့သော် ရှာဖွေရန် အကူအညီ လိုအပ်ပါသည်'],
}

/** The annual needs survey the secretariat sends to every member institution. */
export const DEMAND_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'demand',
  level: null,
  title: {
    zh: '成员单位年度需求调查', en: 'Annual needs survey for member institutions', id: 'Survei kebutuhan tahunan lembaga anggota', ms: 'Tinjauan keperluan tahunan institusi ahli',
    th: 'แบบสำรวจความต้องการประจำปีของสถาบันสมาชิก', vi: 'Khảo sát nhu cầu hằng năm của các cơ sở thành viên', fil: 'Taunang sarbey ng pangangailangan ng mga kasaping institusyon',
    km: 'ការស្ទង់មតិតម្រូវការប្រចាំឆ្នាំរបស់ស្ថាប័នសមាជិក', lo: 'ການສຳຫຼວດຄວາມຕ້ອງການປະຈຳປີຂອງສະຖາບັນສະມາຊິກ', my: 'အဖွဲ့ဝင်အဖွဲ့အစည်းများ၏ နှစ်စဉ် လိုအပ်ချက် စစ်တမ်း',
  },
  intro: {
    zh: '秘书处每年向各成员单位了解需求，您的回答将用于制定下一年度的活动计划。每个单位由一人填写，最好先征求同事意见。',
    en: 'Each year the secretariat asks every member institution what it needs. Your answers shape next year’s activity plan. One person answers for the institution, ideally after asking colleagues.',
    id: 'Setiap tahun sekretariat menanyakan kebutuhan setiap lembaga anggota. Jawaban Anda menjadi dasar rencana kegiatan tahun depan. Satu orang mengisi atas nama lembaga, sebaiknya setelah bertanya kepada rekan-rekan.',
    ms: 'Setiap tahun sekretariat bertanya kepada setiap institusi ahli tentang keperluannya. Jawapan anda membentuk pelan aktiviti tahun hadapan. Seorang wakil menjawab bagi pihak institusi, sebaik-baiknya selepas berbincang dengan rakan sekerja.',
    th: 'สำนักเลขาธิการสอบถามความต้องการของสถาบันสมาชิกทุกแห่งเป็นประจำทุกปี คำตอบของท่านจะใช้วางแผนกิจกรรมประจำปีถัดไป ขอให้หนึ่งคนตอบในนามสถาบัน โดยควรปรึกษาเพื่อนร่วมงานก่อน',
    vi: 'Hằng năm ban thư ký hỏi mỗi cơ sở thành viên về nhu cầu của mình. Câu trả lời của bạn sẽ định hình kế hoạch hoạt động năm tới. Mỗi cơ sở cử một người trả lời, tốt nhất sau khi hỏi ý kiến đồng nghiệp.',
    fil: 'Taun-taon, tinatanong ng sekretarya ang bawat kasaping institusyon tungkol sa mga pangangailangan nito. Huhubugin ng inyong mga sagot ang plano ng mga aktibidad sa susunod na taon. Isang tao ang sasagot para sa institusyon, mas mabuti kung matapos kumonsulta sa mga kasamahan.',
    km: 'រៀងរាល់ឆ្នាំ លេខាធិការដ្ឋានសួរស្ថាប័នសមាជិកនីមួយៗអំពីតម្រូវការរបស់ខ្លួន។ ចម្លើយរបស់អ្នកនឹងកំណត់ផែនការសកម្មភាពឆ្នាំក្រោយ។ មនុស្សម្នាក់ឆ្លើយជំនួសស្ថាប័ន ល្អបំផុតបន្ទាប់ពីបានពិគ្រោះជាមួយសហការី។',
    lo: 'ທຸກໆປີ ກອງເລຂາຖາມສະຖາບັນສະມາຊິກແຕ່ລະແຫ່ງກ່ຽວກັບຄວາມຕ້ອງການ. ຄຳຕອບຂອງທ່ານຈະກຳນົດແຜນກິດຈະກຳປີໜ້າ. ໃຫ້ຄົນໜຶ່ງຕອບແທນສະຖາບັນ, ດີທີ່ສຸດແມ່ນຫຼັງຈາກປຶກສາເພື່ອນຮ່ວມງານ.',
    my: 'နှစ်စဉ် အတွင်းရေးမှူးရုံးက အဖွဲ့ဝင်အဖွဲ့အစည်းတိုင်းကို ၎င်းတို့၏ လိုအပ်ချက်များအကြောင်း မေးမြန်းပါသည်။ သင်၏အဖြေများက လာမည့်နှစ် လှုပ်ရှားမှုအစီအစဉ်ကို ပုံဖော်ပါမည်။ အဖွဲ့အစည်းကိုယ်စား တစ်ဦးက ဖြေဆိုရပြီး လုပ်ဖော်ကိုင်ဖက်များနှင့် တိုင်ပင်ပြီးမှ ဖြေဆိုလျှင် ပိုကောင်းပါသည်။',
  },
  sections: [
    {
      id: 'activities',
      title: {
        zh: '活动与主题', en: 'Activities and topics', id: 'Kegiatan dan topik', ms: 'Aktiviti dan topik', th: 'กิจกรรมและหัวข้อ', vi: 'Hoạt động và chủ đề',
        fil: 'Mga aktibidad at paksa', km: 'សកម្មភាព និងប្រធានបទ', lo: 'ກິດຈະກຳ ແລະ ຫົວຂໍ້', my: 'လှုပ်ရှားမှုများနှင့် ခေါင်းစဉ်များ',
      },
      questions: [
        {
          id: 'activity_kinds', type: 'multiple', other: true, required: true, min: 1, help: CHOOSE_ALL, options: optionsFrom(ACTIVITY_KINDS, ACTIVITY_KIND_NAMES),
          text: {
            zh: '明年贵单位希望参加哪些类型的活动？', en: 'Which kinds of activities would your institution take part in next year?',
            id: 'Jenis kegiatan apa yang ingin diikuti lembaga Anda tahun depan?', ms: 'Jenis aktiviti apakah yang ingin disertai oleh institusi anda tahun hadapan?',
            th: 'ปีหน้าสถาบันของท่านต้องการเข้าร่วมกิจกรรมประเภทใด', vi: 'Năm tới cơ sở của bạn muốn tham gia những loại hoạt động nào?',
            fil: 'Anong mga uri ng aktibidad ang nais salihan ng inyong institusyon sa susunod na taon?', km: 'តើស្ថាប័នរបស់អ្នកចង់ចូលរួមសកម្មភាពប្រភេទណាខ្លះនៅឆ្នាំក្រោយ?',
            lo: 'ປີໜ້າສະຖາບັນຂອງທ່ານຢາກເຂົ້າຮ່ວມກິດຈະກຳປະເພດໃດແດ່?', my: 'လာမည့်နှစ်တွင် သင့်အဖွဲ့အစည်းက မည်သည့် လှုပ်ရှားမှုအမျိုးအစားများတွင် ပါဝင်လိုပါသနည်း။',
          },
        },
        {
          id: 'topics', type: 'multiple', other: true, required: true, min: 1, max: 5, options: optionsFrom(TOPIC_IDS, TOPIC_NAMES),
          text: {
            zh: '哪些主题对贵单位最重要？最多选五项。', en: 'Which topics matter most to your institution? Choose up to five.',
            id: 'Topik apa yang paling penting bagi lembaga Anda? Pilih paling banyak lima.', ms: 'Topik manakah yang paling penting bagi institusi anda? Pilih tidak lebih daripada lima.',
            th: 'หัวข้อใดสำคัญที่สุดสำหรับสถาบันของท่าน เลือกได้ไม่เกินห้าข้อ', vi: 'Những chủ đề nào quan trọng nhất với cơ sở của bạn? Chọn tối đa năm.',
            fil: 'Aling mga paksa ang pinakamahalaga sa inyong institusyon? Pumili ng hanggang lima.', km: 'តើប្រធានបទណាខ្លះសំខាន់បំផុតសម្រាប់ស្ថាប័នរបស់អ្នក? ជ្រើសរើសបានច្រើនបំផុតប្រាំ។',
            lo: 'ຫົວຂໍ້ໃດສຳຄັນທີ່ສຸດສຳລັບສະຖາບັນຂອງທ່ານ? ເລືອກໄດ້ບໍ່ເກີນຫ້າຂໍ້.', my: 'သင့်အဖွဲ့အစည်းအတွက် မည်သည့်ခေါင်းစဉ်များက အရေးအကြီးဆုံး ဖြစ်ပါသနည်း။ အများဆုံး ငါးခု ရွေးပါ။',
          },
        },
        {
          id: 'format', type: 'single', other: false, required: true, options: optionsFrom(['physical', 'online', 'hybrid'], FORMAT_NAMES),
          text: {
            zh: '哪种形式最适合贵单位？', en: 'Which format suits your institution best?', id: 'Format apa yang paling cocok bagi lembaga Anda?',
            ms: 'Format manakah yang paling sesuai untuk institusi anda?', th: 'รูปแบบใดเหมาะกับสถาบันของท่านที่สุด', vi: 'Hình thức nào phù hợp nhất với cơ sở của bạn?',
            fil: 'Aling format ang pinakaangkop sa inyong institusyon?', km: 'តើទម្រង់ណាដែលសមស្របបំផុតសម្រាប់ស្ថាប័នរបស់អ្នក?', lo: 'ຮູບແບບໃດເໝາະສົມທີ່ສຸດສຳລັບສະຖາບັນຂອງທ່ານ?',
            my: 'မည်သည့်ပုံစံက သင့်အဖွဲ့အစည်းအတွက် အသင့်တော်ဆုံး ဖြစ်ပါသနည်း။',
          },
        },
      ],
    },
    {
      id: 'timing',
      title: { zh: '语言与时间', en: 'Languages and timing', id: 'Bahasa dan waktu', ms: 'Bahasa dan masa', th: 'ภาษาและช่วงเวลา', vi: 'Ngôn ngữ và thời gian', fil: 'Wika at panahon', km: 'ភាសា និងពេលវេលា', lo: 'ພາສາ ແລະ ເວລາ', my: 'ဘာသာစကားနှင့် အချိန်' },
      questions: [
        {
          id: 'languages', type: 'multiple', other: false, required: true, min: 1, help: CHOOSE_ALL, options: optionsFrom(LOCALE_CODES, LANGUAGE_NAMES),
          text: {
            zh: '活动应提供哪些语言？', en: 'In which languages should activities be offered?', id: 'Dalam bahasa apa saja kegiatan sebaiknya diselenggarakan?',
            ms: 'Dalam bahasa apakah aktiviti patut ditawarkan?', th: 'กิจกรรมควรจัดเป็นภาษาใดบ้าง', vi: 'Hoạt động nên được tổ chức bằng những ngôn ngữ nào?',
            fil: 'Sa anong mga wika dapat isagawa ang mga aktibidad?', km: 'តើសកម្មភាពគួរផ្ដល់ជាភាសាអ្វីខ្លះ?', lo: 'ກິດຈະກຳຄວນຈັດເປັນພາສາໃດແດ່?',
            my: 'လှုပ်ရှားမှုများကို မည်သည့်ဘာသာစကားများဖြင့် ပြုလုပ်သင့်ပါသနည်း။',
          },
        },
        {
          id: 'months', type: 'multiple', other: false, required: true, min: 1, options: optionsFrom(MONTH_IDS, MONTH_NAMES),
          text: {
            zh: '贵单位的师生在哪些月份最方便参加？', en: 'In which months can your staff and students best take part?', id: 'Pada bulan apa staf dan mahasiswa Anda paling bisa ikut serta?',
            ms: 'Pada bulan apakah kakitangan dan pelajar anda paling mudah menyertai?', th: 'บุคลากรและนักศึกษาของท่านสะดวกเข้าร่วมในเดือนใดมากที่สุด',
            vi: 'Cán bộ và sinh viên của bạn tham gia thuận tiện nhất vào những tháng nào?', fil: 'Sa anong mga buwan pinakamadaling makalahok ang inyong mga kawani at mag-aaral?',
            km: 'តើបុគ្គលិក និងនិស្សិតរបស់អ្នកអាចចូលរួមបានល្អបំផុតនៅខែណាខ្លះ?', lo: 'ພະນັກງານ ແລະ ນັກສຶກສາຂອງທ່ານສະດວກເຂົ້າຮ່ວມໃນເດືອນໃດທີ່ສຸດ?',
            my: 'သင်၏ ဝန်ထမ်းနှင့် ကျောင်းသားများသည် မည်သည့်လများတွင် အလွယ်ကူဆုံး ပါဝင်နိုင်ပါသနည်း။',
          },
          help: {
            zh: '请避开考试期和重大节假日。', en: 'Leave out exam periods and major holidays.', id: 'Hindari masa ujian dan hari raya besar.', ms: 'Elakkan tempoh peperiksaan dan cuti perayaan utama.',
            th: 'โปรดเว้นช่วงสอบและวันหยุดสำคัญ', vi: 'Tránh các kỳ thi và ngày lễ lớn.', fil: 'Iwasan ang panahon ng pagsusulit at malalaking pista opisyal.',
            km: 'សូមជៀសវាងរយៈពេលប្រឡង និងថ្ងៃបុណ្យធំៗ។', lo: 'ກະລຸນາຫຼີກລ່ຽງຊ່ວງສອບເສັງ ແລະ ວັນບຸນໃຫຍ່.', my: 'စာမေးပွဲကာလနှင့် အဓိက ပွဲတော်ရုံးပိတ်ရက်များကို ရှောင်ပါ။',
          },
        },
        {
          id: 'participants', type: 'number', min: 0, max: 10_000, integer: true, required: false,
          text: {
            zh: '明年贵单位大约会有多少人参加？', en: 'About how many people from your institution would take part next year?',
            id: 'Kira-kira berapa orang dari lembaga Anda yang akan ikut serta tahun depan?', ms: 'Kira-kira berapa ramai orang dari institusi anda akan menyertai tahun hadapan?',
            th: 'ปีหน้าจะมีผู้เข้าร่วมจากสถาบันของท่านประมาณกี่คน', vi: 'Năm tới khoảng bao nhiêu người từ cơ sở của bạn sẽ tham gia?',
            fil: 'Humigit-kumulang ilang tao mula sa inyong institusyon ang lalahok sa susunod na taon?', km: 'តើនឹងមានមនុស្សប្រហែលប៉ុន្មាននាក់មកពីស្ថាប័នរបស់អ្នកចូលរួមនៅឆ្នាំក្រោយ?',
            lo: 'ປີໜ້າຈະມີຄົນຈາກສະຖາບັນຂອງທ່ານເຂົ້າຮ່ວມປະມານຈັກຄົນ?', my: 'လာမည့်နှစ်တွင် သင့်အဖွဲ့အစည်းမှ လူ မည်မျှခန့် ပါဝင်မည်နည်း။',
          },
        },
      ],
    },
    {
      id: 'resources',
      title: { zh: '预算与企业参与', en: 'Budget and enterprises', id: 'Anggaran dan perusahaan', ms: 'Bajet dan syarikat', th: 'งบประมาณและสถานประกอบการ', vi: 'Ngân sách và doanh nghiệp', fil: 'Badyet at mga kompanya', km: 'ថវិកា និងសហគ្រាស', lo: 'ງົບປະມານ ແລະ ວິສາຫະກິດ', my: 'ဘတ်ဂျက်နှင့် လုပ်ငန်းများ' },
      questions: [
        {
          id: 'budget', type: 'single', other: false, required: true, options: optionsFrom(BUDGET_IDS, BUDGET_NAMES),
          text: {
            zh: '明年贵单位可为这些活动安排多少预算？', en: 'What budget can your institution set aside for these activities next year?',
            id: 'Berapa anggaran yang dapat disediakan lembaga Anda untuk kegiatan ini tahun depan?', ms: 'Berapakah bajet yang boleh diperuntukkan oleh institusi anda untuk aktiviti ini tahun hadapan?',
            th: 'ปีหน้าสถาบันของท่านสามารถจัดสรรงบประมาณสำหรับกิจกรรมเหล่านี้ได้เท่าใด', vi: 'Năm tới cơ sở của bạn có thể dành bao nhiêu ngân sách cho các hoạt động này?',
            fil: 'Magkano ang badyet na maaaring ilaan ng inyong institusyon para sa mga aktibidad na ito sa susunod na taon?',
            km: 'តើស្ថាប័នរបស់អ្នកអាចបម្រុងថវិកាប៉ុន្មានសម្រាប់សកម្មភាពទាំងនេះនៅឆ្នាំក្រោយ?', lo: 'ປີໜ້າສະຖາບັນຂອງທ່ານສາມາດຈັດສັນງົບປະມານສຳລັບກິດຈະກຳເຫຼົ່ານີ້ໄດ້ເທົ່າໃດ?',
            my: 'လာမည့်နှစ်တွင် ဤလှုပ်ရှားမှုများအတွက် သင့်အဖွဲ့အစည်းက ဘတ်ဂျက် မည်မျှ ခွဲဝေပေးနိုင်ပါသနည်း။',
          },
          help: {
            zh: '以人民币计，含差旅费用；大概数字即可。', en: 'In Chinese yuan (CNY), including travel; a rough figure is enough.',
            id: 'Dalam yuan Tiongkok (CNY), termasuk perjalanan; angka perkiraan sudah cukup.', ms: 'Dalam yuan China (CNY), termasuk perjalanan; anggaran kasar sudah memadai.',
            th: 'เป็นหยวนจีน (CNY) รวมค่าเดินทาง ตัวเลขโดยประมาณก็เพียงพอ', vi: 'Tính bằng nhân dân tệ (CNY), bao gồm chi phí đi lại; số ước tính là đủ.',
            fil: 'Sa yuan ng Tsina (CNY), kasama ang biyahe; sapat na ang tantiyang halaga.', km: 'គិតជាយ័នចិន (CNY) រួមទាំងការធ្វើដំណើរ តួលេខប្រហាក់ប្រហែលគឺគ្រប់គ្រាន់។',
            lo: 'ເປັນຢວນຈີນ (CNY), ລວມທັງຄ່າເດີນທາງ; ຕົວເລກໂດຍປະມານກໍພຽງພໍ.', my: 'တရုတ်ယွမ် (CNY) ဖြင့်၊ ခရီးစရိတ် အပါအဝင်၊ ခန့်မှန်းကိန်းဂဏန်း လုံလောက်ပါသည်။',
          },
        },
        {
          id: 'enterprises', type: 'single', other: false, required: true,
          options: [...optionsFrom(['ready', 'need_help'], ENTERPRISE_NAMES), { id: 'no', label: NO }],
          text: {
            zh: '与贵单位合作的企业是否会参与（作为接待方、培训师或赞助方）？', en: 'Would enterprises you work with take part, as hosts, trainers or sponsors?',
            id: 'Apakah perusahaan mitra Anda akan ikut serta, sebagai tuan rumah, pelatih, atau sponsor?', ms: 'Adakah syarikat yang bekerjasama dengan anda akan turut serta, sebagai tuan rumah, jurulatih atau penaja?',
            th: 'สถานประกอบการที่ทำงานร่วมกับท่านจะเข้าร่วมหรือไม่ ในฐานะเจ้าภาพ วิทยากร หรือผู้สนับสนุน', vi: 'Các doanh nghiệp hợp tác với bạn có tham gia không, với vai trò nơi tiếp đón, người đào tạo hoặc nhà tài trợ?',
            fil: 'Lalahok ba ang mga kompanyang katuwang ninyo, bilang punong-abala, tagapagsanay o isponsor?', km: 'តើសហគ្រាសដែលអ្នកសហការជាមួយនឹងចូលរួមដែរឬទេ ក្នុងនាមជាម្ចាស់ផ្ទះ គ្រូបណ្ដុះបណ្ដាល ឬអ្នកឧបត្ថម្ភ?',
            lo: 'ວິສາຫະກິດທີ່ທ່ານຮ່ວມມືນຳຈະເຂົ້າຮ່ວມບໍ່, ໃນຖານະເຈົ້າພາບ, ວິທະຍາກອນ ຫຼື ຜູ້ສະໜັບສະໜູນ?', my: 'သင်နှင့် လက်တွဲလုပ်ကိုင်သော လုပ်ငန်းများသည် အိမ်ရှင်၊ သင်တန်းဆရာ သို့မဟုတ် ထောက်ပံ့သူအဖြစ် ပါဝင်မည်လား။',
          },
        },
        {
          id: 'enterprise_names', type: 'text', long: false, maxLength: 500, required: false, showIf: { question: 'enterprises', equals: 'ready' },
          text: {
            zh: '是哪些企业？属于哪些领域？', en: 'Which enterprises, and in which fields?', id: 'Perusahaan apa saja, dan di bidang apa?', ms: 'Syarikat yang mana, dan dalam bidang apa?',
            th: 'สถานประกอบการใดบ้าง และอยู่ในสาขาใด', vi: 'Những doanh nghiệp nào, thuộc lĩnh vực nào?', fil: 'Aling mga kompanya, at sa anong larangan?',
            km: 'តើសហគ្រាសណាខ្លះ ហើយក្នុងវិស័យអ្វី?', lo: 'ວິສາຫະກິດໃດແດ່, ແລະ ຢູ່ໃນຂະແໜງໃດ?', my: 'မည်သည့်လုပ်ငန်းများ၊ မည်သည့်နယ်ပယ်တွင် ဖြစ်ပါသနည်း။',
          },
        },
        {
          id: 'comments', type: 'text', long: true, maxLength: 4000, required: false,
          text: {
            zh: '还有其他需求或建议吗？', en: 'Any other needs or ideas?', id: 'Ada kebutuhan atau ide lain?', ms: 'Ada keperluan atau idea lain?', th: 'มีความต้องการหรือข้อเสนอแนะอื่น ๆ หรือไม่',
            vi: 'Bạn còn nhu cầu hoặc ý tưởng nào khác không?', fil: 'May iba pa bang pangangailangan o ideya?', km: 'តើមានតម្រូវការ ឬគំនិតផ្សេងទៀតទេ?', lo: 'ມີຄວາມຕ້ອງການ ຫຼື ແນວຄິດອື່ນອີກບໍ່?',
            my: 'အခြား လိုအပ်ချက် သို့မဟုတ် အကြံဉာဏ်များ ရှိပါသလား။',
          },
        },
      ],
    },
  ],
}
