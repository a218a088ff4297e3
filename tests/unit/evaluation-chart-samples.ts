import { readFileSync } from 'node:fs'
import {
  breakdownChart, distributionChart, heatmapChart, likertChart, npsChart, prePostChart,
  type ChartContext, type ChartOption, type ChartTranslate,
} from '../../shared/evaluation/charts'

type Messages = { [key: string]: string | Messages }

/** vue-i18n's `t` in miniature over a real locale file: a dotted key, {name} placeholders. */
export function translatorFor(locale: string): ChartTranslate {
  const messages = JSON.parse(readFileSync(new URL(`../../locales/${locale}.json`, import.meta.url), 'utf8')) as Messages
  return (key, params = {}) => {
    const found = key.split('.').reduce<string | Messages | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages)
    if (typeof found !== 'string') throw new Error(`${locale}: no message ${key}`)
    return found.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
  }
}

/** What an organiser's form would hold in each language: a title, five Likert points, statements. */
export const SAMPLE_TEXT = {
  zh: {
    title: '培训周的总体满意度',
    scale: ['非常不同意', '不同意', '一般', '同意', '非常同意'],
    statements: ['培训内容对我的工作有用', '讲师讲解清楚', '我会向同事推荐这次培训'],
    test: ['跨文化沟通知识测验', '职业汉语'],
  },
  th: {
    title: 'ความพึงพอใจโดยรวมต่อสัปดาห์การฝึกอบรม',
    scale: ['ไม่เห็นด้วยอย่างยิ่ง', 'ไม่เห็นด้วย', 'เฉยๆ', 'เห็นด้วย', 'เห็นด้วยอย่างยิ่ง'],
    statements: ['เนื้อหาการอบรมมีประโยชน์ต่องานของฉัน', 'วิทยากรอธิบายได้ชัดเจน', 'ฉันจะแนะนำการอบรมนี้ให้เพื่อนร่วมงาน'],
    test: ['แบบทดสอบการสื่อสารข้ามวัฒนธรรม', 'ภาษาจีนเพื่ออาชีพ'],
  },
  km: {
    title: 'ការពេញចិត្តទូទៅចំពោះសប្តាហ៍បណ្តុះបណ្តាល',
    scale: ['មិនយល់ស្របខ្លាំង', 'មិនយល់ស្រប', 'ធម្មតា', 'យល់ស្រប', 'យល់ស្របខ្លាំង'],
    statements: ['ខ្លឹមសារវគ្គបណ្តុះបណ្តាលមានប្រយោជន៍ដល់ការងាររបស់ខ្ញុំ', 'គ្រូឧទ្ទេសពន្យល់បានច្បាស់', 'ខ្ញុំនឹងណែនាំវគ្គនេះដល់មិត្តរួមការងារ'],
    test: ['តេស្តចំណេះដឹងទំនាក់ទំនងអន្តរវប្បធម៌', 'ភាសាចិនសម្រាប់វិជ្ជាជីវៈ'],
  },
  lo: {
    title: 'ຄວາມພໍໃຈໂດຍລວມຕໍ່ອາທິດຝຶກອົບຮົມ',
    scale: ['ບໍ່ເຫັນດີຢ່າງຍິ່ງ', 'ບໍ່ເຫັນດີ', 'ປານກາງ', 'ເຫັນດີ', 'ເຫັນດີຢ່າງຍິ່ງ'],
    statements: ['ເນື້ອໃນການຝຶກອົບຮົມມີປະໂຫຍດຕໍ່ວຽກຂອງຂ້ອຍ', 'ວິທະຍາກອນອະທິບາຍຈະແຈ້ງ', 'ຂ້ອຍຈະແນະນຳການຝຶກອົບຮົມນີ້ໃຫ້ເພື່ອນຮ່ວມງານ'],
    test: ['ແບບທົດສອບການສື່ສານຂ້າມວັດທະນະທຳ', 'ພາສາຈີນເພື່ອອາຊີບ'],
  },
  my: {
    title: 'သင်တန်းသီတင်းပတ်အပေါ် အလုံးစုံ ကျေနပ်မှု',
    scale: ['လုံးဝ သဘောမတူပါ', 'သဘောမတူပါ', 'ကြားနေ', 'သဘောတူသည်', 'လုံးဝ သဘောတူသည်'],
    statements: ['သင်တန်းအကြောင်းအရာသည် ကျွန်ုပ်၏အလုပ်အတွက် အသုံးဝင်သည်', 'နည်းပြက ရှင်းလင်းစွာ ရှင်းပြသည်', 'ဤသင်တန်းကို လုပ်ဖော်ကိုင်ဖက်များထံ အကြံပြုမည်'],
    test: ['ယဉ်ကျေးမှုဖြတ်ကျော် ဆက်သွယ်ရေး စာမေးပွဲ', 'အသက်မွေးဝမ်းကျောင်း တရုတ်ဘာသာ'],
  },
} as const

export type SampleLocale = keyof typeof SAMPLE_TEXT

const MATRIX = [[1, 3, 6, 14, 10], [0, 1, 4, 12, 17], [2, 4, 9, 11, 8]]

/** Every builder once, with numbers like a real training week's (n = 34, one empty point, a wide CI). */
export function sampleCharts(locale: SampleLocale): { name: string; option: ChartOption; labels: string[] }[] {
  const text = SAMPLE_TEXT[locale]
  const ctx: ChartContext = { locale, t: translatorFor(locale) }
  const countries = new Intl.DisplayNames([locale], { type: 'region' })
  const countryNames = ['CN', 'KH', 'LA', 'MM', 'TH'].map(code => countries.of(code)!)
  return [
    {
      name: 'distribution',
      option: distributionChart({ title: text.title, points: text.scale.map((label, i) => ({ label, count: [0, 2, 5, 15, 12][i]! })) }, ctx),
      labels: [text.title, ...text.scale],
    },
    {
      name: 'likert',
      option: likertChart({
        title: text.title,
        scale: [...text.scale],
        questions: text.statements.map((label, q) => ({ label, counts: MATRIX[q]! })),
      }, ctx),
      labels: [...text.scale, ...text.statements],
    },
    {
      name: 'nps',
      option: npsChart({ title: text.title, detractors: 6, passives: 11, promoters: 17 }, ctx),
      labels: [ctx.t('evaluation.chart.nps.detractors'), ctx.t('evaluation.chart.nps.promoters')],
    },
    {
      name: 'heatmap',
      option: heatmapChart({ title: text.title, rows: [...text.statements], columns: [...text.scale], counts: MATRIX }, ctx),
      labels: [...text.scale, ...text.statements],
    },
    {
      name: 'pre-post',
      option: prePostChart({
        title: text.test[0],
        scale: { min: 0, max: 100 },
        items: [
          { label: text.test[0], n: 34, pre: { mean: 52.4, low: 47.1, high: 57.7 }, post: { mean: 71.9, low: 67.0, high: 76.8 } },
          { label: text.test[1], n: 21, pre: { mean: 38.0, low: 30.2, high: 45.8 }, post: { mean: 44.5, low: 35.9, high: 53.1 } },
        ],
      }, ctx),
      labels: [text.test[1], ctx.t('evaluation.chart.prePost.pre'), ctx.t('evaluation.chart.prePost.post')],
    },
    {
      name: 'breakdown',
      option: breakdownChart({
        title: text.title,
        kind: 'mean',
        max: 5,
        groups: countryNames.map((label, i) => ({ label, value: [4.31, 3.92, 4.05, 3.6, 4.48][i]!, n: [34, 12, 7, 9, 21][i]! })),
      }, ctx),
      labels: countryNames,
    },
  ]
}
