import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../db/as-user'
import type { Db } from '../../db/connect'
import { academicYearOf } from '../../../shared/dates'
import { createCall, createProgram } from '../mobility/programs'

const wallClock = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

const SHORT_CV = {
  en: 'Short CV', zh: '个人简历', id: 'Riwayat hidup singkat', ms: 'Resume ringkas', th: 'ประวัติย่อ', vi: 'Sơ yếu lý lịch ngắn',
  fil: 'Maikling talambuhay', km: 'ប្រវត្តិរូបសង្ខេប', lo: 'ຊີວະປະຫວັດຫຍໍ້', my: 'ကိုယ်ရေးအကျဉ်း',
}

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
    {
      key: 'transcript', required: true, instructions: {
        en: 'Transcript of records of your last two semesters, stamped by your school.',
        zh: '最近两个学期的成绩单，需加盖学校公章。',
        id: 'Transkrip nilai dua semester terakhir Anda, dibubuhi cap sekolah Anda.',
        ms: 'Transkrip akademik bagi dua semester terakhir anda, dicop oleh institusi anda.',
        th: 'ใบแสดงผลการเรียนสองภาคเรียนล่าสุด ประทับตราสถานศึกษา',
        vi: 'Bảng điểm hai học kỳ gần nhất, có đóng dấu của trường.',
        fil: 'Talaan ng mga marka sa huling dalawang semestre mo, may tatak ng iyong paaralan.',
        km: 'ព្រឹត្តិបត្រពិន្ទុពីរឆមាសចុងក្រោយ ដែលមានត្រាសាលា។',
        lo: 'ໃບຢັ້ງຢືນຜົນການຮຽນສອງພາກຮຽນຫຼ້າສຸດ ທີ່ມີກາປະທັບຂອງສະຖານສຶກສາ.',
        my: 'နောက်ဆုံး စာသင်နှစ်ဝက် နှစ်ခု၏ အမှတ်စာရင်း၊ သင့်ကျောင်း၏ တံဆိပ်တုံး ရိုက်နှိပ်ထားရမည်။',
      },
    },
    {
      key: 'language_certificate', required: false, instructions: {
        en: 'HSK or English certificate, if you have one.',
        zh: '如有，请上传汉语水平考试（HSK）或英语证书。',
        id: 'Sertifikat HSK atau bahasa Inggris, jika ada.',
        ms: 'Sijil HSK atau bahasa Inggeris, jika ada.',
        th: 'ใบรับรอง HSK หรือภาษาอังกฤษ ถ้ามี',
        vi: 'Chứng chỉ HSK hoặc tiếng Anh, nếu có.',
        fil: 'Sertipiko ng HSK o ng wikang Ingles, kung mayroon ka.',
        km: 'វិញ្ញាបនបត្រ HSK ឬភាសាអង់គ្លេស ប្រសិនបើមាន។',
        lo: 'ໃບຢັ້ງຢືນ HSK ຫຼື ພາສາອັງກິດ, ຖ້າມີ.',
        my: 'HSK သို့မဟုတ် အင်္ဂလိပ်စာ လက်မှတ်၊ ရှိပါက။',
      },
    },
  ]
  const eligibility = { levels: ['cn_higher_vocational', 'eqf_5'] as const, iscedCodes: ['0714'], language: 'zh', languageLevel: 'HSK2' as const }

  const semester = await asUser(db, nanningOffice, tx => createProgram(tx, nanningOffice, {
    type: 'semester_exchange',
    title: {
      en: 'Spring semester in smart manufacturing', zh: '智能制造春季学期交流', id: 'Semester musim semi manufaktur cerdas', ms: 'Semester musim bunga dalam pembuatan pintar',
      th: 'ภาคเรียนฤดูใบไม้ผลิด้านการผลิตอัจฉริยะ', vi: 'Học kỳ mùa xuân về sản xuất thông minh', fil: 'Semestre ng tagsibol sa matalinong pagmamanupaktura',
      km: 'ឆមាសនិទាឃរដូវ ផ្នែកផលិតកម្មឆ្លាតវៃ', lo: 'ພາກຮຽນລະດູໃບໄມ້ປົ່ງດ້ານການຜະລິດອັດສະລິຍະ', my: 'စမတ်ထုတ်လုပ်ရေး နွေဦး စာသင်နှစ်ဝက်',
    },
    description: {
      en: 'One semester of industrial robotics and PLC courses at Nanning, with two weeks of practice at the lead enterprise.',
      zh: '在南宁学习一个学期的工业机器人和PLC课程，并在牵头企业实践两周。',
      id: 'Satu semester kuliah robotika industri dan PLC di Nanning, dengan dua minggu praktik di perusahaan utama.',
      ms: 'Satu semester kursus robotik perindustrian dan PLC di Nanning, dengan dua minggu latihan amali di syarikat peneraju.',
      th: 'เรียนวิชาหุ่นยนต์อุตสาหกรรมและ PLC ที่หนานหนิงหนึ่งภาคเรียน พร้อมฝึกปฏิบัติที่บริษัทผู้นำสองสัปดาห์',
      vi: 'Một học kỳ học robot công nghiệp và PLC tại Nam Ninh, kèm hai tuần thực hành tại doanh nghiệp dẫn đầu.',
      fil: 'Isang semestre ng mga kurso sa robotikang pang-industriya at PLC sa Nanning, na may dalawang linggong pagsasanay sa nangungunang kompanya.',
      km: 'វគ្គសិក្សាមនុស្សយន្តឧស្សាហកម្ម និង PLC រយៈពេលមួយឆមាសនៅណាននីង រួមជាមួយការអនុវត្តជាក់ស្តែងពីរសប្តាហ៍នៅសហគ្រាសនាំមុខ។',
      lo: 'ຮຽນວິຊາຫຸ່ນຍົນອຸດສາຫະກຳ ແລະ PLC ທີ່ໜານໜິງໜຶ່ງພາກຮຽນ, ພ້ອມຝຶກພາກປະຕິບັດສອງອາທິດທີ່ວິສາຫະກິດຊັ້ນນຳ.',
      my: 'နန်နင်းတွင် စက်မှုစက်ရုပ်ပညာနှင့် PLC သင်တန်းများကို စာသင်နှစ်ဝက်တစ်ခု တက်ရောက်ပြီး ဦးဆောင်လုပ်ငန်းတွင် နှစ်ပတ်ကြာ လက်တွေ့ လေ့ကျင့်ရသည်။',
    },
    hostInstitutionId: nanning, sendingInstitutionIds: [redRiver, mekong], agreementId: null, conditionId: null,
    startsOn: wallClock(90), endsOn: wallClock(240), places: 10, eligibility: { ...eligibility, levels: [...eligibility.levels] }, requiredDocuments: documents,
    costs: {
      en: 'Tuition waived; accommodation about 600 CNY a month.',
      zh: '免学费；住宿约每月600元人民币。',
      id: 'Bebas biaya kuliah; akomodasi sekitar 600 CNY per bulan.',
      ms: 'Yuran pengajian dikecualikan; penginapan kira-kira 600 CNY sebulan.',
      th: 'ยกเว้นค่าเล่าเรียน ค่าที่พักประมาณเดือนละ 600 หยวน',
      vi: 'Miễn học phí; chỗ ở khoảng 600 CNY mỗi tháng.',
      fil: 'Walang bayad sa matrikula; humigit-kumulang 600 CNY bawat buwan ang tirahan.',
      km: 'លើកលែងថ្លៃសិក្សា ថ្លៃស្នាក់នៅប្រហែល 600 យាន់ក្នុងមួយខែ។',
      lo: 'ຍົກເວັ້ນຄ່າຮຽນ; ຄ່າທີ່ພັກປະມານ 600 ຢວນຕໍ່ເດືອນ.',
      my: 'ကျူရှင်ခ ကင်းလွတ်ခွင့်ရှိသည်။ နေထိုင်စရိတ် တစ်လလျှင် ယွမ် 600 ခန့်။',
    },
    funding: {
      en: 'Guangxi government scholarship for ASEAN students (living allowance).',
      zh: '广西政府东盟留学生奖学金（生活补助）。',
      id: 'Beasiswa Pemerintah Guangxi untuk mahasiswa ASEAN (tunjangan biaya hidup).',
      ms: 'Biasiswa Kerajaan Guangxi untuk pelajar ASEAN (elaun sara hidup).',
      th: 'ทุนรัฐบาลกว่างซีสำหรับนักศึกษาอาเซียน (ค่าครองชีพ)',
      vi: 'Học bổng Chính phủ Quảng Tây cho sinh viên ASEAN (trợ cấp sinh hoạt).',
      fil: 'Iskolarsip ng pamahalaan ng Guangxi para sa mga estudyante ng ASEAN (panggastos sa pamumuhay).',
      km: 'អាហារូបករណ៍រដ្ឋាភិបាលក្វាងស៊ីសម្រាប់និស្សិតអាស៊ាន (ប្រាក់ឧបត្ថម្ភការរស់នៅ)។',
      lo: 'ທຶນລັດຖະບານກວາງຊີສຳລັບນັກສຶກສາອາຊຽນ (ເງິນອຸດໜູນຄ່າຄອງຊີບ).',
      my: 'အာဆီယံ ကျောင်းသားများအတွက် ကွမ်ရှီး အစိုးရ ပညာသင်ဆု (နေထိုင်စရိတ် ထောက်ပံ့ငွေ)။',
    },
  }))
  await asUser(db, nanningOffice, tx => createCall(tx, nanningOffice, {
    programId: semester, title: {
      en: 'Spring semester call', zh: '春季学期招募', id: 'Seleksi semester musim semi', ms: 'Pelawaan semester musim bunga', th: 'รับสมัครภาคเรียนฤดูใบไม้ผลิ',
      vi: 'Đợt tuyển học kỳ mùa xuân', fil: 'Panawagan para sa semestre ng tagsibol', km: 'ការអំពាវនាវឆមាសនិទាឃរដូវ',
      lo: 'ປະກາດຮັບສະໝັກພາກຮຽນລະດູໃບໄມ້ປົ່ງ', my: 'နွေဦး စာသင်နှစ်ဝက် လျှောက်လွှာခေါ်ယူမှု',
    },
    opensAtLocal: `${wallClock(-7)}T09:00`, closesAtLocal: `${wallClock(45)}T17:00`, timeZone: 'Asia/Shanghai', academicYear: year,
    places: [{ sendingInstitutionId: redRiver, places: 4 }, { sendingInstitutionId: mekong, places: 2 }],
  }))

  if (!agreement) return
  // Under the signed exchange agreement: Thai students at Nanning, and Nanning teachers at Chao Phraya.
  const thaiStudents = await asUser(db, nanningOffice, tx => createProgram(tx, nanningOffice, {
    type: 'semester_exchange', title: {
      en: 'Mechatronics semester for Thai students', zh: '泰国学生机电一体化学期项目', id: 'Semester mekatronika untuk mahasiswa Thailand',
      ms: 'Semester mekatronik untuk pelajar Thailand', th: 'ภาคเรียนเมคคาทรอนิกส์สำหรับนักศึกษาไทย', vi: 'Học kỳ cơ điện tử dành cho sinh viên Thái Lan',
      fil: 'Semestre ng mekatronika para sa mga estudyanteng Thai', km: 'ឆមាសមេកាត្រូនិកសម្រាប់និស្សិតថៃ', lo: 'ພາກຮຽນເມັກຄາໂທຣນິກສຳລັບນັກສຶກສາໄທ',
      my: 'ထိုင်းကျောင်းသားများအတွက် မက်ကာထရောနစ် စာသင်နှစ်ဝက်',
    },
    description: {},
    hostInstitutionId: nanning, sendingInstitutionIds: [chaoPhraya], agreementId: agreement.id, conditionId: 'study-th-cn',
    startsOn: wallClock(90), endsOn: wallClock(240), places: 6, eligibility: { levels: [], iscedCodes: ['0714'], language: 'zh', languageLevel: 'HSK3' },
    requiredDocuments: documents.slice(0, 1), costs: {}, funding: {},
  }))
  await asUser(db, thai, tx => createCall(tx, thai, {
    programId: thaiStudents, title: {
      en: 'Thai students to Nanning', zh: '泰国学生赴南宁交流', id: 'Mahasiswa Thailand ke Nanning', ms: 'Pelajar Thailand ke Nanning',
      th: 'รับสมัครนักศึกษาไทยไปหนานหนิง', vi: 'Sinh viên Thái Lan sang Nam Ninh', fil: 'Mga estudyanteng Thai papuntang Nanning',
      km: 'និស្សិតថៃទៅណាននីង', lo: 'ນັກສຶກສາໄທໄປໜານໜິງ', my: 'ထိုင်းကျောင်းသားများ နန်နင်းသို့',
    },
    opensAtLocal: `${wallClock(-3)}T08:30`, closesAtLocal: `${wallClock(30)}T16:30`, timeZone: 'Asia/Bangkok', academicYear: year,
    places: [{ sendingInstitutionId: chaoPhraya, places: 4 }],
  }))
  const teaching = await asUser(db, thai, tx => createProgram(tx, thai, {
    type: 'teacher_teaching', title: {
      en: 'Teaching visit: PLC programming', zh: '教学访问：PLC编程', id: 'Kunjungan mengajar: pemrograman PLC', ms: 'Lawatan mengajar: pengaturcaraan PLC',
      th: 'การเยี่ยมสอน: การเขียนโปรแกรม PLC', vi: 'Chuyến thăm giảng dạy: lập trình PLC', fil: 'Pagbisita upang magturo: pagpoprograma ng PLC',
      km: 'ទស្សនកិច្ចបង្រៀន៖ ការសរសេរកម្មវិធី PLC', lo: 'ການໄປສອນ: ການຂຽນໂປຣແກຣມ PLC', my: 'သင်ကြားရေး ခရီးစဉ် - PLC ပရိုဂရမ်ရေးသားခြင်း',
    },
    description: {},
    hostInstitutionId: chaoPhraya, sendingInstitutionIds: [nanning], agreementId: agreement.id, conditionId: 'teach-cn-th',
    startsOn: wallClock(60), endsOn: wallClock(74), places: 2, eligibility: { levels: [], iscedCodes: ['0714'], language: 'en', languageLevel: 'B2' },
    requiredDocuments: [{ key: 'cv', required: true, instructions: SHORT_CV }], costs: {}, funding: {},
  }))
  await asUser(db, nanningOffice, tx => createCall(tx, nanningOffice, {
    programId: teaching, title: {
      en: 'Teaching visit call', zh: '教学访问招募', id: 'Seleksi kunjungan mengajar', ms: 'Pelawaan lawatan mengajar', th: 'รับสมัครครูเยี่ยมสอน',
      vi: 'Đợt tuyển chuyến thăm giảng dạy', fil: 'Panawagan para sa pagbisita upang magturo', km: 'ការអំពាវនាវទស្សនកិច្ចបង្រៀន',
      lo: 'ປະກາດຮັບສະໝັກການໄປສອນ', my: 'သင်ကြားရေး ခရီးစဉ် လျှောက်လွှာခေါ်ယူမှု',
    },
    opensAtLocal: `${wallClock(-1)}T09:00`, closesAtLocal: `${wallClock(20)}T17:00`, timeZone: 'Asia/Shanghai', academicYear: year,
    places: [{ sendingInstitutionId: nanning, places: 2 }],
  }))
}
