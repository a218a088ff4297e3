import type { FormDefinition, FormPurpose } from '../form-definition'
import { KNOWLEDGE_CROSS_CULTURAL_FORM } from './knowledge-cross-cultural'
import { REACTION_FORM } from './reaction'
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

export const EVALUATION_TEMPLATES: readonly EvaluationTemplate[] = [
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
]
