import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_FONT_FILES, documentFontOf, documentFontPaths } from '../../server/documents/fonts'
import { renderPdf, renderSvg } from '../../server/documents/pdf'
import { documentRequest, localeText } from '../../server/documents/templates'
import { certificateDocument, type CertificateContent } from '../../server/documents/certificate'
import { loadMessages } from '../../server/i18n/messages'
import { pdfText } from '../e2e/pdf-text'

/**
 * One page per locale with a known sentence, rendered by the documents engine and compared with a committed
 * reference image: a shaping or line-breaking regression in any script (a Burmese ေ drawn after its consonant,
 * a Khmer subscript lost, a Thai word split) changes many pixels. `npm run docs:reference` rewrites the
 * references after an intended change; look at the new images before committing them.
 */
const SPECIMENS: Record<string, { title: string; sentence: string }> = {
  zh: { title: '中文', sentence: '两校学生共同学习，互认学分，并在联合证书上签名。' },
  en: { title: 'English', sentence: 'Students of both institutions study together and recognise each other’s credits.' },
  id: { title: 'Bahasa Indonesia', sentence: 'Mahasiswa kedua institusi belajar bersama dan saling mengakui kredit.' },
  ms: { title: 'Bahasa Melayu', sentence: 'Pelajar kedua-dua institusi belajar bersama dan saling mengiktiraf kredit.' },
  th: { title: 'ไทย', sentence: 'นักศึกษาของทั้งสองสถาบันเรียนร่วมกันและยอมรับหน่วยกิตซึ่งกันและกัน' },
  vi: { title: 'Tiếng Việt', sentence: 'Sinh viên của hai trường cùng học tập và công nhận tín chỉ lẫn nhau.' },
  fil: { title: 'Filipino', sentence: 'Sabay na nag-aaral ang mga mag-aaral ng dalawang institusyon at kinikilala ang kredito ng isa’t isa.' },
  km: { title: 'ខ្មែរ', sentence: 'និស្សិតនៃគ្រឹះស្ថានទាំងពីររៀនជាមួយគ្នា និងទទួលស្គាល់ក្រេឌីតរបស់គ្នាទៅវិញទៅមក។' },
  lo: { title: 'ລາວ', sentence: 'ນັກສຶກສາຂອງທັງສອງສະຖາບັນຮຽນຮ່ວມກັນ ແລະ ຮັບຮູ້ໜ່ວຍກິດຂອງກັນແລະກັນ.' },
  my: { title: 'မြန်မာ', sentence: 'အဖွဲ့အစည်းနှစ်ခုမှ ကျောင်းသားများသည် အတူတကွ လေ့လာကြပြီး တစ်ဦး၏ ခရက်ဒစ်ကို တစ်ဦးက အသိအမှတ်ပြုကြသည်။' },
}

const REFERENCES = fileURLToPath(new URL('./documents-reference/', import.meta.url))
const UPDATE = process.env.UPDATE_DOCUMENT_REFERENCES === '1'
// Pixels allowed to differ (anti-aliasing noise); one misplaced Burmese vowel sign alone moves several hundred.
const MAX_DIFFERENT_PIXELS = 40

function specimen(locale: string) {
  const { title, sentence } = SPECIMENS[locale]!
  return documentRequest('plain', { ...localeText(locale), paper: 'a6', title, paragraphs: [sentence] })
}

// The first render starts a worker that loads ~40 MB of fonts: slow on a busy machine.
function differentPixels(actual: PNG, expected: PNG, diff?: PNG): number {
  if (actual.width !== expected.width || actual.height !== expected.height) return actual.width * actual.height
  return pixelmatch(actual.data, expected.data, diff?.data, actual.width, actual.height, { threshold: 0.1 })
}

function compareWithReference(name: string, actual: PNG) {
  const file = join(REFERENCES, `${name}.png`)
  const expected = existsSync(file) ? PNG.sync.read(readFileSync(file)) : null
  if (UPDATE) {
    // Rewritten only when it really changed: the encoded bytes differ from run to run even when no pixel does.
    if (!expected || differentPixels(actual, expected) > 0) writeFileSync(file, PNG.sync.write(actual))
    return
  }
  expect(expected, `${file} is missing: npm run docs:reference`).not.toBeNull()
  expect([actual.width, actual.height]).toEqual([expected!.width, expected!.height])
  const diff = new PNG({ width: actual.width, height: actual.height })
  const different = differentPixels(actual, expected!, diff)
  const out = join(tmpdir(), 'documents-reference-diff')
  if (different > MAX_DIFFERENT_PIXELS) {
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, `${name}.actual.png`), PNG.sync.write(actual))
    writeFileSync(join(out, `${name}.diff.png`), PNG.sync.write(diff))
  }
  expect(different, `${name}: ${different} pixels differ from ${file} (actual and diff in ${out})`).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS)
}

// An agreement page in Burmese and Thai: the side-by-side layout, labels, rules, a Chinese name in a Burmese column.
const AGREEMENT = documentRequest('agreement', {
  title: 'ကျောင်းသားဖလှယ်ရေး သဘောတူညီချက်',
  footer: 'Version 2 · sha256 0123456789abcdef…',
  columns: [
    {
      ...localeText('my'), title: 'ကျောင်းသားဖလှယ်ရေး သဘောတူညီချက်', subtitle: 'နှစ်နိုင်ငံ · မူကြမ်း',
      rows: [
        { label: 'အဖွဲ့ဝင်များ', value: 'Nanning Polytechnic — 黄晓东\nမန္တလေး နည်းပညာတက္ကသိုလ် — ဦးကျော်မြင့်' },
        { label: 'ရည်မှန်းချက်များ', value: SPECIMENS.my!.sentence },
        { label: 'လက်မှတ်များ', value: 'မလက်မှတ်ထိုးရသေးပါ' },
      ],
    },
    {
      ...localeText('th'), title: 'ข้อตกลงแลกเปลี่ยนนักศึกษา', subtitle: 'ทวิภาคี · ฉบับร่าง',
      rows: [
        { label: 'คู่ภาคี', value: 'Nanning Polytechnic — 黄晓东\nมหาวิทยาลัยเทคโนโลยีมัณฑะเลย์ — ဦးကျော်မြင့်' },
        { label: 'วัตถุประสงค์', value: SPECIMENS.th!.sentence },
        { label: 'การลงนาม', value: 'ยังไม่ได้ลงนาม' },
      ],
    },
  ],
})

// A joint certificate in Lao and Burmese beside English: three co-issuers, a Lao holder, two signatories, the QR code.
const CERTIFICATE: CertificateContent = {
  serial: 'CAEC-2026-00042',
  verifyUrl: 'https://portal.example/verify/3b1f0c9e7a52',
  locales: ['lo', 'my', 'en'],
  holder: { native: 'ສົມພອນ ວົງສະຫວັນ', latin: 'Somphone Vongsavanh' },
  issuers: [
    { name: { en: 'Nanning Smart Polytechnic', zh: '南宁智能职业技术学院', lo: 'ວິທະຍາໄລ ເຕັກນິກ ອັດສະລິຍະ ໜານໜິງ' }, logo: null },
    { name: { en: 'Chao Phraya Technical College', th: 'วิทยาลัยเทคนิคเจ้าพระยา' }, logo: null },
    { name: { en: 'Zhiyun Intelligent Equipment', zh: '智云智能装备' }, logo: null },
  ],
  title: { en: 'Joint training certificate', lo: 'ໃບຢັ້ງຢືນການຝຶກອົບຮົມຮ່ວມ', my: 'ပူးတွဲ လေ့ကျင့်ရေး လက်မှတ်' },
  programme: { en: 'Smart manufacturing joint training', lo: 'ການຝຶກອົບຮົມຮ່ວມ ການຜະລິດອັດສະລິຍະ', my: 'စမတ် ထုတ်လုပ်ရေး ပူးတွဲ လေ့ကျင့်ရေး' },
  body: { en: SPECIMENS.en!.sentence, lo: SPECIMENS.lo!.sentence, my: SPECIMENS.my!.sentence },
  hours: 64,
  credits: 4,
  startsOn: '2026-10-12',
  endsOn: '2026-11-20',
  issuedOn: '2026-12-01',
  expiresOn: null,
  outcomes: null,
  signatories: [
    { name: '黄晓东', title: { en: 'President', lo: 'ປະທານ', my: 'ဥက္ကဋ္ဌ' }, institution: { en: 'Nanning Smart Polytechnic' } },
    { name: 'สมชาย ใจดี', title: { en: 'Director', lo: 'ຜູ້ອຳນວຍການ', my: 'ညွှန်ကြားရေးမှူး' }, institution: { en: 'Chao Phraya Technical College' } },
  ],
}

beforeAll(() => loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))))

async function png(svg: string): Promise<PNG> {
  return PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { loadSystemFonts: false } }).render().asPng())
}

// The first render starts a worker that loads ~40 MB of fonts: slow on a busy machine.
describe('documents shape every script as the references show', { timeout: 60_000 }, () => {
  it.each(Object.keys(SPECIMENS))('%s', async (locale) => {
    compareWithReference(locale, await png(await renderSvg(specimen(locale))))
  })

  it('the bilingual agreement layout (Burmese beside Thai)', async () => {
    compareWithReference('agreement-my-th', await png(await renderSvg(AGREEMENT)))
  })

  it('a joint certificate in Lao, Burmese and English (the layout, the holder\'s name, the QR code)', async () => {
    compareWithReference('certificate-lo-my-en', await png(await renderSvg(await certificateDocument(CERTIFICATE))))
  })

  it('a certificate\'s PDF carries its Lao and Burmese text as text, and refuses one language or four', async () => {
    const text = pdfText(await renderPdf(await certificateDocument(CERTIFICATE))).replace(/\s+/g, '')
    // Words whose glyphs map one to one (the reader repeats a stacked cluster such as ຢັ້ when a glyph stands for several).
    for (const words of ['ສົມພອນວົງສະຫວັນ', 'လက်မှတ်', 'CAEC-2026-00042', 'SomphoneVongsavanh', '黄晓东']) expect(text).toContain(words)
    await expect(certificateDocument({ ...CERTIFICATE, locales: ['lo'] })).rejects.toThrow(/two or three/)
    await expect(certificateDocument({ ...CERTIFICATE, locales: ['lo', 'my', 'en', 'zh'] })).rejects.toThrow(/two or three/)
  })

  it('takes its fonts from the project’s node_modules, not from the host', () => {
    const paths = documentFontPaths()
    expect(paths).toHaveLength(12)
    for (const path of paths) expect(path).toMatch(/\/node_modules\/@expo-google-fonts\/noto-sans[a-z-]*\/\d00\w+\/NotoSans\w*\.ttf$/)
    for (const locale of Object.keys(SPECIMENS)) expect(Object.keys(DOCUMENT_FONT_FILES)).toContain(documentFontOf(locale))
  })

  it('renders a PDF that embeds the script’s own font', async () => {
    const pdf = (await renderPdf(specimen('my'))).toString('latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansMyanmar-Regular/)
  })

  it('shows data as text: markup and code in a string are printed, never run', async () => {
    // Were the string evaluated, panic() would fail the render and read() would reach for a file.
    const hostile = { title: '#panic("x")', paragraphs: ['*bold* #read("/etc/passwd") $x$ ]'] }
    const svg = await renderSvg(documentRequest('plain', { ...localeText('en'), paper: 'a6', ...hostile }))
    expect(svg).toContain('<svg')
  })
})
