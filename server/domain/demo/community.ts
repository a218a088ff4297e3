import type { InstitutionInput } from '../../../shared/schemas/platform'
import type { MemberRole } from '../../../shared/roles'
import type { LocaleCode } from '../../../shared/locales'
import type { CommunityTimeZone } from '../../../shared/time-zones'

// A fictional consortium: every name and place below is invented for the demo.
export const DEMO_PASSWORD = 'demo-password-2026'

export const DEMO_INSTITUTIONS: InstitutionInput[] = [
  {
    slug: 'zhiyun-equipment', kind: 'enterprise', country: 'CN', website: 'https://zhiyun-equipment.example', logoFileId: null,
    city: { zh: '桂林', en: 'Guilin', th: 'กุ้ยหลิน', vi: 'Quế Lâm' },
    name: { zh: '桂林智云智能装备有限公司', en: 'Guilin Zhiyun Intelligent Equipment Co., Ltd.', th: 'บริษัท กุ้ยหลินจื้อยวิ๋น อุปกรณ์อัจฉริยะ จำกัด', vi: 'Công ty TNHH Thiết bị Thông minh Trí Vân Quế Lâm' },
    description: {
      zh: '共同体牵头企业，生产工业机器人与智能产线，为成员院校提供实习岗位、企业导师和实训设备。',
      en: 'Lead enterprise of the community. Builds industrial robots and smart production lines, and offers member colleges internships, workplace mentors and training equipment.',
      th: 'บริษัทผู้นำของประชาคม ผลิตหุ่นยนต์อุตสาหกรรมและสายการผลิตอัจฉริยะ พร้อมมอบตำแหน่งฝึกงาน พี่เลี้ยงในสถานประกอบการ และอุปกรณ์ฝึกอบรมให้สถาบันสมาชิก',
      vi: 'Doanh nghiệp dẫn đầu cộng đồng, sản xuất robot công nghiệp và dây chuyền thông minh, cung cấp vị trí thực tập, người hướng dẫn tại doanh nghiệp và thiết bị đào tạo.',
    },
  },
  {
    slug: 'nanning-smart-polytechnic', kind: 'vocational_college', country: 'CN', website: 'https://nnsp.example', logoFileId: null,
    city: { zh: '南宁', en: 'Nanning', th: 'หนานหนิง', vi: 'Nam Ninh' },
    name: { zh: '南宁智能制造职业技术学院', en: 'Nanning Polytechnic of Smart Manufacturing', th: 'วิทยาลัยเทคนิคการผลิตอัจฉริยะหนานหนิง', vi: 'Cao đẳng Kỹ thuật Sản xuất Thông minh Nam Ninh' },
    description: {
      zh: '共同体秘书处所在单位，开设工业机器人、机电一体化和跨境电商专业，每年接收东盟留学生。',
      en: 'Seat of the community secretariat. Teaches industrial robotics, mechatronics and cross-border e-commerce, and hosts ASEAN exchange students every year.',
      th: 'ที่ตั้งสำนักเลขาธิการประชาคม เปิดสอนหุ่นยนต์อุตสาหกรรม เมคคาทรอนิกส์ และพาณิชย์อิเล็กทรอนิกส์ข้ามพรมแดน รับนักศึกษาแลกเปลี่ยนจากอาเซียนทุกปี',
    },
  },
  {
    slug: 'liuzhou-industrial-tech', kind: 'university', country: 'CN', website: 'https://lzit.example', logoFileId: null,
    city: { zh: '柳州', en: 'Liuzhou' },
    name: { zh: '柳州工业技术学院', en: 'Liuzhou Institute of Industrial Technology' },
    description: { zh: '以汽车制造和智能控制见长的应用型本科院校。', en: 'An applied university known for automotive manufacturing and intelligent control.' },
  },
  {
    slug: 'chao-phraya-technical', kind: 'vocational_college', country: 'TH', website: 'https://cptc.example', logoFileId: null,
    city: { th: 'นนทบุรี', en: 'Nonthaburi', zh: '暖武里' },
    name: { th: 'วิทยาลัยเทคนิคเจ้าพระยา', en: 'Chao Phraya Technical College', zh: '湄南河技术学院' },
    description: {
      th: 'วิทยาลัยอาชีวศึกษาด้านเมคคาทรอนิกส์และระบบอัตโนมัติ ร่วมมือกับสถานประกอบการในเขตเศรษฐกิจพิเศษภาคตะวันออก',
      en: 'A vocational college for mechatronics and automation, working with enterprises of the Eastern Economic Corridor.',
      zh: '以机电一体化和自动化为特色的职业院校，与东部经济走廊企业深度合作。',
    },
  },
  {
    slug: 'red-river-tech-university', kind: 'university', country: 'VN', website: 'https://rrtu.example', logoFileId: null,
    city: { vi: 'Hà Nội', en: 'Hanoi', zh: '河内' },
    name: { vi: 'Trường Đại học Công nghệ Sông Hồng', en: 'Red River University of Technology', zh: '红河理工大学' },
    description: { vi: 'Đại học kỹ thuật đào tạo kỹ sư cơ điện tử và tự động hóa.', en: 'A technical university training mechatronics and automation engineers.' },
  },
  {
    slug: 'kinta-valley-polytechnic', kind: 'vocational_college', country: 'MY', website: 'https://kvp.example', logoFileId: null,
    city: { ms: 'Ipoh', en: 'Ipoh', zh: '怡保' },
    name: { ms: 'Politeknik Lembah Kinta', en: 'Kinta Valley Polytechnic', zh: '近打谷理工学院' },
    description: { ms: 'Politeknik yang menawarkan program kejuruteraan elektrik dan pembuatan pintar.', en: 'A polytechnic offering electrical engineering and smart manufacturing programmes.' },
  },
  {
    slug: 'nusantara-manufacturing-polytechnic', kind: 'vocational_college', country: 'ID', website: 'https://pmn.example', logoFileId: null,
    city: { id: 'Bekasi', en: 'Bekasi' },
    name: { id: 'Politeknik Manufaktur Nusantara', en: 'Nusantara Manufacturing Polytechnic', zh: '努山塔拉制造理工学院' },
    description: { id: 'Politeknik vokasi yang bekerja sama erat dengan kawasan industri di Jawa Barat.', en: 'A vocational polytechnic working closely with the industrial estates of West Java.' },
  },
  {
    slug: 'mekong-institute-technology', kind: 'university', country: 'KH', website: 'https://mit-pp.example', logoFileId: null,
    city: { km: 'ភ្នំពេញ', en: 'Phnom Penh', zh: '金边' },
    name: { km: 'វិទ្យាស្ថានបច្ចេកវិទ្យាមេគង្គ', en: 'Mekong Institute of Technology', zh: '湄公理工学院' },
    description: { km: 'វិទ្យាស្ថានបណ្តុះបណ្តាលវិស្វករ និងអ្នកបច្ចេកទេសសម្រាប់ឧស្សាហកម្មកម្ពុជា។', en: 'An institute training engineers and technicians for Cambodian industry.' },
  },
  {
    slug: 'vientiane-technical-college', kind: 'vocational_college', country: 'LA', website: 'https://vtc.example', logoFileId: null,
    city: { lo: 'ວຽງຈັນ', en: 'Vientiane', zh: '万象' },
    name: { lo: 'ວິທະຍາໄລເຕັກນິກວຽງຈັນ', en: 'Vientiane Technical College', zh: '万象技术学院' },
    description: { lo: 'ວິທະຍາໄລອາຊີວະສຶກສາດ້ານໄຟຟ້າ ແລະ ກົນຈັກ.', en: 'A vocational college for electrical and mechanical trades.' },
  },
]

export interface DemoAccount {
  email: string
  displayName: string
  locale: LocaleCode
  /** Where the person lives or is now (student.bangkok is on an internship in Guilin). */
  timeZone: CommunityTimeZone
  memberships: { institution: string; role: MemberRole }[]
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'secretariat@demo.example', displayName: '李秘书 Li Mishu', locale: 'zh', timeZone: 'Asia/Shanghai', memberships: [{ institution: 'nanning-smart-polytechnic', role: 'secretariat' }] },
  { email: 'office.nanning@demo.example', displayName: '王国际 Wang Guoji', locale: 'zh', timeZone: 'Asia/Shanghai', memberships: [{ institution: 'nanning-smart-polytechnic', role: 'office_staff' }] },
  { email: 'partner.thai@demo.example', displayName: 'สมชาย ใจดี', locale: 'th', timeZone: 'Asia/Bangkok', memberships: [{ institution: 'chao-phraya-technical', role: 'partner_staff' }] },
  { email: 'enterprise@demo.example', displayName: '陈工 Chen Gong', locale: 'zh', timeZone: 'Asia/Shanghai', memberships: [{ institution: 'zhiyun-equipment', role: 'partner_staff' }] },
  { email: 'teacher.nanning@demo.example', displayName: '赵老师 Zhao Laoshi', locale: 'zh', timeZone: 'Asia/Shanghai', memberships: [{ institution: 'nanning-smart-polytechnic', role: 'teacher' }] },
  { email: 'student.vietnam@demo.example', displayName: 'Nguyễn Thị Lan', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh', memberships: [{ institution: 'red-river-tech-university', role: 'student' }] },
  { email: 'student.cambodia@demo.example', displayName: 'សុខ ដារា', locale: 'km', timeZone: 'Asia/Phnom_Penh', memberships: [{ institution: 'mekong-institute-technology', role: 'student' }] },
  { email: 'office.hanoi@demo.example', displayName: 'Trần Thu Hà', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh', memberships: [{ institution: 'red-river-tech-university', role: 'office_staff' }] },
  // Applicants whose applications the demo seeds at different steps (server/domain/demo/applications.ts).
  { email: 'student.hanoi@demo.example', displayName: 'Phạm Minh Tuấn', locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh', memberships: [{ institution: 'red-river-tech-university', role: 'student' }] },
  { email: 'student.phnompenh@demo.example', displayName: 'ចាន់ សុភា', locale: 'km', timeZone: 'Asia/Phnom_Penh', memberships: [{ institution: 'mekong-institute-technology', role: 'student' }] },
  { email: 'student.bangkok@demo.example', displayName: 'กมล ศรีสุข', locale: 'th', timeZone: 'Asia/Shanghai', memberships: [{ institution: 'chao-phraya-technical', role: 'student' }] },
  { email: 'reviewer@demo.example', displayName: 'Siti Aminah', locale: 'ms', timeZone: 'Asia/Kuala_Lumpur', memberships: [{ institution: 'kinta-valley-polytechnic', role: 'reviewer' }] },
]
