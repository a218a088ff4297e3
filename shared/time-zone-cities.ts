import type { LocaleCode } from './locales'

/**
 * The cities each community zone is known by, in every locale. Kept here rather than in locales/*.json because the
 * picker searches two languages at once (the reader's and English), and proper names are often the same in the
 * Latin-script languages (the locale files' copy check would flag them). The type checker asks for a new locale's names.
 */
export const ZONE_CITIES = {
  'Asia/Shanghai': {
    zh: '北京、上海', en: 'Beijing, Shanghai', id: 'Beijing, Shanghai', ms: 'Beijing, Shanghai', th: 'ปักกิ่ง, เซี่ยงไฮ้',
    vi: 'Bắc Kinh, Thượng Hải', fil: 'Beijing, Shanghai', km: 'ប៉េកាំង, សៀងហៃ', lo: 'ປັກກິ່ງ, ຊຽງໄຮ້', my: 'ပေကျင်း၊ ရှန်ဟိုင်း',
  },
  'Asia/Bangkok': {
    zh: '曼谷', en: 'Bangkok', id: 'Bangkok', ms: 'Bangkok', th: 'กรุงเทพฯ',
    vi: 'Băng Cốc', fil: 'Bangkok', km: 'បាងកក', lo: 'ບາງກອກ', my: 'ဘန်ကောက်',
  },
  'Asia/Ho_Chi_Minh': {
    zh: '河内、胡志明市', en: 'Hanoi, Ho Chi Minh City', id: 'Hanoi, Kota Ho Chi Minh', ms: 'Hanoi, Bandar Raya Ho Chi Minh', th: 'ฮานอย, นครโฮจิมินห์',
    vi: 'Hà Nội, TP. Hồ Chí Minh', fil: 'Hanoi, Lungsod ng Ho Chi Minh', km: 'ហាណូយ, ទីក្រុងហូជីមិញ', lo: 'ຮ່າໂນ້ຍ, ນະຄອນໂຮ່ຈິມິນ', my: 'ဟနွိုင်း၊ ဟိုချီမင်းမြို့',
  },
  'Asia/Jakarta': {
    zh: '雅加达', en: 'Jakarta', id: 'Jakarta', ms: 'Jakarta', th: 'จาการ์ตา',
    vi: 'Jakarta', fil: 'Jakarta', km: 'ហ្សាការតា', lo: 'ຈາກາຕາ', my: 'ဂျကာတာ',
  },
  'Asia/Makassar': {
    zh: '望加锡、巴厘岛', en: 'Makassar, Bali', id: 'Makassar, Bali', ms: 'Makassar, Bali', th: 'มากัสซาร์, บาหลี',
    vi: 'Makassar, Bali', fil: 'Makassar, Bali', km: 'ម៉ាកាសារ, បាលី', lo: 'ມາກາຊາ, ບາຫຼີ', my: 'မကတ်စာ၊ ဘာလီ',
  },
  'Asia/Jayapura': {
    zh: '查亚普拉', en: 'Jayapura', id: 'Jayapura', ms: 'Jayapura', th: 'จายาปุระ',
    vi: 'Jayapura', fil: 'Jayapura', km: 'ចាយ៉ាពូរ៉ា', lo: 'ຈາຢາປູຣະ', my: 'ဂျာယာပူရာ',
  },
  'Asia/Kuala_Lumpur': {
    zh: '吉隆坡', en: 'Kuala Lumpur', id: 'Kuala Lumpur', ms: 'Kuala Lumpur', th: 'กัวลาลัมเปอร์',
    vi: 'Kuala Lumpur', fil: 'Kuala Lumpur', km: 'គូឡាឡាំពួ', lo: 'ກົວລາລຳເປີ', my: 'ကွာလာလမ်ပူ',
  },
  'Asia/Singapore': {
    zh: '新加坡', en: 'Singapore', id: 'Singapura', ms: 'Singapura', th: 'สิงคโปร์',
    vi: 'Singapore', fil: 'Singapore', km: 'សិង្ហបុរី', lo: 'ສິງກະໂປ', my: 'စင်္ကာပူ',
  },
  'Asia/Manila': {
    zh: '马尼拉', en: 'Manila', id: 'Manila', ms: 'Manila', th: 'มะนิลา',
    vi: 'Manila', fil: 'Maynila', km: 'ម៉ានីល', lo: 'ມະນີລາ', my: 'မနီလာ',
  },
  'Asia/Phnom_Penh': {
    zh: '金边', en: 'Phnom Penh', id: 'Phnom Penh', ms: 'Phnom Penh', th: 'พนมเปญ',
    vi: 'Phnôm Pênh', fil: 'Phnom Penh', km: 'ភ្នំពេញ', lo: 'ພະນົມເປັນ', my: 'ဖနွမ်းပင်',
  },
  'Asia/Vientiane': {
    zh: '万象', en: 'Vientiane', id: 'Vientiane', ms: 'Vientiane', th: 'เวียงจันทน์',
    vi: 'Viêng Chăn', fil: 'Vientiane', km: 'វៀងចន្ទន៍', lo: 'ວຽງຈັນ', my: 'ဗီယင်ကျန်း',
  },
  'Asia/Yangon': {
    zh: '仰光、内比都', en: 'Yangon, Naypyidaw', id: 'Yangon, Naypyidaw', ms: 'Yangon, Naypyidaw', th: 'ย่างกุ้ง, เนปิดอว์',
    vi: 'Yangon, Naypyidaw', fil: 'Yangon, Naypyidaw', km: 'យ៉ាំងហ្គោន, ណៃពិដោ', lo: 'ຢ່າງກຸ້ງ, ເນປີດໍ', my: 'ရန်ကုန်၊ နေပြည်တော်',
  },
  'Asia/Brunei': {
    zh: '斯里巴加湾市', en: 'Bandar Seri Begawan', id: 'Bandar Seri Begawan', ms: 'Bandar Seri Begawan', th: 'บันดาร์เสรีเบกาวัน',
    vi: 'Bandar Seri Begawan', fil: 'Bandar Seri Begawan', km: 'បង់ដាសេរីបេហ្គាវ៉ាន់', lo: 'ບັນດາເສຣີເບກາວັນ', my: 'ဗန္ဒာဆေရီဘီဂါဝမ်',
  },
  'Asia/Dili': {
    zh: '帝力', en: 'Dili', id: 'Dili', ms: 'Dili', th: 'ดิลี',
    vi: 'Dili', fil: 'Dili', km: 'ឌីលី', lo: 'ດີລີ', my: 'ဒီလီ',
  },
} as const satisfies Record<string, Record<LocaleCode, string>>
