import { FORM_SCHEMA_ID, type FormDefinition } from '../form-definition'
import { AGREE_5, CHOOSE_ALL, FREQUENCY_5, type TemplateText } from './scales'

// Level 3 asks the participant and their supervisor about the same six behaviours: the rows below are
// phrased without a subject, so both versions share them and analytics compare self and supervisor row by row.

type Version = 'self' | 'supervisor'
type Worded = Record<Version, TemplateText>

const PRACTICE_ROWS: { id: string; label: TemplateText }[] = [
  {
    id: 'apply',
    label: {
      zh: '在日常工作中运用培训所学', en: 'Use what was learned in the training in daily work', id: 'Menerapkan apa yang dipelajari dalam pelatihan pada pekerjaan sehari-hari',
      ms: 'Menggunakan apa yang dipelajari dalam latihan dalam kerja harian', th: 'นำสิ่งที่เรียนรู้จากการอบรมไปใช้ในการทำงานประจำวัน',
      vi: 'Áp dụng những gì đã học trong khóa tập huấn vào công việc hằng ngày', fil: 'Gamitin sa araw-araw na trabaho ang natutuhan sa pagsasanay',
      km: 'អនុវត្តអ្វីដែលបានរៀនពីវគ្គបណ្ដុះបណ្ដាលក្នុងការងារប្រចាំថ្ងៃ', lo: 'ນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນຈາກການຝຶກອົບຮົມເຂົ້າໃນວຽກງານປະຈຳວັນ',
      my: 'သင်တန်းမှ သင်ယူခဲ့သည်များကို နေ့စဉ်အလုပ်တွင် အသုံးချခြင်း',
    },
  },
  {
    id: 'adapt',
    label: {
      zh: '根据对方的文化背景调整沟通方式', en: 'Adapt communication to the cultural background of the people involved',
      id: 'Menyesuaikan cara berkomunikasi dengan latar belakang budaya lawan bicara', ms: 'Menyesuaikan cara berkomunikasi mengikut latar belakang budaya orang yang terlibat',
      th: 'ปรับวิธีการสื่อสารให้เข้ากับภูมิหลังทางวัฒนธรรมของคู่สนทนา', vi: 'Điều chỉnh cách giao tiếp cho phù hợp với nền tảng văn hóa của người đối diện',
      fil: 'Iangkop ang paraan ng pakikipag-usap sa kultura ng kausap', km: 'កែសម្រួលរបៀបប្រាស្រ័យទាក់ទងឱ្យស្របនឹងប្រវត្តិវប្បធម៌របស់អ្នកសន្ទនា',
      lo: 'ປັບວິທີການສື່ສານໃຫ້ເໝາະກັບພື້ນຖານວັດທະນະທຳຂອງຄູ່ສົນທະນາ', my: 'စကားပြောဖက်၏ ယဉ်ကျေးမှုနောက်ခံနှင့် ကိုက်ညီအောင် ဆက်သွယ်ပုံကို ညှိခြင်း',
    },
  },
  {
    id: 'check_understanding',
    label: {
      zh: '与其他文化背景的伙伴确认彼此是否理解，而不是想当然', en: 'Check mutual understanding with partners from other cultures instead of assuming it',
      id: 'Memastikan saling pengertian dengan mitra dari budaya lain, bukan sekadar berasumsi', ms: 'Memastikan persefahaman dengan rakan dari budaya lain, bukan sekadar membuat andaian',
      th: 'ตรวจสอบความเข้าใจที่ตรงกันกับคู่ความร่วมมือต่างวัฒนธรรม แทนการคาดเดา', vi: 'Kiểm tra sự hiểu nhau với đối tác từ nền văn hóa khác thay vì phỏng đoán',
      fil: 'Tiyakin ang pagkakaintindihan sa mga kasosyo mula sa ibang kultura sa halip na mag-akala', km: 'ពិនិត្យការយល់គ្នាទៅវិញទៅមកជាមួយដៃគូមកពីវប្បធម៌ផ្សេង ជាជាងការស្មាន',
      lo: 'ກວດສອບຄວາມເຂົ້າໃຈເຊິ່ງກັນແລະກັນກັບຄູ່ຮ່ວມງານຕ່າງວັດທະນະທຳ ແທນການຄາດເດົາ', my: 'အခြားယဉ်ကျေးမှုမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် အပြန်အလှန်နားလည်မှုကို ခန့်မှန်းမနေဘဲ စစ်ဆေးခြင်း',
    },
  },
  {
    id: 'etiquette',
    label: {
      zh: '在会议、访问和活动中遵循伙伴的习俗和礼仪', en: 'Follow partners’ customs and etiquette in meetings, visits and events',
      id: 'Mengikuti adat dan etiket mitra dalam rapat, kunjungan, dan acara', ms: 'Mengikut adat dan adab rakan kongsi dalam mesyuarat, lawatan dan acara',
      th: 'ปฏิบัติตามธรรมเนียมและมารยาทของคู่ความร่วมมือในการประชุม การเยี่ยมเยือน และงานต่าง ๆ', vi: 'Tuân theo phong tục và phép lịch sự của đối tác trong cuộc họp, chuyến thăm và sự kiện',
      fil: 'Sundin ang mga kaugalian at kagandahang-asal ng mga kasosyo sa mga pulong, pagbisita at okasyon', km: 'គោរពទំនៀមទម្លាប់ និងសុជីវធម៌របស់ដៃគូក្នុងកិច្ចប្រជុំ ទស្សនកិច្ច និងព្រឹត្តិការណ៍',
      lo: 'ປະຕິບັດຕາມຮີດຄອງປະເພນີ ແລະ ມາລະຍາດຂອງຄູ່ຮ່ວມງານໃນກອງປະຊຸມ, ການຢ້ຽມຢາມ ແລະ ງານຕ່າງໆ', my: 'အစည်းအဝေး၊ ခရီးစဉ်နှင့် အခမ်းအနားများတွင် လုပ်ဖော်ကိုင်ဖက်များ၏ ဓလေ့ထုံးစံကို လိုက်နာခြင်း',
    },
  },
  {
    id: 'share',
    label: {
      zh: '与同事分享所学', en: 'Share what was learned with colleagues', id: 'Membagikan apa yang dipelajari kepada rekan kerja', ms: 'Berkongsi apa yang dipelajari dengan rakan sekerja',
      th: 'แบ่งปันสิ่งที่เรียนรู้กับเพื่อนร่วมงาน', vi: 'Chia sẻ những gì đã học với đồng nghiệp', fil: 'Ibahagi sa mga kasamahan ang natutuhan',
      km: 'ចែករំលែកអ្វីដែលបានរៀនជាមួយសហការី', lo: 'ແບ່ງປັນສິ່ງທີ່ໄດ້ຮຽນໃຫ້ເພື່ອນຮ່ວມງານ', my: 'သင်ယူခဲ့သည်များကို လုပ်ဖော်ကိုင်ဖက်များနှင့် မျှဝေခြင်း',
    },
  },
  {
    id: 'joint_work',
    label: {
      zh: '参与或发起与其他国家伙伴的合作（项目、交流、课程）', en: 'Take part in or start joint work with partners in other countries (projects, exchanges, courses)',
      id: 'Ikut serta atau memprakarsai kerja sama dengan mitra di negara lain (proyek, pertukaran, kursus)', ms: 'Menyertai atau memulakan kerjasama dengan rakan kongsi di negara lain (projek, pertukaran, kursus)',
      th: 'เข้าร่วมหรือริเริ่มงานร่วมกับคู่ความร่วมมือในประเทศอื่น (โครงการ การแลกเปลี่ยน หลักสูตร)', vi: 'Tham gia hoặc khởi xướng hợp tác với đối tác ở nước khác (dự án, trao đổi, khóa học)',
      fil: 'Makilahok o magsimula ng magkasamang gawain kasama ang mga kasosyo sa ibang bansa (proyekto, palitan, kurso)',
      km: 'ចូលរួម ឬផ្ដួចផ្ដើមការងាររួមជាមួយដៃគូនៅប្រទេសផ្សេង (គម្រោង ការផ្លាស់ប្ដូរ វគ្គសិក្សា)',
      lo: 'ເຂົ້າຮ່ວມ ຫຼື ລິເລີ່ມວຽກຮ່ວມກັບຄູ່ຮ່ວມງານໃນປະເທດອື່ນ (ໂຄງການ, ການແລກປ່ຽນ, ຫຼັກສູດ)',
      my: 'အခြားနိုင်ငံများမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် ပူးတွဲလုပ်ငန်း (စီမံကိန်း၊ ဖလှယ်ရေး၊ သင်တန်း) တွင် ပါဝင်ခြင်း သို့မဟုတ် စတင်ခြင်း',
    },
  },
]

const BARRIERS: { id: string; label: TemplateText }[] = [
  {
    id: 'few_occasions',
    label: {
      zh: '与其他文化背景伙伴合作的机会很少', en: 'Few occasions to work with partners from other cultures', id: 'Jarang ada kesempatan bekerja dengan mitra dari budaya lain',
      ms: 'Kurang peluang bekerja dengan rakan dari budaya lain', th: 'มีโอกาสทำงานกับคู่ความร่วมมือต่างวัฒนธรรมน้อย', vi: 'Ít cơ hội làm việc với đối tác từ nền văn hóa khác',
      fil: 'Kaunti ang pagkakataong makatrabaho ang mga kasosyo mula sa ibang kultura', km: 'មានឱកាសតិចក្នុងការធ្វើការជាមួយដៃគូមកពីវប្បធម៌ផ្សេង',
      lo: 'ມີໂອກາດໜ້ອຍທີ່ຈະເຮັດວຽກກັບຄູ່ຮ່ວມງານຕ່າງວັດທະນະທຳ', my: 'အခြားယဉ်ကျေးမှုမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် လုပ်ကိုင်ရန် အခွင့်အလမ်း နည်းပါးခြင်း',
    },
  },
  { id: 'time', label: { zh: '时间不够', en: 'Not enough time', id: 'Waktu tidak cukup', ms: 'Masa tidak mencukupi', th: 'เวลาไม่เพียงพอ', vi: 'Không đủ thời gian', fil: 'Kulang sa oras', km: 'មិនមានពេលគ្រប់គ្រាន់', lo: 'ເວລາບໍ່ພຽງພໍ', my: 'အချိန် မလုံလောက်ခြင်း' } },
  {
    id: 'support',
    label: {
      zh: '上级或单位支持不足', en: 'Too little support from the supervisor or the institution', id: 'Dukungan atasan atau lembaga kurang', ms: 'Sokongan daripada penyelia atau institusi kurang',
      th: 'ได้รับการสนับสนุนจากหัวหน้าหรือหน่วยงานน้อย', vi: 'Ít được cấp trên hoặc cơ quan hỗ trợ', fil: 'Kulang ang suporta ng superbisor o ng institusyon',
      km: 'ការគាំទ្រពីអ្នកគ្រប់គ្រង ឬស្ថាប័នមានតិចតួច', lo: 'ການສະໜັບສະໜູນຈາກຫົວໜ້າ ຫຼື ສະຖາບັນມີໜ້ອຍ', my: 'ကြီးကြပ်သူ သို့မဟုတ် အဖွဲ့အစည်းထံမှ ပံ့ပိုးမှု နည်းပါးခြင်း',
    },
  },
  { id: 'language', label: { zh: '语言障碍', en: 'Language barriers', id: 'Kendala bahasa', ms: 'Halangan bahasa', th: 'อุปสรรคด้านภาษา', vi: 'Rào cản ngôn ngữ', fil: 'Hadlang sa wika', km: 'ឧបសគ្គភាសា', lo: 'ອຸປະສັກດ້ານພາສາ', my: 'ဘာသာစကား အတားအဆီး' } },
  {
    id: 'forgotten',
    label: {
      zh: '培训内容已忘记了很多', en: 'Much of the training has been forgotten', id: 'Sebagian besar materi pelatihan sudah terlupa', ms: 'Kebanyakan isi latihan sudah dilupakan',
      th: 'ลืมเนื้อหาการอบรมไปมากแล้ว', vi: 'Đã quên nhiều nội dung tập huấn', fil: 'Marami nang nakalimutan sa pagsasanay', km: 'បានភ្លេចខ្លឹមសារវគ្គបណ្ដុះបណ្ដាលច្រើន',
      lo: 'ລືມເນື້ອໃນການຝຶກອົບຮົມໄປຫຼາຍແລ້ວ', my: 'သင်တန်းအကြောင်းအရာ အများအပြား မေ့သွားခြင်း',
    },
  },
  {
    id: 'not_relevant',
    label: {
      zh: '培训内容与岗位不符', en: 'The content does not fit the job', id: 'Materi tidak sesuai dengan pekerjaan', ms: 'Kandungan tidak sesuai dengan tugas', th: 'เนื้อหาไม่ตรงกับงาน',
      vi: 'Nội dung không phù hợp với công việc', fil: 'Hindi angkop ang nilalaman sa trabaho', km: 'ខ្លឹមសារមិនស្របនឹងការងារ', lo: 'ເນື້ອໃນບໍ່ກົງກັບວຽກ', my: 'အကြောင်းအရာသည် အလုပ်နှင့် မကိုက်ညီခြင်း',
    },
  },
]

const TITLE: Worded = {
  self: {
    zh: '培训后跟踪：学以致用', en: 'After the training: putting it into practice', id: 'Setelah pelatihan: penerapan di tempat kerja', ms: 'Selepas latihan: amalan di tempat kerja',
    th: 'หลังการอบรม: การนำไปใช้ในการทำงาน', vi: 'Sau khóa tập huấn: áp dụng vào công việc', fil: 'Pagkatapos ng pagsasanay: paggamit sa trabaho',
    km: 'ក្រោយវគ្គបណ្ដុះបណ្ដាល៖ ការអនុវត្តក្នុងការងារ', lo: 'ຫຼັງການຝຶກອົບຮົມ: ການນຳໄປໃຊ້ໃນວຽກງານ', my: 'သင်တန်းပြီးနောက်– အလုပ်တွင် အသုံးချခြင်း',
  },
  supervisor: {
    zh: '培训后跟踪：上级评价', en: 'After the training: a supervisor’s view', id: 'Setelah pelatihan: penilaian atasan', ms: 'Selepas latihan: pandangan penyelia',
    th: 'หลังการอบรม: มุมมองของหัวหน้างาน', vi: 'Sau khóa tập huấn: đánh giá của cấp trên', fil: 'Pagkatapos ng pagsasanay: pananaw ng superbisor',
    km: 'ក្រោយវគ្គបណ្ដុះបណ្ដាល៖ ទស្សនៈរបស់អ្នកគ្រប់គ្រង', lo: 'ຫຼັງການຝຶກອົບຮົມ: ທັດສະນະຂອງຫົວໜ້າ', my: 'သင်တန်းပြီးနောက်– ကြီးကြပ်သူ၏ အမြင်',
  },
}

const INTRO: Worded = {
  self: {
    zh: '培训结束几周后，我们想了解您在工作中如何运用所学。答案没有对错之分，仅用于改进培训，而不是评价您本人。',
    en: 'Some weeks after the training, we would like to know how you use what you learned at work. There are no right or wrong answers: they are used to improve the training, not to assess you.',
    id: 'Beberapa minggu setelah pelatihan, kami ingin mengetahui bagaimana Anda menerapkan apa yang dipelajari di tempat kerja. Tidak ada jawaban benar atau salah: jawaban digunakan untuk memperbaiki pelatihan, bukan untuk menilai Anda.',
    ms: 'Beberapa minggu selepas latihan, kami ingin mengetahui bagaimana anda menggunakan apa yang dipelajari di tempat kerja. Tiada jawapan betul atau salah: jawapan digunakan untuk menambah baik latihan, bukan untuk menilai anda.',
    th: 'หลังการอบรมผ่านไปหลายสัปดาห์ เราอยากทราบว่าท่านนำสิ่งที่เรียนรู้ไปใช้ในการทำงานอย่างไร คำตอบไม่มีถูกหรือผิด และจะใช้เพื่อปรับปรุงการอบรม ไม่ใช่เพื่อประเมินตัวท่าน',
    vi: 'Vài tuần sau khóa tập huấn, chúng tôi muốn biết bạn áp dụng những gì đã học vào công việc như thế nào. Không có câu trả lời đúng hay sai: câu trả lời được dùng để cải thiện khóa tập huấn, không để đánh giá bạn.',
    fil: 'Ilang linggo pagkatapos ng pagsasanay, nais naming malaman kung paano mo ginagamit sa trabaho ang iyong natutuhan. Walang tama o maling sagot: gagamitin ang mga ito para mapabuti ang pagsasanay, hindi para suriin ka.',
    km: 'ប៉ុន្មានសប្ដាហ៍ក្រោយវគ្គបណ្ដុះបណ្ដាល យើងចង់ដឹងពីរបៀបដែលអ្នកអនុវត្តអ្វីដែលបានរៀននៅកន្លែងធ្វើការ។ គ្មានចម្លើយត្រូវ ឬខុសទេ៖ ចម្លើយត្រូវបានប្រើដើម្បីកែលម្អវគ្គបណ្ដុះបណ្ដាល មិនមែនដើម្បីវាយតម្លៃអ្នកទេ។',
    lo: 'ຫຼາຍອາທິດຫຼັງການຝຶກອົບຮົມ, ພວກເຮົາຢາກຮູ້ວ່າທ່ານນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນໃນວຽກງານແນວໃດ. ບໍ່ມີຄຳຕອບຖືກ ຫຼື ຜິດ: ຄຳຕອບຈະໃຊ້ເພື່ອປັບປຸງການຝຶກອົບຮົມ, ບໍ່ແມ່ນເພື່ອປະເມີນທ່ານ.',
    my: 'သင်တန်းပြီး ရက်သတ္တပတ်အနည်းငယ်အကြာတွင် သင်ယူခဲ့သည်များကို အလုပ်တွင် မည်သို့ အသုံးချနေသည်ကို သိလိုပါသည်။ အဖြေမှန် အဖြေမှား မရှိပါ– အဖြေများကို သင်တန်းတိုးတက်ရန် အသုံးပြုမည်ဖြစ်ပြီး သင့်ကို အကဲဖြတ်ရန် မဟုတ်ပါ။',
  },
  supervisor: {
    zh: '您的一位员工几周前参加了跨文化培训。请告诉我们此后您在其工作中观察到的情况。您的回答仅用于改进培训，而不是评价该员工。',
    en: 'A member of your staff took part in a cross-cultural training some weeks ago. Please tell us what you have observed in their work since. Your answers are used to improve the training, not to assess the person.',
    id: 'Salah satu staf Anda mengikuti pelatihan lintas budaya beberapa minggu lalu. Ceritakan apa yang Anda amati dalam pekerjaannya sejak itu. Jawaban Anda digunakan untuk memperbaiki pelatihan, bukan untuk menilai orang tersebut.',
    ms: 'Seorang kakitangan anda telah menyertai latihan silang budaya beberapa minggu lalu. Sila kongsikan apa yang anda perhatikan dalam kerjanya sejak itu. Jawapan anda digunakan untuk menambah baik latihan, bukan untuk menilai individu tersebut.',
    th: 'บุคลากรของท่านได้เข้าร่วมการอบรมข้ามวัฒนธรรมเมื่อหลายสัปดาห์ก่อน โปรดบอกเราถึงสิ่งที่ท่านสังเกตเห็นในการทำงานของเขานับตั้งแต่นั้น คำตอบของท่านใช้เพื่อปรับปรุงการอบรม ไม่ใช่เพื่อประเมินบุคคลนั้น',
    vi: 'Một nhân viên của bạn đã tham gia khóa tập huấn liên văn hóa cách đây vài tuần. Xin cho biết những gì bạn quan sát được trong công việc của họ từ đó. Câu trả lời được dùng để cải thiện khóa tập huấn, không để đánh giá cá nhân người đó.',
    fil: 'Isa sa iyong mga kawani ang dumalo sa isang pagsasanay pangkultura ilang linggo na ang nakalipas. Pakisabi kung ano ang napansin mo sa kanyang trabaho mula noon. Gagamitin ang iyong mga sagot para mapabuti ang pagsasanay, hindi para suriin ang tao.',
    km: 'បុគ្គលិករបស់អ្នកម្នាក់បានចូលរួមវគ្គបណ្ដុះបណ្ដាលអន្តរវប្បធម៌កាលពីប៉ុន្មានសប្ដាហ៍មុន។ សូមប្រាប់យើងពីអ្វីដែលអ្នកបានសង្កេតឃើញក្នុងការងាររបស់គាត់ចាប់តាំងពីពេលនោះ។ ចម្លើយរបស់អ្នកត្រូវបានប្រើដើម្បីកែលម្អវគ្គបណ្ដុះបណ្ដាល មិនមែនដើម្បីវាយតម្លៃបុគ្គលនោះទេ។',
    lo: 'ພະນັກງານຂອງທ່ານຄົນໜຶ່ງໄດ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມຂ້າມວັດທະນະທຳເມື່ອຫຼາຍອາທິດກ່ອນ. ກະລຸນາບອກພວກເຮົາກ່ຽວກັບສິ່ງທີ່ທ່ານສັງເກດເຫັນໃນວຽກງານຂອງເຂົາເຈົ້ານັບແຕ່ນັ້ນມາ. ຄຳຕອບຂອງທ່ານຈະໃຊ້ເພື່ອປັບປຸງການຝຶກອົບຮົມ, ບໍ່ແມ່ນເພື່ອປະເມີນບຸກຄົນນັ້ນ.',
    my: 'သင်၏ ဝန်ထမ်းတစ်ဦးသည် လွန်ခဲ့သော ရက်သတ္တပတ်အနည်းငယ်က ယဉ်ကျေးမှုဖြတ်ကျော် သင်တန်းသို့ တက်ရောက်ခဲ့ပါသည်။ ထိုအချိန်မှစ၍ ၎င်း၏ အလုပ်တွင် သင်တွေ့ရှိခဲ့သည်များကို ပြောပြပေးပါ။ သင်၏အဖြေများကို သင်တန်းတိုးတက်ရန် အသုံးပြုမည်ဖြစ်ပြီး ထိုပုဂ္ဂိုလ်ကို အကဲဖြတ်ရန် မဟုတ်ပါ။',
  },
}

const PRACTICE: Worded = {
  self: {
    zh: '培训以来，您多久做一次以下事情？', en: 'Since the training, how often do you do the following?', id: 'Sejak pelatihan, seberapa sering Anda melakukan hal berikut?',
    ms: 'Sejak latihan, berapa kerap anda melakukan perkara berikut?', th: 'หลังการอบรม ท่านทำสิ่งต่อไปนี้บ่อยเพียงใด', vi: 'Kể từ khóa tập huấn, bạn làm những việc sau thường xuyên như thế nào?',
    fil: 'Mula nang pagsasanay, gaano kadalas mo ginagawa ang mga sumusunod?', km: 'ចាប់តាំងពីវគ្គបណ្ដុះបណ្ដាល តើអ្នកធ្វើការខាងក្រោមញឹកញាប់កម្រិតណា?',
    lo: 'ນັບແຕ່ການຝຶກອົບຮົມ, ທ່ານເຮັດສິ່ງຕໍ່ໄປນີ້ເລື້ອຍປານໃດ?', my: 'သင်တန်းပြီးကတည်းက အောက်ပါတို့ကို မည်မျှ မကြာခဏ ပြုလုပ်ပါသနည်း။',
  },
  supervisor: {
    zh: '培训以来，该学员多久做一次以下事情？', en: 'Since the training, how often does the participant do the following?',
    id: 'Sejak pelatihan, seberapa sering peserta melakukan hal berikut?', ms: 'Sejak latihan, berapa kerap peserta melakukan perkara berikut?',
    th: 'หลังการอบรม ผู้เข้าอบรมทำสิ่งต่อไปนี้บ่อยเพียงใด', vi: 'Kể từ khóa tập huấn, học viên làm những việc sau thường xuyên như thế nào?',
    fil: 'Mula nang pagsasanay, gaano kadalas ginagawa ng kalahok ang mga sumusunod?', km: 'ចាប់តាំងពីវគ្គបណ្ដុះបណ្ដាល តើសិក្ខាកាមធ្វើការខាងក្រោមញឹកញាប់កម្រិតណា?',
    lo: 'ນັບແຕ່ການຝຶກອົບຮົມ, ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມເຮັດສິ່ງຕໍ່ໄປນີ້ເລື້ອຍປານໃດ?', my: 'သင်တန်းပြီးကတည်းက သင်တန်းသားသည် အောက်ပါတို့ကို မည်မျှ မကြာခဏ ပြုလုပ်ပါသနည်း။',
  },
}

const IMPROVED: Worded = {
  self: {
    zh: '培训以来，我与其他文化背景伙伴的合作有所改善。', en: 'Since the training, my work with partners from other cultures has improved.',
    id: 'Sejak pelatihan, kerja sama saya dengan mitra dari budaya lain menjadi lebih baik.', ms: 'Sejak latihan, kerja saya dengan rakan dari budaya lain bertambah baik.',
    th: 'หลังการอบรม การทำงานของฉันกับคู่ความร่วมมือต่างวัฒนธรรมดีขึ้น', vi: 'Kể từ khóa tập huấn, công việc của tôi với đối tác từ nền văn hóa khác đã tốt hơn.',
    fil: 'Mula nang pagsasanay, bumuti ang pakikipagtrabaho ko sa mga kasosyo mula sa ibang kultura.', km: 'ចាប់តាំងពីវគ្គបណ្ដុះបណ្ដាល ការងាររបស់ខ្ញុំជាមួយដៃគូមកពីវប្បធម៌ផ្សេងបានប្រសើរឡើង។',
    lo: 'ນັບແຕ່ການຝຶກອົບຮົມ, ການເຮັດວຽກຂອງຂ້ອຍກັບຄູ່ຮ່ວມງານຕ່າງວັດທະນະທຳດີຂຶ້ນ.', my: 'သင်တန်းပြီးကတည်းက အခြားယဉ်ကျေးမှုမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် ကျွန်ုပ်၏ လုပ်ငန်းဆောင်ရွက်မှု ပိုမိုကောင်းမွန်လာပါသည်။',
  },
  supervisor: {
    zh: '培训以来，该学员与其他文化背景伙伴的合作有所改善。', en: 'Since the training, the participant’s work with partners from other cultures has improved.',
    id: 'Sejak pelatihan, kerja sama peserta dengan mitra dari budaya lain menjadi lebih baik.', ms: 'Sejak latihan, kerja peserta dengan rakan dari budaya lain bertambah baik.',
    th: 'หลังการอบรม การทำงานของผู้เข้าอบรมกับคู่ความร่วมมือต่างวัฒนธรรมดีขึ้น', vi: 'Kể từ khóa tập huấn, công việc của học viên với đối tác từ nền văn hóa khác đã tốt hơn.',
    fil: 'Mula nang pagsasanay, bumuti ang pakikipagtrabaho ng kalahok sa mga kasosyo mula sa ibang kultura.', km: 'ចាប់តាំងពីវគ្គបណ្ដុះបណ្ដាល ការងាររបស់សិក្ខាកាមជាមួយដៃគូមកពីវប្បធម៌ផ្សេងបានប្រសើរឡើង។',
    lo: 'ນັບແຕ່ການຝຶກອົບຮົມ, ການເຮັດວຽກຂອງຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມກັບຄູ່ຮ່ວມງານຕ່າງວັດທະນະທຳດີຂຶ້ນ.',
    my: 'သင်တန်းပြီးကတည်းက အခြားယဉ်ကျေးမှုမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် သင်တန်းသား၏ လုပ်ငန်းဆောင်ရွက်မှု ပိုမိုကောင်းမွန်လာပါသည်။',
  },
}

const BARRIERS_QUESTION: Worded = {
  self: {
    zh: '是什么让您难以运用所学？', en: 'What made it hard to apply what you learned?', id: 'Apa yang menyulitkan Anda menerapkan apa yang dipelajari?',
    ms: 'Apakah yang menyukarkan anda menggunakan apa yang dipelajari?', th: 'อะไรทำให้ท่านนำสิ่งที่เรียนรู้ไปใช้ได้ยาก', vi: 'Điều gì khiến bạn khó áp dụng những gì đã học?',
    fil: 'Ano ang nagpahirap sa iyo na gamitin ang natutuhan mo?', km: 'តើអ្វីខ្លះធ្វើឱ្យអ្នកពិបាកអនុវត្តអ្វីដែលបានរៀន?', lo: 'ຫຍັງເຮັດໃຫ້ທ່ານນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນໄດ້ຍາກ?',
    my: 'သင်ယူခဲ့သည်များကို အသုံးချရန် သင့်အတွက် မည်သည့်အရာက ခက်ခဲစေခဲ့ပါသနည်း။',
  },
  supervisor: {
    zh: '是什么让该学员难以运用所学？', en: 'What made it hard for the participant to apply what they learned?', id: 'Apa yang menyulitkan peserta menerapkan apa yang dipelajarinya?',
    ms: 'Apakah yang menyukarkan peserta menggunakan apa yang dipelajarinya?', th: 'อะไรทำให้ผู้เข้าอบรมนำสิ่งที่เรียนรู้ไปใช้ได้ยาก', vi: 'Điều gì khiến học viên khó áp dụng những gì đã học?',
    fil: 'Ano ang nagpahirap sa kalahok na gamitin ang natutuhan niya?', km: 'តើអ្វីខ្លះធ្វើឱ្យសិក្ខាកាមពិបាកអនុវត្តអ្វីដែលបានរៀន?', lo: 'ຫຍັງເຮັດໃຫ້ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນໄດ້ຍາກ?',
    my: 'သင်ယူခဲ့သည်များကို အသုံးချရန် သင်တန်းသားအတွက် မည်သည့်အရာက ခက်ခဲစေခဲ့ပါသနည်း။',
  },
}

const EXAMPLE: Worded = {
  self: {
    zh: '请描述一个您运用所学的具体情境。', en: 'Describe one situation in which you applied what you learned.', id: 'Ceritakan satu situasi ketika Anda menerapkan apa yang dipelajari.',
    ms: 'Huraikan satu situasi apabila anda menggunakan apa yang dipelajari.', th: 'โปรดเล่าสถานการณ์หนึ่งที่ท่านได้นำสิ่งที่เรียนรู้ไปใช้', vi: 'Hãy mô tả một tình huống bạn đã áp dụng những gì đã học.',
    fil: 'Ilarawan ang isang pagkakataon na ginamit mo ang natutuhan mo.', km: 'សូមរៀបរាប់ពីស្ថានភាពមួយដែលអ្នកបានអនុវត្តអ្វីដែលបានរៀន។',
    lo: 'ກະລຸນາເລົ່າສະຖານະການໜຶ່ງທີ່ທ່ານໄດ້ນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນ.', my: 'သင်ယူခဲ့သည်များကို အသုံးချခဲ့သည့် အခြေအနေတစ်ခုကို ဖော်ပြပါ။',
  },
  supervisor: {
    zh: '请描述一个您看到该学员运用所学的具体情境。', en: 'Describe one situation in which you saw the participant apply what they learned.',
    id: 'Ceritakan satu situasi ketika Anda melihat peserta menerapkan apa yang dipelajarinya.', ms: 'Huraikan satu situasi apabila anda melihat peserta menggunakan apa yang dipelajarinya.',
    th: 'โปรดเล่าสถานการณ์หนึ่งที่ท่านเห็นผู้เข้าอบรมนำสิ่งที่เรียนรู้ไปใช้', vi: 'Hãy mô tả một tình huống bạn thấy học viên áp dụng những gì đã học.',
    fil: 'Ilarawan ang isang pagkakataon na nakita mong ginamit ng kalahok ang natutuhan niya.', km: 'សូមរៀបរាប់ពីស្ថានភាពមួយដែលអ្នកបានឃើញសិក្ខាកាមអនុវត្តអ្វីដែលបានរៀន។',
    lo: 'ກະລຸນາເລົ່າສະຖານະການໜຶ່ງທີ່ທ່ານເຫັນຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມນຳໃຊ້ສິ່ງທີ່ໄດ້ຮຽນ.', my: 'သင်တန်းသားက သင်ယူခဲ့သည်များကို အသုံးချသည်ကို သင်တွေ့ခဲ့သည့် အခြေအနေတစ်ခုကို ဖော်ပြပါ။',
  },
}

const SUPPORT_NEEDED: TemplateText = {
  zh: '还需要哪些进一步的支持？', en: 'What further support would help?', id: 'Dukungan lanjutan apa yang akan membantu?', ms: 'Sokongan lanjut apakah yang akan membantu?',
  th: 'ต้องการการสนับสนุนเพิ่มเติมในเรื่องใด', vi: 'Cần hỗ trợ thêm những gì?', fil: 'Anong karagdagang suporta ang makatutulong?', km: 'តើការគាំទ្របន្ថែមអ្វីខ្លះដែលនឹងជួយបាន?',
  lo: 'ການສະໜັບສະໜູນເພີ່ມເຕີມໃດທີ່ຈະຊ່ວຍໄດ້?', my: 'နောက်ထပ် မည်သည့်ပံ့ပိုးမှုက အထောက်အကူ ဖြစ်မည်နည်း။',
}

const OBSERVED: TemplateText = {
  zh: '您多久能看到该学员与其他文化背景的伙伴一起工作？', en: 'How often do you see the participant working with partners from other cultures?',
  id: 'Seberapa sering Anda melihat peserta bekerja dengan mitra dari budaya lain?', ms: 'Berapa kerap anda melihat peserta bekerja dengan rakan dari budaya lain?',
  th: 'ท่านเห็นผู้เข้าอบรมทำงานกับคู่ความร่วมมือต่างวัฒนธรรมบ่อยเพียงใด', vi: 'Bạn thấy học viên làm việc với đối tác từ nền văn hóa khác thường xuyên như thế nào?',
  fil: 'Gaano kadalas mong nakikitang nakikipagtrabaho ang kalahok sa mga kasosyo mula sa ibang kultura?', km: 'តើអ្នកឃើញសិក្ខាកាមធ្វើការជាមួយដៃគូមកពីវប្បធម៌ផ្សេងញឹកញាប់កម្រិតណា?',
  lo: 'ທ່ານເຫັນຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມເຮັດວຽກກັບຄູ່ຮ່ວມງານຕ່າງວັດທະນະທຳເລື້ອຍປານໃດ?', my: 'သင်တန်းသားက အခြားယဉ်ကျေးမှုမှ လုပ်ဖော်ကိုင်ဖက်များနှင့် လုပ်ကိုင်သည်ကို သင် မည်မျှ မကြာခဏ တွေ့ရပါသနည်း။',
}

const OBSERVED_OPTIONS: { id: string; label: TemplateText }[] = [
  { id: 'daily', label: { zh: '几乎每天', en: 'Almost every day', id: 'Hampir setiap hari', ms: 'Hampir setiap hari', th: 'เกือบทุกวัน', vi: 'Gần như mỗi ngày', fil: 'Halos araw-araw', km: 'ស្ទើររាល់ថ្ងៃ', lo: 'ເກືອບທຸກມື້', my: 'နေ့တိုင်းနီးပါး' } },
  { id: 'weekly', label: { zh: '每周', en: 'Every week', id: 'Setiap minggu', ms: 'Setiap minggu', th: 'ทุกสัปดาห์', vi: 'Hằng tuần', fil: 'Linggu-linggo', km: 'រៀងរាល់សប្ដាហ៍', lo: 'ທຸກອາທິດ', my: 'အပတ်စဉ်' } },
  { id: 'monthly', label: { zh: '每月', en: 'Every month', id: 'Setiap bulan', ms: 'Setiap bulan', th: 'ทุกเดือน', vi: 'Hằng tháng', fil: 'Buwan-buwan', km: 'រៀងរាល់ខែ', lo: 'ທຸກເດືອນ', my: 'လစဉ်' } },
  {
    id: 'rarely',
    label: {
      zh: '更少，因此无法评价', en: 'Less often, so I cannot judge', id: 'Lebih jarang, jadi saya tidak dapat menilai', ms: 'Lebih jarang, jadi saya tidak dapat menilai',
      th: 'น้อยกว่านั้น จึงประเมินไม่ได้', vi: 'Ít hơn, nên tôi không thể đánh giá', fil: 'Mas madalang, kaya hindi ko masusuri', km: 'តិចជាងនេះ ដូច្នេះខ្ញុំមិនអាចវាយតម្លៃបានទេ',
      lo: 'ໜ້ອຍກວ່ານັ້ນ, ຈຶ່ງປະເມີນບໍ່ໄດ້', my: 'ထို့ထက်နည်းသဖြင့် အကဲမဖြတ်နိုင်ပါ',
    },
  },
]

const SECTION_PRACTICE: TemplateText = { zh: '工作中', en: 'At work', id: 'Di tempat kerja', ms: 'Di tempat kerja', th: 'ในการทำงาน', vi: 'Trong công việc', fil: 'Sa trabaho', km: 'នៅកន្លែងធ្វើការ', lo: 'ໃນບ່ອນເຮັດວຽກ', my: 'အလုပ်တွင်' }
const SECTION_CHANGE: TemplateText = {
  zh: '变化与支持', en: 'Changes and support', id: 'Perubahan dan dukungan', ms: 'Perubahan dan sokongan', th: 'การเปลี่ยนแปลงและการสนับสนุน',
  vi: 'Thay đổi và hỗ trợ', fil: 'Mga pagbabago at suporta', km: 'ការផ្លាស់ប្ដូរ និងការគាំទ្រ', lo: 'ການປ່ຽນແປງ ແລະ ການສະໜັບສະໜູນ', my: 'ပြောင်းလဲမှုနှင့် ပံ့ပိုးမှု',
}

/** The level-3 follow-up in either version; a supervisor who rarely sees the participant at such work is not asked to rate it. */
export function behaviourForm(version: Version): FormDefinition {
  const seen = version === 'supervisor' ? { showIf: { question: 'observed', in: ['daily', 'weekly', 'monthly'] } } : {}
  return {
    schema: FORM_SCHEMA_ID,
    purpose: 'behaviour',
    level: 3,
    title: TITLE[version],
    intro: INTRO[version],
    sections: [
      {
        id: 'practice',
        title: SECTION_PRACTICE,
        questions: [
          ...(version === 'supervisor'
            ? [{ id: 'observed', type: 'single', other: false, required: true, text: OBSERVED, options: OBSERVED_OPTIONS } as const]
            : []),
          { id: 'practice', type: 'matrix', points: 5, labels: FREQUENCY_5, rows: PRACTICE_ROWS, required: true, text: PRACTICE[version], ...seen },
          { id: 'example', type: 'text', long: true, maxLength: 2000, required: false, text: EXAMPLE[version], ...seen },
        ],
      },
      {
        id: 'change',
        title: SECTION_CHANGE,
        questions: [
          { id: 'improved', type: 'likert', points: 5, labels: AGREE_5, required: true, text: IMPROVED[version], ...seen },
          {
            id: 'barriers', type: 'multiple', other: true, required: false, text: BARRIERS_QUESTION[version], help: CHOOSE_ALL, options: BARRIERS,
            showIf: { question: 'improved', in: [1, 2, 3] },
          },
          { id: 'support_needed', type: 'text', long: true, maxLength: 2000, required: false, text: SUPPORT_NEEDED },
        ],
      },
    ],
  }
}
