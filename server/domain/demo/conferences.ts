import { sql } from 'kysely'
import { asService } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import { LOCALE_CODES } from '../../../shared/locales'
import { wallClockToInstant } from '../time/wall-clock'
import { existingSeedIds, inDays, seedActivity, type DemoActivity } from './activities'
import { DEMO_INSTITUTIONS } from './community'
import { DEMO_CONFERENCE_TITLE, DEMO_CONFERENCE_TITLES } from './conference-title'

// The demo conference (issue 17): a two-day conference in Nanning whose call for abstracts is open, with three tracks
// and three reviewers who accepted, every text in all ten languages, dates relative to today. Submissions, reviews
// and the programme are left to the people who try the portal (and to the e2e story).

const CONFERENCE_ZONE = 'Asia/Shanghai'

const SUMMARY: LocalizedText = {
  zh: '两天的学术会议：院校与企业分享产教融合、数字技能和交流学习的研究与实践。',
  en: 'Two days in which colleges, universities and enterprises share research and practice on industry–education integration, digital skills and mobility.',
  id: 'Dua hari bagi perguruan tinggi dan perusahaan untuk berbagi riset dan praktik tentang integrasi industri–pendidikan, keterampilan digital, dan mobilitas.',
  ms: 'Dua hari untuk kolej, universiti dan syarikat berkongsi penyelidikan dan amalan tentang integrasi industri–pendidikan, kemahiran digital dan mobiliti.',
  th: 'สองวันที่วิทยาลัย มหาวิทยาลัย และสถานประกอบการแบ่งปันงานวิจัยและแนวปฏิบัติด้านการบูรณาการอุตสาหกรรมกับการศึกษา ทักษะดิจิทัล และการแลกเปลี่ยน',
  vi: 'Hai ngày để các trường và doanh nghiệp chia sẻ nghiên cứu, thực tiễn về gắn kết giáo dục với doanh nghiệp, kỹ năng số và trao đổi học thuật.',
  fil: 'Dalawang araw kung saan nagbabahagi ang mga kolehiyo, unibersidad at kompanya ng pananaliksik at praktika sa ugnayan ng industriya at edukasyon, digital na kasanayan at palitan.',
  km: 'ពីរថ្ងៃដែលមហាវិទ្យាល័យ សាកលវិទ្យាល័យ និងសហគ្រាសចែករំលែកការស្រាវជ្រាវ និងការអនុវត្តលើសមាហរណកម្មឧស្សាហកម្ម–ការអប់រំ ជំនាញឌីជីថល និងការផ្លាស់ប្តូរ។',
  lo: 'ສອງມື້ທີ່ວິທະຍາໄລ, ມະຫາວິທະຍາໄລ ແລະ ວິສາຫະກິດແບ່ງປັນການຄົ້ນຄວ້າ ແລະ ການປະຕິບັດດ້ານການເຊື່ອມໂຍງອຸດສາຫະກຳກັບການສຶກສາ, ທັກສະດິຈິຕອນ ແລະ ການແລກປ່ຽນ.',
  my: 'ကောလိပ်၊ တက္ကသိုလ်နှင့် လုပ်ငန်းများက စက်မှု–ပညာရေး ပေါင်းစပ်မှု၊ ဒစ်ဂျစ်တယ်ကျွမ်းကျင်မှုနှင့် ဖလှယ်ရေးဆိုင်ရာ သုတေသနနှင့် လက်တွေ့ကို မျှဝေမည့် နှစ်ရက်။',
}

const DESCRIPTION: LocalizedText = {
  zh: '会议包括主旨报告、分会场报告、海报和工作坊。分会场使用中文、英文或东盟国家语言，主会场提供中英文同传。摘要征集截止前可随时修改。',
  en: 'Keynotes, parallel sessions, posters and workshops. Sessions are held in Chinese, English or an ASEAN language; the plenary hall has Chinese–English interpretation. Abstracts can be edited until the deadline.',
  id: 'Pidato utama, sesi paralel, poster, dan lokakarya. Sesi berlangsung dalam bahasa Tionghoa, Inggris, atau bahasa ASEAN; aula pleno dilengkapi juru bahasa Tionghoa–Inggris. Abstrak dapat diubah sampai batas waktu.',
  ms: 'Ucaptama, sesi selari, poster dan bengkel. Sesi dijalankan dalam bahasa Cina, Inggeris atau bahasa ASEAN; dewan pleno ada jurubahasa Cina–Inggeris. Abstrak boleh disunting sehingga tarikh akhir.',
  th: 'ปาฐกถาหลัก การนำเสนอห้องย่อย โปสเตอร์ และเวิร์กช็อป ห้องย่อยใช้ภาษาจีน อังกฤษ หรือภาษาอาเซียน ห้องประชุมใหญ่มีล่ามจีน–อังกฤษ แก้ไขบทคัดย่อได้จนถึงวันปิดรับ',
  vi: 'Báo cáo đề dẫn, tiểu ban song song, poster và hội thảo chuyên đề. Các phiên dùng tiếng Trung, tiếng Anh hoặc một ngôn ngữ ASEAN; hội trường chính có phiên dịch Trung–Anh. Tóm tắt được sửa đến hạn chót.',
  fil: 'Mga pangunahing talumpati, sabay-sabay na sesyon, poster at palihan. Ang mga sesyon ay sa Tsino, Ingles o isang wika ng ASEAN; may tagasalin sa Tsino at Ingles sa pangunahing bulwagan. Maaaring baguhin ang abstrak hanggang sa takdang petsa.',
  km: 'សុន្ទរកថាគន្លឹះ វគ្គស្របគ្នា ផ្ទាំងរូបភាព និងសិក្ខាសាលា។ វគ្គនានាប្រើភាសាចិន អង់គ្លេស ឬភាសាអាស៊ាន សាលធំមានអ្នកបកប្រែចិន–អង់គ្លេស។ អាចកែសម្រួលសេចក្តីសង្ខេបបានរហូតដល់ថ្ងៃផុតកំណត់។',
  lo: 'ບົດປາໄສຫຼັກ, ກອງປະຊຸມຍ່ອຍ, ໂປສເຕີ ແລະ ກອງປະຊຸມປະຕິບັດ. ກອງປະຊຸມຍ່ອຍໃຊ້ພາສາຈີນ, ອັງກິດ ຫຼື ພາສາອາຊຽນ; ຫ້ອງປະຊຸມໃຫຍ່ມີນາຍພາສາຈີນ–ອັງກິດ. ແກ້ໄຂບົດຄັດຫຍໍ້ໄດ້ຈົນຮອດມື້ປິດຮັບ.',
  my: 'အဓိကမိန့်ခွန်းများ၊ အပြိုင်အစည်းအဝေးများ၊ ပိုစတာများနှင့် အလုပ်ရုံဆွေးနွေးပွဲများ။ အစည်းအဝေးများကို တရုတ်၊ အင်္ဂလိပ် သို့မဟုတ် အာဆီယံဘာသာဖြင့် ကျင်းပပြီး ခန်းမကြီးတွင် တရုတ်–အင်္ဂလိပ် စကားပြန် ရှိသည်။ နောက်ဆုံးရက်အထိ အကျဉ်းချုပ်ကို ပြင်ဆင်နိုင်သည်။',
}

const AUDIENCE: LocalizedText = {
  zh: '成员院校的教师、研究人员、国际交流处人员和企业培训负责人。', en: 'Teachers, researchers, international office staff and enterprise trainers of member institutions.',
  id: 'Dosen, peneliti, staf kantor internasional, dan pelatih perusahaan dari institusi anggota.', ms: 'Pensyarah, penyelidik, kakitangan pejabat antarabangsa dan jurulatih syarikat institusi ahli.',
  th: 'ครู นักวิจัย เจ้าหน้าที่งานต่างประเทศ และผู้ฝึกสอนในสถานประกอบการของสถาบันสมาชิก', vi: 'Giảng viên, nhà nghiên cứu, cán bộ hợp tác quốc tế và người đào tạo của doanh nghiệp thành viên.',
  fil: 'Mga guro, mananaliksik, kawani ng tanggapang pandaigdig at tagapagsanay ng mga kompanyang kasapi.', km: 'គ្រូ អ្នកស្រាវជ្រាវ បុគ្គលិកការិយាល័យអន្តរជាតិ និងគ្រូបង្គោលរបស់សហគ្រាសនៃស្ថាប័នសមាជិក។',
  lo: 'ຄູ, ນັກຄົ້ນຄວ້າ, ພະນັກງານຫ້ອງການສາກົນ ແລະ ຄູຝຶກຂອງວິສາຫະກິດຂອງສະຖາບັນສະມາຊິກ.', my: 'အဖွဲ့ဝင်အဖွဲ့အစည်းများ၏ ဆရာများ၊ သုတေသီများ၊ နိုင်ငံတကာရေးရာရုံး ဝန်ထမ်းများနှင့် လုပ်ငန်းသင်တန်းဆရာများ။',
}

const CALL_TEXT: LocalizedText = {
  zh: '欢迎提交关于产教融合、数字技能与智能制造、交流学习与跨文化能力的摘要（不超过 300 字），形式可为报告、海报、工作坊或圆桌。摘要可用任一成员语言撰写，并注明报告语言。评审分两阶段：先匿名评审，再公开讨论。',
  en: 'We welcome abstracts (at most 300 words) on industry–education integration, digital skills and smart manufacturing, and mobility and intercultural competence, as a talk, poster, workshop or panel. Write in any member language and say which language you will present in. Review is anonymised first, then open.',
  id: 'Kami menerima abstrak (paling banyak 300 kata) tentang integrasi industri–pendidikan, keterampilan digital dan manufaktur cerdas, serta mobilitas dan kompetensi antarbudaya, sebagai presentasi, poster, lokakarya, atau panel. Tulis dalam bahasa anggota mana pun dan sebutkan bahasa presentasi. Penilaian anonim terlebih dahulu, lalu terbuka.',
  ms: 'Kami mengalu-alukan abstrak (tidak melebihi 300 patah perkataan) tentang integrasi industri–pendidikan, kemahiran digital dan pembuatan pintar, serta mobiliti dan kecekapan antara budaya, sebagai pembentangan, poster, bengkel atau panel. Tulis dalam mana-mana bahasa ahli dan nyatakan bahasa pembentangan. Penilaian tanpa nama dahulu, kemudian terbuka.',
  th: 'ขอเชิญส่งบทคัดย่อ (ไม่เกิน 300 คำ) ด้านการบูรณาการอุตสาหกรรมกับการศึกษา ทักษะดิจิทัลและการผลิตอัจฉริยะ และการแลกเปลี่ยนกับสมรรถนะข้ามวัฒนธรรม ในรูปแบบการบรรยาย โปสเตอร์ เวิร์กช็อป หรือการเสวนา เขียนได้ทุกภาษาของสมาชิกและระบุภาษาที่จะนำเสนอ การพิจารณาเริ่มแบบปกปิดชื่อแล้วจึงเปิดเผย',
  vi: 'Chúng tôi mời gửi tóm tắt (tối đa 300 từ) về gắn kết giáo dục với doanh nghiệp, kỹ năng số và sản xuất thông minh, trao đổi học thuật và năng lực liên văn hóa, dưới dạng báo cáo, poster, hội thảo hoặc tọa đàm. Viết bằng bất kỳ ngôn ngữ thành viên nào và ghi rõ ngôn ngữ trình bày. Phản biện ẩn danh trước, sau đó công khai.',
  fil: 'Tumatanggap kami ng mga abstrak (hanggang 300 salita) tungkol sa ugnayan ng industriya at edukasyon, digital na kasanayan at matalinong pagmamanupaktura, at palitan at kakayahang interkultural, bilang presentasyon, poster, palihan o panel. Sumulat sa alinmang wika ng kasapi at sabihin kung anong wika ka magtatanghal. Walang pangalan ang unang pagsusuri, saka bukas.',
  km: 'យើងស្វាគមន៍សេចក្តីសង្ខេប (មិនលើសពី 300 ពាក្យ) ស្តីពីសមាហរណកម្មឧស្សាហកម្ម–ការអប់រំ ជំនាញឌីជីថល និងផលិតកម្មឆ្លាតវៃ ការផ្លាស់ប្តូរ និងសមត្ថភាពឆ្លងវប្បធម៌ ជាបទបង្ហាញ ផ្ទាំងរូបភាព សិក្ខាសាលា ឬកិច្ចពិភាក្សា។ សរសេរជាភាសាសមាជិកណាមួយ ហើយបញ្ជាក់ភាសាដែលនឹងបង្ហាញ។ ការវាយតម្លៃលាក់ឈ្មោះជាមុន រួចបើកចំហ។',
  lo: 'ຂໍເຊີນສົ່ງບົດຄັດຫຍໍ້ (ບໍ່ເກີນ 300 ຄຳ) ກ່ຽວກັບການເຊື່ອມໂຍງອຸດສາຫະກຳກັບການສຶກສາ, ທັກສະດິຈິຕອນ ແລະ ການຜະລິດອັດສະລິຍະ, ການແລກປ່ຽນ ແລະ ຄວາມສາມາດຂ້າມວັດທະນະທຳ ໃນຮູບແບບການບັນຍາຍ, ໂປສເຕີ, ກອງປະຊຸມປະຕິບັດ ຫຼື ການເສວະນາ. ຂຽນເປັນພາສາໃດກໍໄດ້ຂອງສະມາຊິກ ແລະ ລະບຸພາສາທີ່ຈະນຳສະເໜີ. ການພິຈາລະນາປິດຊື່ກ່ອນ ແລ້ວຈຶ່ງເປີດເຜີຍ.',
  my: 'စက်မှု–ပညာရေး ပေါင်းစပ်မှု၊ ဒစ်ဂျစ်တယ်ကျွမ်းကျင်မှုနှင့် စမတ်ထုတ်လုပ်ရေး၊ ဖလှယ်ရေးနှင့် ယဉ်ကျေးမှုဖြတ်ကျော် စွမ်းရည်တို့အကြောင်း အကျဉ်းချုပ်များ (စကားလုံး 300 ထက်မပို) ကို ဟောပြောချက်၊ ပိုစတာ၊ အလုပ်ရုံ သို့မဟုတ် ဆွေးနွေးပွဲအဖြစ် ပေးပို့ရန် ဖိတ်ခေါ်ပါသည်။ အဖွဲ့ဝင်ဘာသာစကားတစ်ခုခုဖြင့် ရေးသားပြီး တင်ပြမည့်ဘာသာကို ဖော်ပြပါ။ ပထမ အမည်မဖော်ဘဲ သုံးသပ်ပြီးမှ ဖွင့်ဟမည်။',
}

const TRACKS: { name: LocalizedText; topics: string[] }[] = [
  {
    topics: ['internships', 'apprenticeships', 'enterprise partnerships', 'vocational education'],
    name: {
      zh: '产教融合', en: 'Industry–education integration', id: 'Integrasi industri–pendidikan', ms: 'Integrasi industri–pendidikan',
      th: 'การบูรณาการอุตสาหกรรมกับการศึกษา', vi: 'Gắn kết giáo dục với doanh nghiệp', fil: 'Ugnayan ng industriya at edukasyon',
      km: 'សមាហរណកម្មឧស្សាហកម្ម–ការអប់រំ', lo: 'ການເຊື່ອມໂຍງອຸດສາຫະກຳກັບການສຶກສາ', my: 'စက်မှု–ပညာရေး ပေါင်းစပ်မှု',
    },
  },
  {
    topics: ['digital skills', 'robotics', 'smart manufacturing'],
    name: {
      zh: '数字技能与智能制造', en: 'Digital skills and smart manufacturing', id: 'Keterampilan digital dan manufaktur cerdas', ms: 'Kemahiran digital dan pembuatan pintar',
      th: 'ทักษะดิจิทัลและการผลิตอัจฉริยะ', vi: 'Kỹ năng số và sản xuất thông minh', fil: 'Digital na kasanayan at matalinong pagmamanupaktura',
      km: 'ជំនាញឌីជីថល និងផលិតកម្មឆ្លាតវៃ', lo: 'ທັກສະດິຈິຕອນ ແລະ ການຜະລິດອັດສະລິຍະ', my: 'ဒစ်ဂျစ်တယ်ကျွမ်းကျင်မှုနှင့် စမတ်ထုတ်လုပ်ရေး',
    },
  },
  {
    topics: ['mobility', 'intercultural competence', 'credit recognition'],
    name: {
      zh: '交流学习与跨文化能力', en: 'Mobility and intercultural competence', id: 'Mobilitas dan kompetensi antarbudaya', ms: 'Mobiliti dan kecekapan antara budaya',
      th: 'การแลกเปลี่ยนและสมรรถนะข้ามวัฒนธรรม', vi: 'Trao đổi học thuật và năng lực liên văn hóa', fil: 'Palitan at kakayahang interkultural',
      km: 'ការផ្លាស់ប្តូរ និងសមត្ថភាពឆ្លងវប្បធម៌', lo: 'ການແລກປ່ຽນ ແລະ ຄວາມສາມາດຂ້າມວັດທະນະທຳ', my: 'ဖလှယ်ရေးနှင့် ယဉ်ကျေးမှုဖြတ်ကျော် စွမ်းရည်',
    },
  },
]

/** Reviewers who accepted, with the topics they review. */
const REVIEWERS: { email: string; topics: string[] }[] = [
  { email: 'teacher.nanning@demo.example', topics: ['internships', 'vocational education', 'robotics'] },
  { email: 'partner.thai@demo.example', topics: ['internships', 'mobility'] },
  { email: 'reviewer@demo.example', topics: ['vocational education', 'credit recognition'] },
]

/** The conference 100 days from today, two days; the call closes 45 days from today at 23:59 in Nanning. */
function conferenceActivity(): DemoActivity {
  const first = inDays(100)
  const second = inDays(101)
  const members = DEMO_INSTITUTIONS.map(i => i.slug)
  const organisers = ['nanning-smart-polytechnic', 'liuzhou-industrial-tech']
  return {
    kind: 'conference', steps: ['publish', 'open_registration'], createdBy: 'office.nanning@demo.example',
    organisers, invitees: members.filter(slug => !organisers.includes(slug)),
    venue: 'nanning', timeZone: CONFERENCE_ZONE, capacity: 200, workingLanguages: ['zh', 'en', 'th'], interpretation: true,
    registration: { opensAt: new Date(Date.now() - 86_400_000), closesAt: wallClockToInstant(`${inDays(93)}T18:00`, CONFERENCE_ZONE)! },
    sessions: [
      { startsAtLocal: `${first}T09:00`, endsAtLocal: `${first}T17:30`, room: 0 },
      { startsAtLocal: `${second}T09:00`, endsAtLocal: `${second}T16:00`, room: 0 },
    ],
    title: DEMO_CONFERENCE_TITLES, summary: SUMMARY, description: DESCRIPTION, audience: AUDIENCE,
  }
}

/** Seeds the demo conference once (after the demo activities, whose venue in Nanning it uses). */
export async function seedDemoConference(db: Db): Promise<void> {
  await asService(db, 'demo seed', async (tx) => {
    const exists = await tx.selectFrom('activities').select('id').where(sql<boolean>`title->>'en' = ${DEMO_CONFERENCE_TITLE}`).executeTakeFirst()
    if (exists) return
    const ids = await existingSeedIds(tx)
    const activity = conferenceActivity()
    const needed = [activity.createdBy, ...REVIEWERS.map(r => r.email)]
    if (!ids.venues.has('nanning') || !needed.every(e => ids.people.has(e)) || ![...activity.organisers, ...activity.invitees].every(s => ids.institutions.has(s))) return
    const activityId = await seedActivity(tx, activity, ids)
    const conference = await tx.insertInto('conferences').values({
      activity_id: activityId, call_text: JSON.stringify(CALL_TEXT), submission_languages: [...LOCALE_CODES],
      submission_types: ['talk', 'poster', 'workshop', 'panel'], word_limit: 300,
      submission_deadline: wallClockToInstant(`${inDays(45)}T23:59`, CONFERENCE_ZONE)!, review_mode: 'anonymised_then_open',
      review_criteria: ['relevance', 'originality', 'clarity', 'overall'], coauthor_lookback_years: 3,
    }).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('conference_tracks').values(TRACKS.map((track, position) => ({
      conference_id: conference.id, name: JSON.stringify(track.name), topics: track.topics, position,
    }))).execute()
    const chair = ids.people.get(activity.createdBy)!
    await tx.insertInto('conference_reviewers').values(REVIEWERS.map(r => ({
      conference_id: conference.id, person_id: ids.people.get(r.email)!, state: 'accepted', topics: r.topics, invited_by: chair, responded_at: new Date(),
    }))).execute()
  })
}
