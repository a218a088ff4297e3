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

const PRESIDENT = {
  zh: '校长', en: 'President', id: 'Direktur', ms: 'Pengarah', th: 'ผู้อำนวยการ', vi: 'Hiệu trưởng', fil: 'Pangulo', km: 'នាយក', lo: 'ຜູ້ອຳນວຍການ', my: 'ကျောင်းအုပ်ကြီး',
}
const DIRECTOR = {
  zh: '院长', en: 'Director', id: 'Direktur', ms: 'Pengarah', th: 'ผู้อำนวยการ', vi: 'Hiệu trưởng', fil: 'Direktor', km: 'នាយក', lo: 'ຜູ້ອຳນວຍການ', my: 'ညွှန်ကြားရေးမှူး',
}
const GENERAL_MANAGER = {
  zh: '总经理', en: 'General manager', id: 'Direktur Utama', ms: 'Pengurus Besar', th: 'ผู้จัดการทั่วไป', vi: 'Tổng giám đốc',
  fil: 'Pangkalahatang Tagapamahala', km: 'អគ្គនាយក', lo: 'ຜູ້ຈັດການໃຫຍ່', my: 'အထွေထွေ မန်နေဂျာ',
}
const RECTOR = {
  zh: '校长', en: 'Rector', id: 'Rektor', ms: 'Naib Canselor', th: 'อธิการบดี', vi: 'Hiệu trưởng', fil: 'Pangulo', km: 'សាកលវិទ្យាធិការ', lo: 'ອະທິການບໍດີ', my: 'ပါမောက္ခချုပ်',
}

const DIVISION_OF_LABOUR = {
  en: 'Sends and hosts students; names a coordinator.',
  zh: '选派和接收学生；指定一名协调人。',
  id: 'Mengirim dan menerima mahasiswa; menunjuk seorang koordinator.',
  ms: 'Menghantar dan menerima pelajar; melantik seorang penyelaras.',
  th: 'ส่งและรับนักศึกษา แต่งตั้งผู้ประสานงานหนึ่งคน',
  vi: 'Cử và tiếp nhận sinh viên; chỉ định một điều phối viên.',
  fil: 'Nagpapadala at tumatanggap ng mga estudyante; nagtatalaga ng isang tagapag-ugnay.',
  km: 'បញ្ជូន និងទទួលនិស្សិត ហើយតែងតាំងអ្នកសម្របសម្រួលម្នាក់។',
  lo: 'ສົ່ງ ແລະ ຮັບນັກສຶກສາ; ແຕ່ງຕັ້ງຜູ້ປະສານງານໜຶ່ງຄົນ.',
  my: 'ကျောင်းသားများကို စေလွှတ်ခြင်းနှင့် လက်ခံခြင်း ပြုလုပ်ပြီး ညှိနှိုင်းရေးမှူး တစ်ဦး ခန့်အပ်သည်။',
}
const COORDINATOR = {
  en: 'International office coordinator', zh: '国际合作部门协调人', id: 'Koordinator kantor urusan internasional', ms: 'Penyelaras pejabat antarabangsa',
  th: 'ผู้ประสานงานฝ่ายวิเทศสัมพันธ์', vi: 'Điều phối viên phòng hợp tác quốc tế', fil: 'Tagapag-ugnay ng tanggapang pang-internasyonal',
  km: 'អ្នកសម្របសម្រួលការិយាល័យទំនាក់ទំនងអន្តរជាតិ', lo: 'ຜູ້ປະສານງານຫ້ອງການພົວພັນຕ່າງປະເທດ', my: 'နိုင်ငံတကာ ဆက်ဆံရေးရုံး ညှိနှိုင်းရေးမှူး',
}

function terms(ids: Record<string, string>, overrides: Partial<AgreementContent>): AgreementContent {
  return {
    goals: {
      zh: '联合培养智能制造技术技能人才，互派学生和教师，共建实训基地。',
      en: 'Train technicians for smart manufacturing together: exchange students and teachers, and build shared training bases.',
      id: 'Bersama-sama mendidik teknisi manufaktur cerdas: bertukar mahasiswa dan dosen, serta membangun pusat pelatihan bersama.',
      ms: 'Bersama-sama melatih juruteknik pembuatan pintar: bertukar pelajar dan pensyarah, serta membina pusat latihan bersama.',
      th: 'ร่วมกันพัฒนาช่างเทคนิคด้านการผลิตอัจฉริยะ แลกเปลี่ยนนักศึกษาและครู และสร้างศูนย์ฝึกร่วมกัน',
      vi: 'Cùng đào tạo kỹ thuật viên cho sản xuất thông minh: trao đổi sinh viên và giảng viên, xây dựng cơ sở thực hành chung.',
      fil: 'Sama-samang magsanay ng mga tekniko para sa matalinong pagmamanupaktura: magpalitan ng mga estudyante at guro, at magtayo ng magkatuwang na sentro ng pagsasanay.',
      km: 'រួមគ្នាបណ្តុះបណ្តាលអ្នកបច្ចេកទេសសម្រាប់ផលិតកម្មឆ្លាតវៃ៖ ផ្លាស់ប្តូរនិស្សិត និងគ្រូបង្រៀន ហើយកសាងមូលដ្ឋានបណ្តុះបណ្តាលរួមគ្នា។',
      lo: 'ຮ່ວມກັນຝຶກອົບຮົມນັກວິຊາການເຕັກນິກດ້ານການຜະລິດອັດສະລິຍະ: ແລກປ່ຽນນັກສຶກສາ ແລະ ຄູ, ແລະ ສ້າງສູນຝຶກອົບຮົມຮ່ວມກັນ.',
      my: 'စမတ်ထုတ်လုပ်ရေးအတွက် နည်းပညာရှင်များကို အတူတကွ လေ့ကျင့်ပေးရန် - ကျောင်းသားများနှင့် ဆရာများကို ဖလှယ်ပြီး ပူးတွဲ လေ့ကျင့်ရေး စခန်းများ တည်ဆောက်ရန်။',
    },
    scope: {
      zh: '机电一体化、工业机器人专业。', en: 'Mechatronics and industrial robotics programmes.', id: 'Program studi mekatronika dan robotika industri.',
      ms: 'Program mekatronik dan robotik perindustrian.', th: 'สาขาเมคคาทรอนิกส์และหุ่นยนต์อุตสาหกรรม', vi: 'Các chương trình cơ điện tử và robot công nghiệp.',
      fil: 'Mga programa sa mekatronika at robotikang pang-industriya.', km: 'កម្មវិធីសិក្សាមេកាត្រូនិក និងមនុស្សយន្តឧស្សាហកម្ម។',
      lo: 'ຫຼັກສູດເມັກຄາໂທຣນິກ ແລະ ຫຸ່ນຍົນອຸດສາຫະກຳ.', my: 'မက်ကာထရောနစ်နှင့် စက်မှုစက်ရုပ်ပညာ သင်တန်းများ။',
    },
    parties: Object.values(ids).map(id => ({
      institutionId: id, divisionOfLabour: DIVISION_OF_LABOUR,
      // Approval needs resource inputs: each party puts in its coordinator's time.
      resources: [{ kind: 'staff_hours' as const, amount: 120, unit: 'h', description: COORDINATOR }],
    })),
    ipTerms: {
      en: 'Teaching materials remain with their authors; joint materials are owned jointly.',
      zh: '教学资料归作者所有；共同开发的资料共同所有。',
      id: 'Bahan ajar tetap menjadi milik penulisnya; bahan yang dikembangkan bersama dimiliki bersama.',
      ms: 'Bahan pengajaran kekal milik pengarangnya; bahan yang dibangunkan bersama dimiliki secara bersama.',
      th: 'สื่อการสอนเป็นของผู้จัดทำ สื่อที่พัฒนาร่วมกันเป็นกรรมสิทธิ์ร่วม',
      vi: 'Tài liệu giảng dạy thuộc về tác giả; tài liệu cùng biên soạn thuộc sở hữu chung.',
      fil: 'Sa mga may-akda nananatili ang mga materyales sa pagtuturo; magkasamang pag-aari ang mga materyales na pinagtulungang gawin.',
      km: 'ឯកសារបង្រៀនជាកម្មសិទ្ធិរបស់អ្នកនិពន្ធ ឯកសាររៀបចំរួមគ្នាជាកម្មសិទ្ធិរួម។',
      lo: 'ເອກະສານການສອນເປັນກຳມະສິດຂອງຜູ້ຂຽນ; ເອກະສານທີ່ພັດທະນາຮ່ວມກັນເປັນກຳມະສິດຮ່ວມ.',
      my: 'သင်ကြားရေး စာရွက်စာတမ်းများသည် ရေးသားသူများ၏ ပိုင်ဆိုင်မှုဖြစ်ပြီး ပူးတွဲ ရေးသားထားသော စာရွက်စာတမ်းများကို ပူးတွဲ ပိုင်ဆိုင်သည်။',
    },
    benefitSharing: {
      en: 'Each party bears its own travel costs; the host waives tuition.',
      zh: '各方承担本方差旅费用；接收方免收学费。',
      id: 'Setiap pihak menanggung biaya perjalanannya sendiri; pihak penerima membebaskan biaya kuliah.',
      ms: 'Setiap pihak menanggung kos perjalanan sendiri; pihak penerima mengecualikan yuran pengajian.',
      th: 'แต่ละฝ่ายรับผิดชอบค่าเดินทางของตนเอง ฝ่ายผู้รับยกเว้นค่าเล่าเรียน',
      vi: 'Mỗi bên tự chịu chi phí đi lại của mình; bên tiếp nhận miễn học phí.',
      fil: 'Sinasagot ng bawat partido ang sarili nitong gastos sa paglalakbay; hindi na naniningil ng matrikula ang tumatanggap na partido.',
      km: 'ភាគីនីមួយៗទទួលបន្ទុកថ្លៃធ្វើដំណើររបស់ខ្លួន ភាគីទទួលលើកលែងថ្លៃសិក្សា។',
      lo: 'ແຕ່ລະຝ່າຍຮັບຜິດຊອບຄ່າເດີນທາງຂອງຕົນເອງ; ຝ່າຍຮັບຍົກເວັ້ນຄ່າຮຽນ.',
      my: 'အဖွဲ့တစ်ဖွဲ့စီသည် မိမိ၏ ခရီးစရိတ်ကို ကျခံပြီး လက်ခံသည့်ဘက်က ကျူရှင်ခကို ကင်းလွတ်ခွင့်ပေးသည်။',
    },
    disputeResolution: {
      en: 'Friendly consultation between the parties’ international offices.',
      zh: '由各方国际合作部门友好协商解决。',
      id: 'Musyawarah secara kekeluargaan antara kantor urusan internasional para pihak.',
      ms: 'Rundingan secara baik antara pejabat antarabangsa pihak-pihak terlibat.',
      th: 'การปรึกษาหารืออย่างฉันมิตรระหว่างฝ่ายวิเทศสัมพันธ์ของคู่ภาคี',
      vi: 'Thương lượng hữu nghị giữa phòng hợp tác quốc tế của các bên.',
      fil: 'Mapayapang pag-uusap ng mga tanggapang pang-internasyonal ng mga partido.',
      km: 'ការពិគ្រោះយោបល់ដោយមិត្តភាពរវាងការិយាល័យទំនាក់ទំនងអន្តរជាតិរបស់ភាគីនានា។',
      lo: 'ການປຶກສາຫາລືຢ່າງເປັນມິດລະຫວ່າງຫ້ອງການພົວພັນຕ່າງປະເທດຂອງບັນດາຝ່າຍ.',
      my: 'အဖွဲ့များ၏ နိုင်ငံတကာ ဆက်ဆံရေးရုံးများအကြား ချစ်ကြည်ရင်းနှီးစွာ ညှိနှိုင်းဆွေးနွေးခြင်း။',
    },
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
    title: {
      zh: '机电一体化学期交换协议', en: 'Mechatronics semester exchange', id: 'Pertukaran semester mekatronika', ms: 'Pertukaran semester mekatronik',
      th: 'ข้อตกลงแลกเปลี่ยนนักศึกษาเมคคาทรอนิกส์รายภาคเรียน', vi: 'Thỏa thuận trao đổi học kỳ ngành cơ điện tử', fil: 'Palitan ng semestre sa mekatronika',
      km: 'កិច្ចព្រមព្រៀងផ្លាស់ប្តូរឆមាសមេកាត្រូនិក', lo: 'ສັນຍາແລກປ່ຽນພາກຮຽນເມັກຄາໂທຣນິກ', my: 'မက်ကာထရောနစ် စာသင်နှစ်ဝက် ဖလှယ်ရေး သဘောတူညီချက်',
    },
    parties: [
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: PRESIDENT, contactUserId: office.id },
      { institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', signatoryTitle: DIRECTOR, contactUserId: thai.id },
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
    title: {
      zh: '教师互访试点协议', en: 'Teacher visit pilot', id: 'Rintisan kunjungan mengajar dosen', ms: 'Perintis lawatan mengajar pensyarah',
      th: 'ข้อตกลงนำร่องการเยี่ยมสอนของครู', vi: 'Thỏa thuận thí điểm giáo viên sang giảng dạy', fil: 'Paunang programa ng pagbisita ng mga guro upang magturo',
      km: 'កិច្ចព្រមព្រៀងសាកល្បងទស្សនកិច្ចបង្រៀនរបស់គ្រូ', lo: 'ສັນຍານຳຮ່ອງການໄປສອນຂອງຄູ', my: 'ဆရာများ သင်ကြားရေး ခရီးစဉ် စမ်းသပ် သဘောတူညီချက်',
    },
    parties: [
      { institutionId: chaoPhraya, signatoryName: 'ดร.วิชัย ศรีสุข', signatoryTitle: DIRECTOR, contactUserId: thai.id },
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: PRESIDENT, contactUserId: office.id },
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
    title: {
      zh: '工业机器人企业实习项目协议', en: 'Industrial robotics traineeship programme', id: 'Program magang robotika industri',
      ms: 'Program latihan industri robotik perindustrian', th: 'ข้อตกลงโครงการฝึกงานหุ่นยนต์อุตสาหกรรม', vi: 'Chương trình thực tập robot công nghiệp',
      fil: 'Programa ng praktikum sa robotikang pang-industriya', km: 'កម្មវិធីកម្មសិក្សាមនុស្សយន្តឧស្សាហកម្ម', lo: 'ໂຄງການຝຶກງານຫຸ່ນຍົນອຸດສາຫະກຳ',
      my: 'စက်မှုစက်ရုပ်ပညာ လက်တွေ့အလုပ်သင် အစီအစဉ်',
    },
    parties: [
      { institutionId: zhiyun, signatoryName: '陈总 Chen Zong', signatoryTitle: GENERAL_MANAGER, contactUserId: enterprise.id },
      { institutionId: nanning, signatoryName: '黄校长 Huang Xiaozhang', signatoryTitle: PRESIDENT, contactUserId: office.id },
      { institutionId: redRiver, signatoryName: 'PGS.TS. Trần Văn Minh', signatoryTitle: RECTOR, contactUserId: null },
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
