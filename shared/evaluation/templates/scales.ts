import type { LocaleCode } from '../../locales'

/**
 * A text of a template: every one of the ten locales must be written (a missing one is a compile error), since a
 * template is the starting point an office copies and a half-translated one would reach respondents as English.
 */
export type TemplateText = Record<LocaleCode, string>

/** Likert-5 agreement, from "strongly disagree" (1) to "strongly agree" (5). */
export const AGREE_5: TemplateText[] = [
  {
    zh: '非常不同意', en: 'Strongly disagree', id: 'Sangat tidak setuju', ms: 'Sangat tidak setuju', th: 'ไม่เห็นด้วยอย่างยิ่ง',
    vi: 'Hoàn toàn không đồng ý', fil: 'Lubos na hindi sang-ayon', km: 'មិនយល់ស្របទាល់តែសោះ', lo: 'ບໍ່ເຫັນດີຢ່າງຍິ່ງ', my: 'လုံးဝ သဘောမတူပါ',
  },
  {
    zh: '不同意', en: 'Disagree', id: 'Tidak setuju', ms: 'Tidak setuju', th: 'ไม่เห็นด้วย',
    vi: 'Không đồng ý', fil: 'Hindi sang-ayon', km: 'មិនយល់ស្រប', lo: 'ບໍ່ເຫັນດີ', my: 'သဘောမတူပါ',
  },
  {
    zh: '中立', en: 'Neither agree nor disagree', id: 'Netral', ms: 'Berkecuali', th: 'เป็นกลาง',
    vi: 'Trung lập', fil: 'Walang kinikilingan', km: 'អព្យាក្រឹត', lo: 'ເປັນກາງ', my: 'ကြားနေ',
  },
  {
    zh: '同意', en: 'Agree', id: 'Setuju', ms: 'Setuju', th: 'เห็นด้วย',
    vi: 'Đồng ý', fil: 'Sang-ayon', km: 'យល់ស្រប', lo: 'ເຫັນດີ', my: 'သဘောတူပါသည်',
  },
  {
    zh: '非常同意', en: 'Strongly agree', id: 'Sangat setuju', ms: 'Sangat setuju', th: 'เห็นด้วยอย่างยิ่ง',
    vi: 'Hoàn toàn đồng ý', fil: 'Lubos na sang-ayon', km: 'យល់ស្របយ៉ាងខ្លាំង', lo: 'ເຫັນດີຢ່າງຍິ່ງ', my: 'လုံးဝ သဘောတူပါသည်',
  },
]

/** Likert-7 agreement: the five points above with "somewhat" on either side of the middle. */
export const AGREE_7: TemplateText[] = [
  AGREE_5[0]!,
  AGREE_5[1]!,
  {
    zh: '有点不同意', en: 'Somewhat disagree', id: 'Agak tidak setuju', ms: 'Agak tidak setuju', th: 'ค่อนข้างไม่เห็นด้วย',
    vi: 'Hơi không đồng ý', fil: 'Medyo hindi sang-ayon', km: 'មិនសូវយល់ស្រប', lo: 'ບໍ່ເຫັນດີບາງສ່ວນ', my: 'အနည်းငယ် သဘောမတူပါ',
  },
  AGREE_5[2]!,
  {
    zh: '有点同意', en: 'Somewhat agree', id: 'Agak setuju', ms: 'Agak setuju', th: 'ค่อนข้างเห็นด้วย',
    vi: 'Hơi đồng ý', fil: 'Medyo sang-ayon', km: 'យល់ស្របបន្តិច', lo: 'ເຫັນດີບາງສ່ວນ', my: 'အနည်းငယ် သဘောတူပါသည်',
  },
  AGREE_5[3]!,
  AGREE_5[4]!,
]

/** Likert-5 frequency, for what a person does at work (level 3): "never" (1) to "always" (5). */
export const FREQUENCY_5: TemplateText[] = [
  { zh: '从不', en: 'Never', id: 'Tidak pernah', ms: 'Tidak pernah', th: 'ไม่เคย', vi: 'Không bao giờ', fil: 'Hindi kailanman', km: 'មិនដែល', lo: 'ບໍ່ເຄີຍ', my: 'ဘယ်တော့မှ' },
  { zh: '很少', en: 'Rarely', id: 'Jarang', ms: 'Jarang', th: 'นาน ๆ ครั้ง', vi: 'Hiếm khi', fil: 'Bihira', km: 'កម្រ', lo: 'ນານໆເທື່ອ', my: 'ရှားရှားပါးပါး' },
  { zh: '有时', en: 'Sometimes', id: 'Kadang-kadang', ms: 'Kadang-kadang', th: 'บางครั้ง', vi: 'Thỉnh thoảng', fil: 'Paminsan-minsan', km: 'ម្ដងម្កាល', lo: 'ບາງຄັ້ງ', my: 'တစ်ခါတစ်ရံ' },
  { zh: '经常', en: 'Often', id: 'Sering', ms: 'Kerap', th: 'บ่อยครั้ง', vi: 'Thường xuyên', fil: 'Madalas', km: 'ញឹកញាប់', lo: 'ເລື້ອຍໆ', my: 'မကြာခဏ' },
  { zh: '总是', en: 'Always', id: 'Selalu', ms: 'Sentiasa', th: 'เป็นประจำทุกครั้ง', vi: 'Luôn luôn', fil: 'Palagi', km: 'ជានិច្ច', lo: 'ສະເໝີ', my: 'အမြဲတမ်း' },
]

/** Likert-5 quality, for services and arrangements: "very poor" (1) to "excellent" (5). */
export const QUALITY_5: TemplateText[] = [
  { zh: '很差', en: 'Very poor', id: 'Sangat buruk', ms: 'Sangat lemah', th: 'ต้องปรับปรุงมาก', vi: 'Rất kém', fil: 'Napakahina', km: 'ខ្សោយណាស់', lo: 'ບໍ່ດີເລີຍ', my: 'အလွန်ညံ့' },
  { zh: '较差', en: 'Poor', id: 'Buruk', ms: 'Lemah', th: 'ควรปรับปรุง', vi: 'Kém', fil: 'Mahina', km: 'ខ្សោយ', lo: 'ບໍ່ດີ', my: 'ညံ့' },
  { zh: '一般', en: 'Fair', id: 'Cukup', ms: 'Sederhana', th: 'พอใช้', vi: 'Trung bình', fil: 'Katamtaman', km: 'មធ្យម', lo: 'ພໍໃຊ້', my: 'အသင့်အတင့်' },
  { zh: '良好', en: 'Good', id: 'Baik', ms: 'Baik', th: 'ดี', vi: 'Tốt', fil: 'Mabuti', km: 'ល្អ', lo: 'ດີ', my: 'ကောင်း' },
  { zh: '优秀', en: 'Excellent', id: 'Sangat baik', ms: 'Cemerlang', th: 'ดีเยี่ยม', vi: 'Xuất sắc', fil: 'Napakahusay', km: 'ល្អប្រសើរ', lo: 'ດີເລີດ', my: 'အလွန်ကောင်း' },
]

/** The answers on a 5-point scale that count as low: a "why?" follow-up shows only after these. */
export const LOW_5 = [1, 2]

export const YES: TemplateText = { zh: '是', en: 'Yes', id: 'Ya', ms: 'Ya', th: 'ใช่', vi: 'Có', fil: 'Oo', km: 'បាទ/ចាស', lo: 'ແມ່ນ', my: 'ဟုတ်ကဲ့' }
export const NO: TemplateText = { zh: '否', en: 'No', id: 'Tidak', ms: 'Tidak', th: 'ไม่ใช่', vi: 'Không', fil: 'Hindi', km: 'ទេ', lo: 'ບໍ່', my: 'မဟုတ်ပါ' }

/** The help under a question that takes several answers. */
export const CHOOSE_ALL: TemplateText = {
  zh: '可多选。', en: 'Choose all that apply.', id: 'Pilih semua yang sesuai.', ms: 'Pilih semua yang berkenaan.', th: 'เลือกได้มากกว่าหนึ่งข้อ',
  vi: 'Chọn tất cả các mục phù hợp.', fil: 'Piliin ang lahat ng angkop.', km: 'អាចជ្រើសរើសបានច្រើន។', lo: 'ເລືອກໄດ້ຫຼາຍຂໍ້.', my: 'သက်ဆိုင်သမျှ ရွေးပါ။',
}

/** Offered in every knowledge question, so a pre-test measures what people know rather than how well they guess. */
export const DONT_KNOW: TemplateText = {
  zh: '我不知道', en: 'I don’t know', id: 'Saya tidak tahu', ms: 'Saya tidak tahu', th: 'ไม่ทราบ', vi: 'Tôi không biết', fil: 'Hindi ko alam',
  km: 'ខ្ញុំមិនដឹងទេ', lo: 'ຂ້ອຍບໍ່ຮູ້', my: 'မသိပါ',
}
