import type { FormDefinition, FormPurpose } from '../form-definition'
import { BEHAVIOUR_SELF_FORM } from './behaviour-self'
import { BEHAVIOUR_SUPERVISOR_FORM } from './behaviour-supervisor'
import { COMPETENCE_FORM } from './competence'
import { DEMAND_FORM } from './demand'
import { EVENT_FEEDBACK_FORM } from './event-feedback'
import { KNOWLEDGE_CROSS_CULTURAL_FORM } from './knowledge-cross-cultural'
import { REACTION_FORM } from './reaction'
import { RESULTS_INSTITUTION_FORM } from './results-institution'
import type { TemplateText } from './scales'

/** A form of the template library: an office copies it into a new form and edits from there. */
export interface EvaluationTemplate {
  /** Stable across releases: forms created from a template keep it. */
  id: string
  level: 1 | 2 | 3 | 4 | null
  purpose: FormPurpose
  /** What the template is for, shown in the library next to the form's title. */
  description: TemplateText
  form: FormDefinition
}

/** Templates share their scale labels: freezing them keeps an edit of one form from changing the library. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

export const EVALUATION_TEMPLATES: readonly EvaluationTemplate[] = deepFreeze([
  {
    id: 'reaction', level: 1, purpose: 'reaction', form: REACTION_FORM,
    description: {
      zh: '第一层（反应）：活动结束后立即了解参与者对内容、讲师、组织和语言支持的评价及推荐意愿。',
      en: 'Level 1 (reaction): right after the activity, how participants rate its content, trainers, organisation and language support, and whether they would recommend it.',
      id: 'Level 1 (reaksi): segera setelah kegiatan, penilaian peserta tentang materi, pelatih, penyelenggaraan, dan dukungan bahasa, serta kesediaan merekomendasikannya.',
      ms: 'Tahap 1 (reaksi): sejurus selepas aktiviti, penilaian peserta tentang kandungan, jurulatih, penganjuran dan sokongan bahasa, serta kesediaan mengesyorkannya.',
      th: 'ระดับ 1 (ปฏิกิริยา): ทันทีหลังกิจกรรม ผู้เข้าร่วมประเมินเนื้อหา วิทยากร การจัดงาน และการสนับสนุนด้านภาษา รวมถึงความเต็มใจที่จะแนะนำต่อ',
      vi: 'Cấp độ 1 (phản ứng): ngay sau hoạt động, người tham gia đánh giá nội dung, giảng viên, công tác tổ chức, hỗ trợ ngôn ngữ và mức độ sẵn lòng giới thiệu.',
      fil: 'Antas 1 (reaksiyon): pagkatapos mismo ng aktibidad, ang marka ng mga kalahok sa nilalaman, mga tagapagsanay, pagsasaayos at suporta sa wika, at kung irerekomenda nila ito.',
      km: 'កម្រិតទី១ (ប្រតិកម្ម)៖ ភ្លាមៗក្រោយសកម្មភាព អ្នកចូលរួមវាយតម្លៃខ្លឹមសារ គ្រូបណ្ដុះបណ្ដាល ការរៀបចំ និងជំនួយភាសា ព្រមទាំងឆន្ទៈក្នុងការណែនាំបន្ត។',
      lo: 'ລະດັບ 1 (ປະຕິກິລິຍາ): ທັນທີຫຼັງກິດຈະກຳ, ຜູ້ເຂົ້າຮ່ວມປະເມີນເນື້ອໃນ, ວິທະຍາກອນ, ການຈັດຕັ້ງ ແລະ ການຊ່ວຍເຫຼືອດ້ານພາສາ ພ້ອມທັງຄວາມເຕັມໃຈທີ່ຈະແນະນຳຕໍ່.',
      my: 'အဆင့် ၁ (တုံ့ပြန်မှု)– လှုပ်ရှားမှုပြီးပြီးချင်း ပါဝင်သူများက အကြောင်းအရာ၊ သင်တန်းဆရာ၊ စီစဉ်မှုနှင့် ဘာသာစကားအထောက်အပံ့ကို အကဲဖြတ်ပြီး အခြားသူများထံ အကြံပြုလိုမှုကို ဖော်ပြသည်။',
    },
  },
  {
    id: 'knowledge-cross-cultural', level: 2, purpose: 'knowledge', form: KNOWLEDGE_CROSS_CULTURAL_FORM,
    description: {
      zh: '第二层（学习）：跨文化培训前后各做一次的知识测验，按人配对比较得分。',
      en: 'Level 2 (learning): a knowledge test taken before and after a cross-cultural training, with each person’s two scores paired.',
      id: 'Level 2 (pembelajaran): tes pengetahuan sebelum dan sesudah pelatihan lintas budaya, dengan dua nilai setiap orang dipasangkan.',
      ms: 'Tahap 2 (pembelajaran): ujian pengetahuan sebelum dan selepas latihan silang budaya, dengan dua skor setiap orang dipadankan.',
      th: 'ระดับ 2 (การเรียนรู้): แบบทดสอบความรู้ก่อนและหลังการอบรมข้ามวัฒนธรรม โดยจับคู่คะแนนสองครั้งของแต่ละคน',
      vi: 'Cấp độ 2 (học tập): bài kiểm tra kiến thức trước và sau khóa tập huấn liên văn hóa, ghép cặp hai điểm số của từng người.',
      fil: 'Antas 2 (pagkatuto): pagsusulit bago at pagkatapos ng pagsasanay pangkultura, na ipinapares ang dalawang marka ng bawat tao.',
      km: 'កម្រិតទី២ (ការរៀនសូត្រ)៖ តេស្តចំណេះដឹងមុន និងក្រោយវគ្គបណ្ដុះបណ្ដាលអន្តរវប្បធម៌ ដោយផ្គូផ្គងពិន្ទុទាំងពីររបស់មនុស្សម្នាក់ៗ។',
      lo: 'ລະດັບ 2 (ການຮຽນຮູ້): ແບບທົດສອບຄວາມຮູ້ກ່ອນ ແລະ ຫຼັງການຝຶກອົບຮົມຂ້າມວັດທະນະທຳ, ໂດຍຈັບຄູ່ຄະແນນສອງຄັ້ງຂອງແຕ່ລະຄົນ.',
      my: 'အဆင့် ၂ (သင်ယူမှု)– ယဉ်ကျေးမှုဖြတ်ကျော် သင်တန်း မတိုင်မီနှင့် ပြီးနောက် အသိပညာစစ်ဆေးမှု၊ လူတစ်ဦးချင်း၏ အမှတ်နှစ်ခုကို တွဲဖက်နှိုင်းယှဉ်သည်။',
    },
  },
  {
    id: 'behaviour-self', level: 3, purpose: 'behaviour', form: BEHAVIOUR_SELF_FORM,
    description: {
      zh: '第三层（行为）：培训数周后，学员自评在工作中运用六项跨文化行为的频率及遇到的障碍。',
      en: 'Level 3 (behaviour): some weeks after a training, the participant says how often they apply six cross-cultural behaviours at work, and what gets in the way.',
      id: 'Level 3 (perilaku): beberapa minggu setelah pelatihan, peserta menilai seberapa sering ia menerapkan enam perilaku lintas budaya di tempat kerja dan apa hambatannya.',
      ms: 'Tahap 3 (tingkah laku): beberapa minggu selepas latihan, peserta menilai berapa kerap mereka mengamalkan enam tingkah laku silang budaya di tempat kerja dan apa halangannya.',
      th: 'ระดับ 3 (พฤติกรรม): หลายสัปดาห์หลังการอบรม ผู้เข้าอบรมประเมินตนเองว่านำพฤติกรรมข้ามวัฒนธรรมหกด้านไปใช้ในการทำงานบ่อยเพียงใด และมีอุปสรรคอะไร',
      vi: 'Cấp độ 3 (hành vi): vài tuần sau khóa tập huấn, học viên tự đánh giá mức độ thường xuyên áp dụng sáu hành vi liên văn hóa trong công việc và những trở ngại gặp phải.',
      fil: 'Antas 3 (pag-uugali): ilang linggo pagkatapos ng pagsasanay, sinasabi ng kalahok kung gaano kadalas niyang ginagawa sa trabaho ang anim na gawing pangkultura at kung ano ang humahadlang.',
      km: 'កម្រិតទី៣ (ឥរិយាបថ)៖ ប៉ុន្មានសប្ដាហ៍ក្រោយវគ្គបណ្ដុះបណ្ដាល សិក្ខាកាមវាយតម្លៃខ្លួនឯងអំពីភាពញឹកញាប់នៃការអនុវត្តឥរិយាបថអន្តរវប្បធម៌ប្រាំមួយនៅកន្លែងធ្វើការ និងឧបសគ្គដែលជួប។',
      lo: 'ລະດັບ 3 (ພຶດຕິກຳ): ຫຼາຍອາທິດຫຼັງການຝຶກອົບຮົມ, ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມປະເມີນຕົນເອງວ່ານຳໃຊ້ພຶດຕິກຳຂ້າມວັດທະນະທຳຫົກດ້ານໃນວຽກງານເລື້ອຍປານໃດ ແລະ ມີອຸປະສັກຫຍັງ.',
      my: 'အဆင့် ၃ (အပြုအမူ)– သင်တန်းပြီး ရက်သတ္တပတ်အနည်းငယ်အကြာတွင် သင်တန်းသားက ယဉ်ကျေးမှုဖြတ်ကျော် အပြုအမူ ခြောက်မျိုးကို အလုပ်တွင် မည်မျှ မကြာခဏ အသုံးချသည်နှင့် အခက်အခဲများကို ကိုယ်တိုင် ဖြေဆိုသည်။',
    },
  },
  {
    id: 'behaviour-supervisor', level: 3, purpose: 'behaviour', form: BEHAVIOUR_SUPERVISOR_FORM,
    description: {
      zh: '第三层（行为）：由学员的上级对同样六项行为进行评价，便于与自评对比。',
      en: 'Level 3 (behaviour): the participant’s supervisor rates the same six behaviours, so the two views can be compared.',
      id: 'Level 3 (perilaku): atasan peserta menilai enam perilaku yang sama, sehingga kedua pandangan dapat dibandingkan.',
      ms: 'Tahap 3 (tingkah laku): penyelia peserta menilai enam tingkah laku yang sama, supaya kedua-dua pandangan dapat dibandingkan.',
      th: 'ระดับ 3 (พฤติกรรม): หัวหน้างานของผู้เข้าอบรมประเมินพฤติกรรมหกด้านเดียวกัน เพื่อเปรียบเทียบมุมมองทั้งสอง',
      vi: 'Cấp độ 3 (hành vi): cấp trên của học viên đánh giá cùng sáu hành vi đó, để so sánh hai góc nhìn.',
      fil: 'Antas 3 (pag-uugali): sinusuri ng superbisor ng kalahok ang parehong anim na gawi, upang maihambing ang dalawang pananaw.',
      km: 'កម្រិតទី៣ (ឥរិយាបថ)៖ អ្នកគ្រប់គ្រងរបស់សិក្ខាកាមវាយតម្លៃឥរិយាបថប្រាំមួយដដែល ដើម្បីអាចប្រៀបធៀបទស្សនៈទាំងពីរ។',
      lo: 'ລະດັບ 3 (ພຶດຕິກຳ): ຫົວໜ້າຂອງຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມປະເມີນພຶດຕິກຳຫົກດ້ານດຽວກັນ, ເພື່ອປຽບທຽບທັດສະນະທັງສອງ.',
      my: 'အဆင့် ၃ (အပြုအမူ)– သင်တန်းသား၏ ကြီးကြပ်သူက တူညီသော အပြုအမူ ခြောက်မျိုးကို အကဲဖြတ်ပြီး အမြင်နှစ်ခုကို နှိုင်းယှဉ်နိုင်သည်။',
    },
  },
  {
    id: 'results-institution', level: 4, purpose: 'results', form: RESULTS_INSTITUTION_FORM,
    description: {
      zh: '第四层（成果）：成员单位在统计期前后的伙伴保持率、交流人数、联合活动数量和用人单位对毕业生的评分。',
      en: 'Level 4 (results): a member institution’s partner retention, mobility counts, joint activities and employer ratings of graduates, before and after a period.',
      id: 'Level 4 (hasil): retensi mitra, jumlah mobilitas, kegiatan bersama, dan penilaian pemberi kerja terhadap lulusan suatu lembaga anggota, sebelum dan sesudah suatu periode.',
      ms: 'Tahap 4 (hasil): pengekalan rakan kongsi, bilangan mobiliti, aktiviti bersama dan penilaian majikan terhadap graduan sesebuah institusi ahli, sebelum dan selepas sesuatu tempoh.',
      th: 'ระดับ 4 (ผลลัพธ์): การคงอยู่ของคู่ความร่วมมือ จำนวนการแลกเปลี่ยน กิจกรรมร่วม และคะแนนที่นายจ้างให้ผู้สำเร็จการศึกษาของสถาบันสมาชิก ก่อนและหลังช่วงเวลาหนึ่ง',
      vi: 'Cấp độ 4 (kết quả): tỷ lệ duy trì đối tác, số lượt trao đổi, hoạt động chung và đánh giá của nhà tuyển dụng về sinh viên tốt nghiệp của một cơ sở thành viên, trước và sau một kỳ.',
      fil: 'Antas 4 (resulta): pagpapanatili ng mga katuwang, bilang ng mobilidad, magkasamang aktibidad at marka ng mga employer sa mga nagtapos ng isang kasaping institusyon, bago at pagkatapos ng isang panahon.',
      km: 'កម្រិតទី៤ (លទ្ធផល)៖ ការរក្សាដៃគូ ចំនួនការផ្លាស់ប្ដូរ សកម្មភាពរួម និងពិន្ទុរបស់និយោជកចំពោះនិស្សិតបញ្ចប់ការសិក្សារបស់ស្ថាប័នសមាជិក មុន និងក្រោយរយៈពេលមួយ។',
      lo: 'ລະດັບ 4 (ຜົນໄດ້ຮັບ): ການຮັກສາຄູ່ຮ່ວມມື, ຈຳນວນການແລກປ່ຽນ, ກິດຈະກຳຮ່ວມ ແລະ ຄະແນນຂອງນາຍຈ້າງຕໍ່ນັກສຶກສາຈົບຂອງສະຖາບັນສະມາຊິກ, ກ່ອນ ແລະ ຫຼັງໄລຍະໜຶ່ງ.',
      my: 'အဆင့် ၄ (ရလဒ်)– အဖွဲ့ဝင်အဖွဲ့အစည်းတစ်ခု၏ မိတ်ဖက်ထိန်းသိမ်းမှု၊ ဖလှယ်မှုအရေအတွက်၊ ပူးတွဲလှုပ်ရှားမှုနှင့် ဘွဲ့ရများအပေါ် အလုပ်ရှင်အမှတ်များကို ကာလတစ်ခု မတိုင်မီနှင့် ပြီးနောက် နှိုင်းယှဉ်သည်။',
    },
  },
  {
    id: 'competence', level: null, purpose: 'competence', form: COMPETENCE_FORM,
    description: {
      zh: '关于跨文化意识、知识、技能和态度的十二项陈述，按1–7分自评；本平台自编，可在培训前后或每年使用。',
      en: 'Twelve statements on cross-cultural awareness, knowledge, skills and attitudes, rated 1–7; written for this portal, usable before and after a training or once a year.',
      id: 'Dua belas pernyataan tentang kesadaran, pengetahuan, keterampilan, dan sikap lintas budaya, dinilai 1–7; disusun untuk portal ini, dapat dipakai sebelum dan sesudah pelatihan atau setiap tahun.',
      ms: 'Dua belas pernyataan tentang kesedaran, pengetahuan, kemahiran dan sikap silang budaya, dinilai 1–7; ditulis untuk portal ini, boleh digunakan sebelum dan selepas latihan atau setiap tahun.',
      th: 'ข้อความสิบสองข้อเกี่ยวกับการตระหนักรู้ ความรู้ ทักษะ และทัศนคติข้ามวัฒนธรรม ให้คะแนน 1–7 เขียนขึ้นสำหรับพอร์ทัลนี้ ใช้ได้ทั้งก่อนและหลังการอบรมหรือทุกปี',
      vi: 'Mười hai nhận định về nhận thức, kiến thức, kỹ năng và thái độ liên văn hóa, chấm từ 1–7; được soạn cho cổng thông tin này, dùng trước và sau khóa tập huấn hoặc hằng năm.',
      fil: 'Labindalawang pahayag tungkol sa kamalayan, kaalaman, kasanayan at saloobing pangkultura, minamarkahan mula 1–7; isinulat para sa portal na ito, magagamit bago at pagkatapos ng pagsasanay o taun-taon.',
      km: 'សេចក្ដីថ្លែងដប់ពីរអំពីការយល់ដឹង ចំណេះដឹង ជំនាញ និងអាកប្បកិរិយាអន្តរវប្បធម៌ វាយតម្លៃពី 1–7 សរសេរសម្រាប់វិបផតថលនេះ អាចប្រើមុន និងក្រោយវគ្គបណ្ដុះបណ្ដាល ឬរៀងរាល់ឆ្នាំ។',
      lo: 'ສິບສອງຂໍ້ຄວາມກ່ຽວກັບການຮັບຮູ້, ຄວາມຮູ້, ທັກສະ ແລະ ທັດສະນະຄະຕິຂ້າມວັດທະນະທຳ, ໃຫ້ຄະແນນ 1–7; ຂຽນຂຶ້ນສຳລັບປະຕູຂໍ້ມູນນີ້, ໃຊ້ໄດ້ກ່ອນ ແລະ ຫຼັງການຝຶກອົບຮົມ ຫຼື ທຸກໆປີ.',
      my: 'ယဉ်ကျေးမှုဖြတ်ကျော် သတိပြုမိမှု၊ အသိပညာ၊ ကျွမ်းကျင်မှုနှင့် သဘောထားဆိုင်ရာ ဖော်ပြချက် ဆယ့်နှစ်ခုကို 1–7 အမှတ်ပေးသည်။ ဤပေါ်တယ်အတွက် ရေးသားထားပြီး သင်တန်း မတိုင်မီနှင့် ပြီးနောက် သို့မဟုတ် နှစ်စဉ် အသုံးပြုနိုင်သည်။',
    },
  },
  {
    id: 'demand', level: null, purpose: 'demand', form: DEMAND_FORM,
    description: {
      zh: '共同体定期开展的需求调查：成员单位说明下一年度计划所需的活动类型、主题、语言、月份、预算及可参与的企业。',
      en: 'The community’s regular needs survey: member institutions say which activity kinds, topics, languages, months, budget and enterprise partners they can bring to next year’s plan.',
      id: 'Survei kebutuhan rutin komunitas: lembaga anggota menyampaikan jenis kegiatan, topik, bahasa, bulan, anggaran, dan mitra perusahaan untuk rencana tahun depan.',
      ms: 'Tinjauan keperluan berkala komuniti: institusi ahli menyatakan jenis aktiviti, topik, bahasa, bulan, bajet dan rakan kongsi syarikat untuk pelan tahun hadapan.',
      th: 'แบบสำรวจความต้องการประจำของประชาคม: สถาบันสมาชิกระบุประเภทกิจกรรม หัวข้อ ภาษา เดือน งบประมาณ และสถานประกอบการที่ร่วมได้สำหรับแผนปีถัดไป',
      vi: 'Khảo sát nhu cầu định kỳ của cộng đồng: các cơ sở thành viên cho biết loại hoạt động, chủ đề, ngôn ngữ, tháng, ngân sách và doanh nghiệp đối tác cho kế hoạch năm tới.',
      fil: 'Ang regular na sarbey ng pangangailangan ng komunidad: sinasabi ng mga kasaping institusyon ang mga uri ng aktibidad, paksa, wika, buwan, badyet at katuwang na kompanya para sa plano sa susunod na taon.',
      km: 'ការស្ទង់មតិតម្រូវការទៀងទាត់របស់សហគមន៍៖ ស្ថាប័នសមាជិកបញ្ជាក់ពីប្រភេទសកម្មភាព ប្រធានបទ ភាសា ខែ ថវិកា និងសហគ្រាសដៃគូសម្រាប់ផែនការឆ្នាំក្រោយ។',
      lo: 'ການສຳຫຼວດຄວາມຕ້ອງການເປັນປະຈຳຂອງປະຊາຄົມ: ສະຖາບັນສະມາຊິກບອກປະເພດກິດຈະກຳ, ຫົວຂໍ້, ພາສາ, ເດືອນ, ງົບປະມານ ແລະ ວິສາຫະກິດຄູ່ຮ່ວມມືສຳລັບແຜນປີໜ້າ.',
      my: 'အသိုက်အဝန်း၏ ပုံမှန် လိုအပ်ချက်စစ်တမ်း– အဖွဲ့ဝင်အဖွဲ့အစည်းများက လာမည့်နှစ် အစီအစဉ်အတွက် လှုပ်ရှားမှုအမျိုးအစား၊ ခေါင်းစဉ်၊ ဘာသာစကား၊ လ၊ ဘတ်ဂျက်နှင့် လုပ်ငန်းမိတ်ဖက်များကို ဖော်ပြသည်။',
    },
  },
  {
    id: 'event-feedback', level: null, purpose: 'feedback', form: EVENT_FEEDBACK_FORM,
    description: {
      zh: '活动结束后：了解会前信息、场地或线上连接、无障碍条件、餐饮及总体评分；评分较低时追问原因。',
      en: 'After an event: information, venue or online link, accessibility, catering and an overall mark, with follow-up questions after a low mark.',
      id: 'Setelah acara: informasi, tempat atau tautan daring, aksesibilitas, konsumsi, dan nilai keseluruhan, dengan pertanyaan lanjutan setelah nilai rendah.',
      ms: 'Selepas acara: maklumat, tempat atau pautan dalam talian, kebolehcapaian, jamuan dan markah keseluruhan, dengan soalan susulan selepas markah rendah.',
      th: 'หลังจบงาน: ข้อมูล สถานที่หรือลิงก์ออนไลน์ การเข้าถึง อาหาร และคะแนนโดยรวม พร้อมคำถามต่อเนื่องเมื่อได้คะแนนต่ำ',
      vi: 'Sau sự kiện: thông tin, địa điểm hoặc kết nối trực tuyến, khả năng tiếp cận, ăn uống và điểm tổng thể, kèm câu hỏi tiếp theo khi điểm thấp.',
      fil: 'Pagkatapos ng okasyon: impormasyon, lugar o link online, aksesibilidad, pagkain at kabuuang marka, na may karagdagang tanong kapag mababa ang marka.',
      km: 'ក្រោយព្រឹត្តិការណ៍៖ ព័ត៌មាន ទីកន្លែង ឬតំណអនឡាញ ភាពងាយស្រួល អាហារ និងពិន្ទុរួម ព្រមទាំងសំណួរបន្តនៅពេលពិន្ទុទាប។',
      lo: 'ຫຼັງງານ: ຂໍ້ມູນ, ສະຖານທີ່ ຫຼື ລິ້ງອອນລາຍ, ການເຂົ້າເຖິງ, ອາຫານ ແລະ ຄະແນນລວມ, ພ້ອມຄຳຖາມຕໍ່ເນື່ອງເມື່ອຄະແນນຕ່ຳ.',
      my: 'ပွဲပြီးနောက်– သတင်းအချက်အလက်၊ နေရာ သို့မဟုတ် အွန်လိုင်းလင့်ခ်၊ ဝင်ရောက်အသုံးပြုနိုင်မှု၊ အစားအသောက်နှင့် ခြုံငုံအမှတ်၊ အမှတ်နိမ့်လျှင် ဆက်စပ်မေးခွန်းများ မေးသည်။',
    },
  },
])

/** A fresh, editable copy of a template's form for the builder; null for an unknown id. */
export function formFromTemplate(id: string): FormDefinition | null {
  const template = EVALUATION_TEMPLATES.find(t => t.id === id)
  return template ? structuredClone(template.form) : null
}
