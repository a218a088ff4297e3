import { FORM_SCHEMA_ID, type FormDefinition } from '../form-definition'
import { AGREE_5, LOW_5, type TemplateText } from './scales'

const longText = { type: 'text', long: true, maxLength: 2000, required: false } as const

const LANGUAGE_YES: TemplateText = {
  zh: '是，我使用了', en: 'Yes, I used them', id: 'Ya, saya menggunakannya', ms: 'Ya, saya menggunakannya', th: 'ใช่ ได้ใช้',
  vi: 'Có, tôi đã sử dụng', fil: 'Oo, ginamit ko', km: 'បាទ/ចាស ខ្ញុំបានប្រើ', lo: 'ແມ່ນ, ຂ້ອຍໄດ້ໃຊ້', my: 'ဟုတ်ကဲ့၊ အသုံးပြုခဲ့ပါသည်',
}
const LANGUAGE_NOT_NEEDED: TemplateText = {
  zh: '没有，我不需要', en: 'No, I did not need them', id: 'Tidak, saya tidak memerlukannya', ms: 'Tidak, saya tidak memerlukannya',
  th: 'ไม่ได้ใช้ เพราะไม่จำเป็น', vi: 'Không, tôi không cần', fil: 'Hindi, hindi ko kinailangan', km: 'ទេ ខ្ញុំមិនត្រូវការទេ',
  lo: 'ບໍ່, ຂ້ອຍບໍ່ຕ້ອງການ', my: 'မဟုတ်ပါ၊ မလိုအပ်ခဲ့ပါ',
}
const LANGUAGE_MISSING: TemplateText = {
  zh: '没有，但我本来需要', en: 'No, but I would have needed them', id: 'Tidak, padahal saya memerlukannya', ms: 'Tidak, walaupun saya memerlukannya',
  th: 'ไม่ได้ใช้ แต่จริง ๆ แล้วต้องการ', vi: 'Không, nhưng lẽ ra tôi cần', fil: 'Hindi, pero kailangan ko sana', km: 'ទេ ប៉ុន្តែខ្ញុំពិតជាត្រូវការ',
  lo: 'ບໍ່, ແຕ່ຂ້ອຍຕ້ອງການແທ້ໆ', my: 'မဟုတ်ပါ၊ သို့သော် လိုအပ်ခဲ့ပါသည်',
}

/** Level 1 (reaction): how participants found the activity, asked right after it. */
export const REACTION_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'reaction',
  level: 1,
  title: {
    zh: '活动反馈问卷', en: 'Your feedback on the activity', id: 'Umpan balik Anda tentang kegiatan', ms: 'Maklum balas anda tentang aktiviti',
    th: 'ความคิดเห็นของท่านต่อกิจกรรม', vi: 'Ý kiến phản hồi của bạn về hoạt động', fil: 'Ang iyong puna sa aktibidad',
    km: 'មតិរបស់អ្នកអំពីសកម្មភាព', lo: 'ຄຳຄິດເຫັນຂອງທ່ານຕໍ່ກິດຈະກຳ', my: 'လှုပ်ရှားမှုအပေါ် သင်၏ အကြံပြုချက်',
  },
  intro: {
    zh: '感谢您的参与。本问卷约需五分钟，您的回答将帮助主办方改进下一期活动。',
    en: 'Thank you for taking part. This survey takes about five minutes; your answers help the organisers improve the next run of this activity.',
    id: 'Terima kasih atas partisipasi Anda. Survei ini memerlukan sekitar lima menit; jawaban Anda membantu penyelenggara memperbaiki kegiatan berikutnya.',
    ms: 'Terima kasih kerana menyertai. Tinjauan ini mengambil masa kira-kira lima minit; jawapan anda membantu penganjur menambah baik aktiviti yang akan datang.',
    th: 'ขอบคุณที่เข้าร่วมกิจกรรม แบบสอบถามนี้ใช้เวลาประมาณห้านาที คำตอบของท่านจะช่วยให้ผู้จัดปรับปรุงกิจกรรมครั้งต่อไป',
    vi: 'Cảm ơn bạn đã tham gia. Khảo sát này mất khoảng năm phút; câu trả lời của bạn giúp ban tổ chức cải thiện lần tổ chức tiếp theo.',
    fil: 'Salamat sa iyong paglahok. Mga limang minuto lang ang sarbey na ito; makatutulong ang iyong mga sagot sa mga tagapag-ayos upang mapabuti ang susunod na aktibidad.',
    km: 'សូមអរគុណចំពោះការចូលរួម។ ការស្ទង់មតិនេះចំណាយពេលប្រហែលប្រាំនាទី ហើយចម្លើយរបស់អ្នកនឹងជួយអ្នករៀបចំកែលម្អសកម្មភាពលើកក្រោយ។',
    lo: 'ຂອບໃຈທີ່ເຂົ້າຮ່ວມ. ແບບສອບຖາມນີ້ໃຊ້ເວລາປະມານຫ້ານາທີ; ຄຳຕອບຂອງທ່ານຈະຊ່ວຍໃຫ້ຜູ້ຈັດປັບປຸງກິດຈະກຳຄັ້ງຕໍ່ໄປ.',
    my: 'ပါဝင်ပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်။ ဤစစ်တမ်းကို ဖြေဆိုရန် ငါးမိနစ်ခန့် ကြာပါမည်။ သင်၏အဖြေများသည် စီစဉ်သူများအား နောက်တစ်ကြိမ် လှုပ်ရှားမှုကို ပိုမိုကောင်းမွန်အောင် ကူညီပါမည်။',
  },
  sections: [
    {
      id: 'activity',
      title: { zh: '活动本身', en: 'The activity', id: 'Kegiatan', ms: 'Aktiviti', th: 'ตัวกิจกรรม', vi: 'Về hoạt động', fil: 'Ang aktibidad', km: 'សកម្មភាព', lo: 'ກິດຈະກຳ', my: 'လှုပ်ရှားမှု' },
      questions: [
        {
          id: 'relevance', type: 'likert', points: 5, labels: AGREE_5, required: true,
          text: {
            zh: '活动内容与我的工作或学习相关。', en: 'The content was relevant to my work or studies.',
            id: 'Materi kegiatan relevan dengan pekerjaan atau studi saya.', ms: 'Kandungan aktiviti berkaitan dengan kerja atau pengajian saya.',
            th: 'เนื้อหาของกิจกรรมเกี่ยวข้องกับงานหรือการเรียนของฉัน', vi: 'Nội dung hoạt động phù hợp với công việc hoặc việc học của tôi.',
            fil: 'Angkop ang nilalaman sa aking trabaho o pag-aaral.', km: 'ខ្លឹមសារនៃសកម្មភាពពាក់ព័ន្ធនឹងការងារ ឬការសិក្សារបស់ខ្ញុំ។',
            lo: 'ເນື້ອໃນຂອງກິດຈະກຳກ່ຽວຂ້ອງກັບວຽກງານ ຫຼື ການຮຽນຂອງຂ້ອຍ.', my: 'အကြောင်းအရာသည် ကျွန်ုပ်၏ အလုပ် သို့မဟုတ် ပညာရေးနှင့် သက်ဆိုင်ပါသည်။',
          },
        },
        {
          id: 'engagement', type: 'likert', points: 5, labels: AGREE_5, required: true,
          text: {
            zh: '活动让我积极参与（讨论、练习、小组活动）。', en: 'The activity kept me actively involved (discussion, practice, group work).',
            id: 'Kegiatan ini membuat saya terlibat aktif (diskusi, praktik, kerja kelompok).', ms: 'Aktiviti ini membuatkan saya terlibat secara aktif (perbincangan, latihan, kerja berkumpulan).',
            th: 'กิจกรรมทำให้ฉันมีส่วนร่วมอย่างแข็งขัน (การอภิปราย การฝึกปฏิบัติ งานกลุ่ม)', vi: 'Hoạt động giúp tôi tham gia tích cực (thảo luận, thực hành, làm việc nhóm).',
            fil: 'Aktibo akong nakilahok sa aktibidad (talakayan, pagsasanay, pangkatang gawain).', km: 'សកម្មភាពនេះធ្វើឱ្យខ្ញុំចូលរួមយ៉ាងសកម្ម (ការពិភាក្សា ការអនុវត្ត ការងារជាក្រុម)។',
            lo: 'ກິດຈະກຳເຮັດໃຫ້ຂ້ອຍມີສ່ວນຮ່ວມຢ່າງຕັ້ງໜ້າ (ການສົນທະນາ, ການຝຶກປະຕິບັດ, ວຽກກຸ່ມ).', my: 'လှုပ်ရှားမှုသည် ကျွန်ုပ်ကို တက်ကြွစွာ ပါဝင်စေခဲ့ပါသည် (ဆွေးနွေးခြင်း၊ လက်တွေ့လေ့ကျင့်ခြင်း၊ အဖွဲ့လိုက်လုပ်ဆောင်ခြင်း)။',
          },
        },
        {
          id: 'facilitator', type: 'likert', points: 5, labels: AGREE_5, required: true,
          text: {
            zh: '讲师和主持人讲解清楚，并很好地回答了问题。', en: 'The trainers explained things clearly and answered questions well.',
            id: 'Para pelatih menjelaskan dengan jelas dan menjawab pertanyaan dengan baik.', ms: 'Jurulatih menerangkan dengan jelas dan menjawab soalan dengan baik.',
            th: 'วิทยากรอธิบายได้ชัดเจนและตอบคำถามได้ดี', vi: 'Giảng viên giải thích rõ ràng và trả lời câu hỏi tốt.',
            fil: 'Malinaw magpaliwanag ang mga tagapagsanay at mahusay nilang sinagot ang mga tanong.', km: 'គ្រូបណ្ដុះបណ្ដាលពន្យល់បានច្បាស់លាស់ និងឆ្លើយសំណួរបានល្អ។',
            lo: 'ວິທະຍາກອນອະທິບາຍໄດ້ຢ່າງຈະແຈ້ງ ແລະ ຕອບຄຳຖາມໄດ້ດີ.', my: 'သင်တန်းဆရာများသည် ရှင်းလင်းစွာ ရှင်းပြပြီး မေးခွန်းများကို ကောင်းစွာ ဖြေကြားခဲ့ပါသည်။',
          },
        },
        {
          id: 'organisation', type: 'likert', points: 5, labels: AGREE_5, required: true,
          text: {
            zh: '活动组织得很好（日程、材料、会前信息）。', en: 'The activity was well organised (schedule, materials, information beforehand).',
            id: 'Kegiatan diselenggarakan dengan baik (jadwal, materi, informasi sebelumnya).', ms: 'Aktiviti dianjurkan dengan baik (jadual, bahan, maklumat awal).',
            th: 'กิจกรรมจัดได้ดี (กำหนดการ เอกสาร ข้อมูลล่วงหน้า)', vi: 'Hoạt động được tổ chức tốt (lịch trình, tài liệu, thông tin trước đó).',
            fil: 'Maayos ang pagkakaayos ng aktibidad (iskedyul, mga materyales, impormasyon bago ito).', km: 'សកម្មភាពត្រូវបានរៀបចំបានល្អ (កាលវិភាគ ឯកសារ ព័ត៌មានជាមុន)។',
            lo: 'ກິດຈະກຳຖືກຈັດຕັ້ງໄດ້ດີ (ຕາຕະລາງ, ເອກະສານ, ຂໍ້ມູນລ່ວງໜ້າ).', my: 'လှုပ်ရှားမှုကို ကောင်းစွာ စီစဉ်ထားပါသည် (အချိန်ဇယား၊ စာရွက်စာတမ်း၊ ကြိုတင်အချက်အလက်)။',
          },
        },
        {
          ...longText, id: 'organisation_problems', showIf: { question: 'organisation', in: LOW_5 },
          text: {
            zh: '组织方面哪些地方出了问题？', en: 'What went wrong with the organisation?', id: 'Apa yang kurang baik dalam penyelenggaraannya?',
            ms: 'Apakah yang tidak kena dengan penganjurannya?', th: 'การจัดงานมีปัญหาในเรื่องใดบ้าง', vi: 'Khâu tổ chức có vấn đề gì?',
            fil: 'Ano ang naging problema sa pagsasaayos?', km: 'តើការរៀបចំមានបញ្ហាអ្វីខ្លះ?', lo: 'ການຈັດຕັ້ງມີບັນຫາຫຍັງແດ່?',
            my: 'စီစဉ်မှုတွင် မည်သည့်အရာများ အဆင်မပြေခဲ့ပါသနည်း။',
          },
        },
      ],
    },
    {
      id: 'language',
      title: { zh: '语言支持', en: 'Language support', id: 'Dukungan bahasa', ms: 'Sokongan bahasa', th: 'การสนับสนุนด้านภาษา', vi: 'Hỗ trợ ngôn ngữ', fil: 'Suporta sa wika', km: 'ជំនួយផ្នែកភាសា', lo: 'ການຊ່ວຍເຫຼືອດ້ານພາສາ', my: 'ဘာသာစကား အထောက်အပံ့' },
      questions: [
        {
          id: 'interpretation', type: 'single', other: false, required: true,
          text: {
            zh: '您是否使用了口译或翻译资料？', en: 'Did you use interpretation or translated materials?', id: 'Apakah Anda menggunakan juru bahasa atau materi terjemahan?',
            ms: 'Adakah anda menggunakan jurubahasa atau bahan terjemahan?', th: 'ท่านได้ใช้ล่ามหรือเอกสารแปลหรือไม่', vi: 'Bạn có sử dụng phiên dịch hoặc tài liệu dịch không?',
            fil: 'Gumamit ka ba ng interpretasyon o isinaling materyales?', km: 'តើអ្នកបានប្រើអ្នកបកប្រែផ្ទាល់មាត់ ឬឯកសារបកប្រែដែរឬទេ?',
            lo: 'ທ່ານໄດ້ໃຊ້ນາຍພາສາ ຫຼື ເອກະສານແປບໍ່?', my: 'စကားပြန် သို့မဟုတ် ဘာသာပြန်ထားသော စာရွက်စာတမ်းများကို အသုံးပြုခဲ့ပါသလား။',
          },
          options: [{ id: 'used', label: LANGUAGE_YES }, { id: 'not_needed', label: LANGUAGE_NOT_NEEDED }, { id: 'missing', label: LANGUAGE_MISSING }],
        },
        {
          id: 'interpretation_quality', type: 'likert', points: 5, labels: AGREE_5, required: true, showIf: { question: 'interpretation', equals: 'used' },
          text: {
            zh: '借助口译和翻译资料，我能跟上所有内容。', en: 'The interpretation and translated materials let me follow everything.',
            id: 'Dengan juru bahasa dan materi terjemahan, saya dapat mengikuti semuanya.', ms: 'Dengan jurubahasa dan bahan terjemahan, saya dapat mengikuti semuanya.',
            th: 'ล่ามและเอกสารแปลทำให้ฉันติดตามเนื้อหาได้ทั้งหมด', vi: 'Nhờ phiên dịch và tài liệu dịch, tôi theo dõi được toàn bộ nội dung.',
            fil: 'Dahil sa interpretasyon at isinaling materyales, nasundan ko ang lahat.', km: 'ការបកប្រែផ្ទាល់មាត់ និងឯកសារបកប្រែ បានជួយឱ្យខ្ញុំតាមដានខ្លឹមសារទាំងអស់បាន។',
            lo: 'ນາຍພາສາ ແລະ ເອກະສານແປເຮັດໃຫ້ຂ້ອຍຕິດຕາມເນື້ອໃນໄດ້ທັງໝົດ.', my: 'စကားပြန်နှင့် ဘာသာပြန်စာရွက်များကြောင့် အကြောင်းအရာအားလုံးကို လိုက်နာနားလည်နိုင်ခဲ့ပါသည်။',
          },
        },
        {
          id: 'language_needed', type: 'text', long: false, maxLength: 200, required: false, showIf: { question: 'interpretation', equals: 'missing' },
          text: {
            zh: '您需要哪种语言的支持？', en: 'Which language would you have needed?', id: 'Bahasa apa yang Anda perlukan?', ms: 'Bahasa apakah yang anda perlukan?',
            th: 'ท่านต้องการการสนับสนุนเป็นภาษาใด', vi: 'Bạn cần hỗ trợ bằng ngôn ngữ nào?', fil: 'Anong wika ang kailangan mo sana?',
            km: 'តើអ្នកត្រូវការជំនួយជាភាសាអ្វី?', lo: 'ທ່ານຕ້ອງການພາສາໃດ?', my: 'မည်သည့်ဘာသာစကားဖြင့် အကူအညီ လိုအပ်ခဲ့ပါသနည်း။',
          },
        },
      ],
    },
    {
      id: 'overall',
      title: { zh: '总体评价', en: 'Overall', id: 'Secara keseluruhan', ms: 'Keseluruhan', th: 'ภาพรวม', vi: 'Đánh giá chung', fil: 'Kabuuan', km: 'ទិដ្ឋភាពរួម', lo: 'ພາບລວມ', my: 'ခြုံငုံသုံးသပ်ချက်' },
      questions: [
        {
          id: 'recommend', type: 'nps', required: true,
          text: {
            zh: '您有多大可能向同事推荐此活动？', en: 'How likely are you to recommend this activity to a colleague?',
            id: 'Seberapa besar kemungkinan Anda merekomendasikan kegiatan ini kepada rekan kerja?', ms: 'Sejauh manakah anda akan mengesyorkan aktiviti ini kepada rakan sekerja?',
            th: 'ท่านมีแนวโน้มจะแนะนำกิจกรรมนี้ให้เพื่อนร่วมงานมากน้อยเพียงใด', vi: 'Khả năng bạn giới thiệu hoạt động này cho đồng nghiệp là bao nhiêu?',
            fil: 'Gaano kalamang na irekomenda mo ang aktibidad na ito sa isang kasamahan?', km: 'តើអ្នកទំនងជាណែនាំសកម្មភាពនេះដល់សហការីកម្រិតណា?',
            lo: 'ທ່ານມີແນວໂນ້ມຈະແນະນຳກິດຈະກຳນີ້ໃຫ້ເພື່ອນຮ່ວມງານຫຼາຍປານໃດ?', my: 'ဤလှုပ်ရှားမှုကို လုပ်ဖော်ကိုင်ဖက်တစ်ဦးထံ အကြံပြုရန် မည်မျှ ဖြစ်နိုင်ပါသနည်း။',
          },
          help: {
            zh: '0 = 完全不可能，10 = 非常可能', en: '0 = not at all likely, 10 = extremely likely', id: '0 = sama sekali tidak mungkin, 10 = sangat mungkin',
            ms: '0 = langsung tidak, 10 = sangat mungkin', th: '0 = ไม่แนะนำแน่นอน, 10 = แนะนำแน่นอน', vi: '0 = hoàn toàn không, 10 = chắc chắn có',
            fil: '0 = hinding-hindi, 10 = tiyak na tiyak', km: '0 = មិនទំនងទាល់តែសោះ, 10 = ទំនងខ្លាំងបំផុត', lo: '0 = ບໍ່ແນະນຳແນ່ນອນ, 10 = ແນະນຳແນ່ນອນ',
            my: '0 = လုံးဝ မဖြစ်နိုင်, 10 = အလွန်ဖြစ်နိုင်',
          },
        },
        {
          ...longText, id: 'recommend_why', showIf: { question: 'recommend', in: [0, 1, 2, 3, 4, 5, 6] },
          text: {
            zh: '怎样才能让您给出更高的分数？', en: 'What would have made you give a higher score?', id: 'Apa yang akan membuat Anda memberi nilai lebih tinggi?',
            ms: 'Apakah yang akan membuatkan anda memberi skor lebih tinggi?', th: 'อะไรจะทำให้ท่านให้คะแนนสูงขึ้น', vi: 'Điều gì sẽ khiến bạn cho điểm cao hơn?',
            fil: 'Ano ang magpapataas sana sa iyong marka?', km: 'តើអ្វីខ្លះនឹងធ្វើឱ្យអ្នកផ្ដល់ពិន្ទុខ្ពស់ជាងនេះ?', lo: 'ຫຍັງຈະເຮັດໃຫ້ທ່ານໃຫ້ຄະແນນສູງກວ່ານີ້?',
            my: 'မည်သည့်အရာက သင့်ကို ပိုမြင့်သော အမှတ်ပေးစေနိုင်မည်နည်း။',
          },
        },
        {
          ...longText, id: 'keep',
          text: {
            zh: '哪些方面应该保持不变？', en: 'What should we keep as it is?', id: 'Apa yang sebaiknya tetap dipertahankan?', ms: 'Apakah yang patut dikekalkan?',
            th: 'สิ่งใดควรคงไว้เหมือนเดิม', vi: 'Điều gì nên giữ nguyên?', fil: 'Ano ang dapat naming panatilihin?', km: 'តើអ្វីខ្លះគួររក្សាទុកដដែល?',
            lo: 'ສິ່ງໃດຄວນຮັກສາໄວ້ຄືເກົ່າ?', my: 'မည်သည့်အရာများကို ယခုအတိုင်း ဆက်ထားသင့်ပါသနည်း။',
          },
        },
        {
          ...longText, id: 'change',
          text: {
            zh: '下次应该改变什么？', en: 'What should we change next time?', id: 'Apa yang sebaiknya diubah lain kali?', ms: 'Apakah yang patut diubah pada masa akan datang?',
            th: 'ครั้งหน้าควรเปลี่ยนแปลงอะไร', vi: 'Lần sau nên thay đổi điều gì?', fil: 'Ano ang dapat naming baguhin sa susunod?', km: 'តើលើកក្រោយគួរផ្លាស់ប្ដូរអ្វីខ្លះ?',
            lo: 'ຄັ້ງໜ້າຄວນປ່ຽນແປງຫຍັງ?', my: 'နောက်တစ်ကြိမ်တွင် မည်သည့်အရာကို ပြောင်းလဲသင့်ပါသနည်း။',
          },
        },
      ],
    },
  ],
}
