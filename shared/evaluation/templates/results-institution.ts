import { FORM_SCHEMA_ID, type FormDefinition, type Question } from '../form-definition'
import type { TemplateText } from './scales'

// Level 4: one institution's indicators for the 12 months before a period and the last 12 months of it, so
// analytics show each change with its period. A figure an institution does not track stays empty.

const BEFORE: TemplateText = { zh: '（之前）', en: '(before)', id: '(sebelum)', ms: '(sebelum)', th: '(ก่อน)', vi: '(trước)', fil: '(bago)', km: '(មុន)', lo: '(ກ່ອນ)', my: '(မတိုင်မီ)' }
const AFTER: TemplateText = { zh: '（之后）', en: '(after)', id: '(sesudah)', ms: '(selepas)', th: '(หลัง)', vi: '(sau)', fil: '(pagkatapos)', km: '(ក្រោយ)', lo: '(ຫຼັງ)', my: '(ပြီးနောက်)' }

/** Chinese brackets are full-width and need no space before them. */
function withSuffix(text: TemplateText, suffix: TemplateText): TemplateText {
  return Object.fromEntries(Object.entries(text).map(([code, value]) => {
    const tail = suffix[code as keyof TemplateText]
    return [code, code === 'zh' ? `${value}${tail}` : `${value} ${tail}`]
  })) as TemplateText
}

/** The same indicator asked twice, before and after; decimals only where the figure is an average. */
function beforeAfter(id: string, text: TemplateText, range: { min: number; max?: number; integer: boolean }, help?: TemplateText): Question[] {
  return (['before', 'after'] as const).map(when => ({
    id: `${id}_${when}`, type: 'number', required: false, ...range,
    text: withSuffix(text, when === 'before' ? BEFORE : AFTER),
    ...(help ? { help } : {}),
  }))
}

const COUNT = { min: 0, integer: true }

const PARTNERS: TemplateText = {
  zh: '在中国和东盟国家的活跃合作院校数量', en: 'Active partner institutions in China and ASEAN countries', id: 'Jumlah lembaga mitra aktif di Tiongkok dan negara ASEAN',
  ms: 'Bilangan institusi rakan kongsi aktif di China dan negara ASEAN', th: 'จำนวนสถาบันคู่ความร่วมมือที่ยังดำเนินงานอยู่ในจีนและประเทศอาเซียน',
  vi: 'Số cơ sở đối tác đang hoạt động tại Trung Quốc và các nước ASEAN', fil: 'Bilang ng mga aktibong katuwang na institusyon sa Tsina at mga bansang ASEAN',
  km: 'ចំនួនស្ថាប័នដៃគូសកម្មនៅប្រទេសចិន និងប្រទេសអាស៊ាន', lo: 'ຈຳນວນສະຖາບັນຄູ່ຮ່ວມມືທີ່ເຄື່ອນໄຫວຢູ່ໃນຈີນ ແລະ ປະເທດອາຊຽນ',
  my: 'တရုတ်နှင့် အာဆီယံနိုင်ငံများရှိ လက်ရှိလုပ်ဆောင်နေသော မိတ်ဖက်အဖွဲ့အစည်း အရေအတွက်',
}
const PARTNERS_HELP: TemplateText = {
  zh: '12个月内至少与其开展过一次联合活动或交流的伙伴，即为活跃伙伴。', en: 'A partner is active when at least one joint activity or exchange took place with it in the 12 months.',
  id: 'Mitra dianggap aktif jika setidaknya ada satu kegiatan bersama atau pertukaran dengannya dalam 12 bulan.',
  ms: 'Rakan kongsi dianggap aktif jika sekurang-kurangnya satu aktiviti bersama atau pertukaran berlaku dalam 12 bulan.',
  th: 'คู่ความร่วมมือที่ถือว่ายังดำเนินงานอยู่ คือมีกิจกรรมร่วมหรือการแลกเปลี่ยนอย่างน้อยหนึ่งครั้งใน 12 เดือน',
  vi: 'Đối tác được coi là đang hoạt động nếu có ít nhất một hoạt động chung hoặc trao đổi trong 12 tháng.',
  fil: 'Aktibo ang katuwang kung may kahit isang magkasamang aktibidad o palitan sa loob ng 12 buwan.',
  km: 'ដៃគូត្រូវចាត់ទុកថាសកម្ម នៅពេលមានសកម្មភាពរួម ឬការផ្លាស់ប្ដូរយ៉ាងហោចណាស់ម្ដងក្នុងរយៈពេល ១២ ខែ។',
  lo: 'ຄູ່ຮ່ວມມືຖືວ່າເຄື່ອນໄຫວ ເມື່ອມີກິດຈະກຳຮ່ວມ ຫຼື ການແລກປ່ຽນຢ່າງໜ້ອຍໜຶ່ງຄັ້ງໃນ 12 ເດືອນ.',
  my: '၁၂ လအတွင်း ပူးတွဲလှုပ်ရှားမှု သို့မဟုတ် ဖလှယ်မှု အနည်းဆုံး တစ်ကြိမ် ရှိခဲ့လျှင် မိတ်ဖက်ကို လုပ်ဆောင်နေသည်ဟု သတ်မှတ်သည်။',
}
const OUTGOING: TemplateText = {
  zh: '派出交流人数：12个月内派往合作院校的学生和教职工', en: 'Outgoing mobility: students and staff sent to partner institutions in 12 months',
  id: 'Mobilitas keluar: mahasiswa dan staf yang dikirim ke lembaga mitra dalam 12 bulan', ms: 'Mobiliti keluar: pelajar dan kakitangan yang dihantar ke institusi rakan kongsi dalam 12 bulan',
  th: 'การแลกเปลี่ยนขาออก: จำนวนนักศึกษาและบุคลากรที่ส่งไปยังสถาบันคู่ความร่วมมือใน 12 เดือน', vi: 'Trao đổi đi: số sinh viên và cán bộ được cử sang cơ sở đối tác trong 12 tháng',
  fil: 'Palabas na mobilidad: mga mag-aaral at kawaning ipinadala sa mga katuwang na institusyon sa loob ng 12 buwan',
  km: 'ការផ្លាស់ប្ដូរចេញ៖ និស្សិត និងបុគ្គលិកដែលបានបញ្ជូនទៅស្ថាប័នដៃគូក្នុងរយៈពេល ១២ ខែ', lo: 'ການແລກປ່ຽນຂາອອກ: ນັກສຶກສາ ແລະ ພະນັກງານທີ່ສົ່ງໄປສະຖາບັນຄູ່ຮ່ວມມືໃນ 12 ເດືອນ',
  my: 'အပြင်သို့ ဖလှယ်မှု– ၁၂ လအတွင်း မိတ်ဖက်အဖွဲ့အစည်းများသို့ စေလွှတ်သော ကျောင်းသားနှင့် ဝန်ထမ်း',
}
const INCOMING: TemplateText = {
  zh: '接收交流人数：12个月内从合作院校接收的学生和教职工', en: 'Incoming mobility: students and staff received from partner institutions in 12 months',
  id: 'Mobilitas masuk: mahasiswa dan staf yang diterima dari lembaga mitra dalam 12 bulan', ms: 'Mobiliti masuk: pelajar dan kakitangan yang diterima dari institusi rakan kongsi dalam 12 bulan',
  th: 'การแลกเปลี่ยนขาเข้า: จำนวนนักศึกษาและบุคลากรที่รับจากสถาบันคู่ความร่วมมือใน 12 เดือน', vi: 'Trao đổi đến: số sinh viên và cán bộ tiếp nhận từ cơ sở đối tác trong 12 tháng',
  fil: 'Papasok na mobilidad: mga mag-aaral at kawaning tinanggap mula sa mga katuwang na institusyon sa loob ng 12 buwan',
  km: 'ការផ្លាស់ប្ដូរចូល៖ និស្សិត និងបុគ្គលិកដែលបានទទួលពីស្ថាប័នដៃគូក្នុងរយៈពេល ១២ ខែ', lo: 'ການແລກປ່ຽນຂາເຂົ້າ: ນັກສຶກສາ ແລະ ພະນັກງານທີ່ຮັບຈາກສະຖາບັນຄູ່ຮ່ວມມືໃນ 12 ເດືອນ',
  my: 'အတွင်းသို့ ဖလှယ်မှု– ၁၂ လအတွင်း မိတ်ဖက်အဖွဲ့အစည်းများမှ လက်ခံသော ကျောင်းသားနှင့် ဝန်ထမ်း',
}
const JOINT: TemplateText = {
  zh: '12个月内与伙伴开展的联合活动（培训、项目、研究、活动）', en: 'Joint activities with partners in 12 months (trainings, programmes, research, events)',
  id: 'Kegiatan bersama mitra dalam 12 bulan (pelatihan, program, penelitian, acara)', ms: 'Aktiviti bersama rakan kongsi dalam 12 bulan (latihan, program, penyelidikan, acara)',
  th: 'กิจกรรมร่วมกับคู่ความร่วมมือใน 12 เดือน (การอบรม หลักสูตร การวิจัย งานต่าง ๆ)', vi: 'Hoạt động chung với đối tác trong 12 tháng (tập huấn, chương trình, nghiên cứu, sự kiện)',
  fil: 'Magkasamang aktibidad kasama ang mga katuwang sa loob ng 12 buwan (pagsasanay, programa, pananaliksik, okasyon)',
  km: 'សកម្មភាពរួមជាមួយដៃគូក្នុងរយៈពេល ១២ ខែ (វគ្គបណ្ដុះបណ្ដាល កម្មវិធី ការស្រាវជ្រាវ ព្រឹត្តិការណ៍)',
  lo: 'ກິດຈະກຳຮ່ວມກັບຄູ່ຮ່ວມມືໃນ 12 ເດືອນ (ການຝຶກອົບຮົມ, ຫຼັກສູດ, ການຄົ້ນຄວ້າ, ງານຕ່າງໆ)', my: '၁၂ လအတွင်း မိတ်ဖက်များနှင့် ပူးတွဲလှုပ်ရှားမှုများ (သင်တန်း၊ အစီအစဉ်၊ သုတေသန၊ အခမ်းအနား)',
}
const EMPLOYER: TemplateText = {
  zh: '用人单位对毕业生的平均评分（1=很差，5=优秀）', en: 'Average rating of your graduates by employers (1 = very poor, 5 = excellent)',
  id: 'Rata-rata penilaian pemberi kerja terhadap lulusan Anda (1 = sangat buruk, 5 = sangat baik)', ms: 'Purata penilaian majikan terhadap graduan anda (1 = sangat lemah, 5 = cemerlang)',
  th: 'คะแนนเฉลี่ยที่นายจ้างให้แก่ผู้สำเร็จการศึกษาของท่าน (1 = ต้องปรับปรุงมาก, 5 = ดีเยี่ยม)', vi: 'Điểm trung bình nhà tuyển dụng đánh giá sinh viên tốt nghiệp của bạn (1 = rất kém, 5 = xuất sắc)',
  fil: 'Karaniwang marka ng mga employer sa inyong mga nagtapos (1 = napakahina, 5 = napakahusay)', km: 'ពិន្ទុមធ្យមដែលនិយោជកផ្ដល់ដល់និស្សិតបញ្ចប់ការសិក្សារបស់អ្នក (1 = ខ្សោយណាស់, 5 = ល្អប្រសើរ)',
  lo: 'ຄະແນນສະເລ່ຍທີ່ນາຍຈ້າງໃຫ້ແກ່ນັກສຶກສາຈົບຂອງທ່ານ (1 = ບໍ່ດີເລີຍ, 5 = ດີເລີດ)', my: 'အလုပ်ရှင်များက သင်၏ ဘွဲ့ရများအား ပေးသော ပျမ်းမျှအမှတ် (1 = အလွန်ညံ့, 5 = အလွန်ကောင်း)',
}
const EMPLOYER_HELP: TemplateText = {
  zh: '来自贵单位自己的用人单位调查；如无，请留空。', en: 'From your institution’s own employer survey; leave empty if there is none.',
  id: 'Dari survei pemberi kerja lembaga Anda sendiri; kosongkan jika tidak ada.', ms: 'Daripada tinjauan majikan institusi anda sendiri; biarkan kosong jika tiada.',
  th: 'จากการสำรวจนายจ้างของสถาบันท่านเอง หากไม่มีให้เว้นว่างไว้', vi: 'Lấy từ khảo sát nhà tuyển dụng của chính cơ sở bạn; để trống nếu không có.',
  fil: 'Mula sa sariling sarbey ng inyong institusyon sa mga employer; iwanang blangko kung wala.', km: 'ពីការស្ទង់មតិនិយោជករបស់ស្ថាប័នអ្នកផ្ទាល់ ទុកចន្លោះទំនេរប្រសិនបើគ្មាន។',
  lo: 'ຈາກການສຳຫຼວດນາຍຈ້າງຂອງສະຖາບັນທ່ານເອງ; ປະໄວ້ຫວ່າງຖ້າບໍ່ມີ.', my: 'သင့်အဖွဲ့အစည်း၏ ကိုယ်ပိုင် အလုပ်ရှင်စစ်တမ်းမှ ဖြစ်ပါသည်။ မရှိပါက ကွက်လပ်ထားပါ။',
}

/** Level 4 (results): an institution's indicators before and after a period of cooperation. */
export const RESULTS_INSTITUTION_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'results',
  level: 4,
  title: {
    zh: '机构成效：前后对比', en: 'Institution results: before and after', id: 'Hasil lembaga: sebelum dan sesudah', ms: 'Hasil institusi: sebelum dan selepas',
    th: 'ผลลัพธ์ของสถาบัน: ก่อนและหลัง', vi: 'Kết quả của cơ sở: trước và sau', fil: 'Resulta ng institusyon: bago at pagkatapos', km: 'លទ្ធផលរបស់ស្ថាប័ន៖ មុន និងក្រោយ',
    lo: 'ຜົນໄດ້ຮັບຂອງສະຖາບັນ: ກ່ອນ ແລະ ຫຼັງ', my: 'အဖွဲ့အစည်း၏ ရလဒ်များ– မတိုင်မီနှင့် ပြီးနောက်',
  },
  intro: {
    zh: '本表由每个成员单位填写一次，通常由国际交流部门或掌握数据的部门填写。请填写统计期前后的各项数字；如贵单位未统计某项数据，请留空。',
    en: 'This form is filled in once per member institution, by the international office or whoever keeps the figures. Give each figure before and after the period; leave a figure empty if your institution does not track it.',
    id: 'Formulir ini diisi sekali oleh setiap lembaga anggota, oleh kantor urusan internasional atau pihak yang memegang datanya. Isi setiap angka sebelum dan sesudah periode; kosongkan jika lembaga Anda tidak mencatatnya.',
    ms: 'Borang ini diisi sekali oleh setiap institusi ahli, oleh pejabat antarabangsa atau pihak yang menyimpan data. Isikan setiap angka sebelum dan selepas tempoh; biarkan kosong jika institusi anda tidak merekodkannya.',
    th: 'แบบฟอร์มนี้กรอกครั้งเดียวต่อสถาบันสมาชิก โดยฝ่ายวิเทศสัมพันธ์หรือผู้ที่ดูแลข้อมูล โปรดกรอกตัวเลขทั้งก่อนและหลังช่วงเวลา หากสถาบันไม่ได้เก็บข้อมูลใดให้เว้นว่างไว้',
    vi: 'Mỗi cơ sở thành viên điền biểu mẫu này một lần, do phòng hợp tác quốc tế hoặc bộ phận nắm số liệu thực hiện. Hãy điền từng số liệu trước và sau kỳ; để trống nếu cơ sở không theo dõi số liệu đó.',
    fil: 'Isang beses itong sasagutan ng bawat kasaping institusyon, ng international office o ng may hawak ng datos. Ibigay ang bawat bilang bago at pagkatapos ng panahon; iwanang blangko kung hindi ito sinusubaybayan ng inyong institusyon.',
    km: 'ទម្រង់នេះត្រូវបំពេញម្ដងដោយស្ថាប័នសមាជិកនីមួយៗ ដោយការិយាល័យទំនាក់ទំនងអន្តរជាតិ ឬអ្នកដែលរក្សាទិន្នន័យ។ សូមផ្ដល់តួលេខនីមួយៗ មុន និងក្រោយរយៈពេល ទុកចន្លោះទំនេរប្រសិនបើស្ថាប័នរបស់អ្នកមិនបានតាមដានវា។',
    lo: 'ແບບຟອມນີ້ແຕ່ລະສະຖາບັນສະມາຊິກຕື່ມຄັ້ງດຽວ, ໂດຍຫ້ອງການພົວພັນຕ່າງປະເທດ ຫຼື ຜູ້ທີ່ຖືຂໍ້ມູນ. ກະລຸນາໃຫ້ຕົວເລກແຕ່ລະອັນທັງກ່ອນ ແລະ ຫຼັງໄລຍະ; ປະໄວ້ຫວ່າງຖ້າສະຖາບັນຂອງທ່ານບໍ່ໄດ້ຕິດຕາມ.',
    my: 'ဤပုံစံကို အဖွဲ့ဝင်အဖွဲ့အစည်းတစ်ခုစီက တစ်ကြိမ် ဖြည့်ရပြီး နိုင်ငံတကာရေးရာရုံး သို့မဟုတ် ကိန်းဂဏန်းများ ထိန်းသိမ်းသူက ဖြည့်ပါသည်။ ကိန်းဂဏန်းတစ်ခုစီကို ကာလ မတိုင်မီနှင့် ပြီးနောက် ဖြည့်ပါ။ သင့်အဖွဲ့အစည်းက မှတ်တမ်းမတင်ပါက ကွက်လပ်ထားပါ။',
  },
  sections: [
    {
      id: 'period',
      title: { zh: '统计期', en: 'Period', id: 'Periode', ms: 'Tempoh', th: 'ช่วงเวลา', vi: 'Kỳ báo cáo', fil: 'Panahon', km: 'រយៈពេល', lo: 'ໄລຍະເວລາ', my: 'ကာလ' },
      help: {
        zh: '“之前”统计开始日期前的12个月；“之后”统计截至结束日期的最近12个月。两次请用相同的统计方法。',
        en: '“Before” counts the 12 months before the first day; “after” counts the last 12 months up to the last day. Count the same way both times.',
        id: '“Sebelum” menghitung 12 bulan sebelum tanggal mulai; “sesudah” menghitung 12 bulan terakhir hingga tanggal akhir. Gunakan cara hitung yang sama untuk keduanya.',
        ms: '“Sebelum” mengira 12 bulan sebelum tarikh mula; “selepas” mengira 12 bulan terakhir sehingga tarikh akhir. Gunakan cara kiraan yang sama bagi kedua-duanya.',
        th: '“ก่อน” นับ 12 เดือนก่อนวันเริ่มต้น “หลัง” นับ 12 เดือนล่าสุดจนถึงวันสิ้นสุด โปรดนับด้วยวิธีเดียวกันทั้งสองครั้ง',
        vi: '“Trước” tính 12 tháng trước ngày bắt đầu; “sau” tính 12 tháng gần nhất đến ngày kết thúc. Hãy đếm theo cùng một cách cho cả hai.',
        fil: 'Binibilang ng “bago” ang 12 buwan bago ang unang araw; binibilang ng “pagkatapos” ang huling 12 buwan hanggang sa huling araw. Gamitin ang parehong paraan ng pagbilang sa dalawa.',
        km: '“មុន” រាប់ ១២ ខែមុនថ្ងៃចាប់ផ្ដើម “ក្រោយ” រាប់ ១២ ខែចុងក្រោយរហូតដល់ថ្ងៃបញ្ចប់។ សូមរាប់តាមវិធីដូចគ្នាទាំងពីរដង។',
        lo: '“ກ່ອນ” ນັບ 12 ເດືອນກ່ອນວັນເລີ່ມຕົ້ນ; “ຫຼັງ” ນັບ 12 ເດືອນລ່າສຸດຈົນຮອດວັນສິ້ນສຸດ. ກະລຸນານັບດ້ວຍວິທີດຽວກັນທັງສອງຄັ້ງ.',
        my: '“မတိုင်မီ” သည် စတင်သည့်နေ့မတိုင်မီ ၁၂ လကို ရေတွက်ပြီး “ပြီးနောက်” သည် ပြီးဆုံးသည့်နေ့အထိ နောက်ဆုံး ၁၂ လကို ရေတွက်သည်။ နှစ်ကြိမ်စလုံး တူညီသောနည်းဖြင့် ရေတွက်ပါ။',
      },
      questions: [
        {
          id: 'period_start', type: 'date', required: true,
          text: {
            zh: '统计期开始日期', en: 'First day of the period', id: 'Tanggal mulai periode', ms: 'Tarikh mula tempoh', th: 'วันเริ่มต้นช่วงเวลา',
            vi: 'Ngày bắt đầu kỳ', fil: 'Unang araw ng panahon', km: 'ថ្ងៃចាប់ផ្ដើមនៃរយៈពេល', lo: 'ວັນທີເລີ່ມຕົ້ນໄລຍະ', my: 'ကာလ စတင်သည့်နေ့',
          },
        },
        {
          id: 'period_end', type: 'date', required: true,
          text: {
            zh: '统计期结束日期', en: 'Last day of the period', id: 'Tanggal akhir periode', ms: 'Tarikh akhir tempoh', th: 'วันสิ้นสุดช่วงเวลา',
            vi: 'Ngày kết thúc kỳ', fil: 'Huling araw ng panahon', km: 'ថ្ងៃបញ្ចប់នៃរយៈពេល', lo: 'ວັນທີສິ້ນສຸດໄລຍະ', my: 'ကာလ ပြီးဆုံးသည့်နေ့',
          },
        },
      ],
    },
    {
      id: 'partners',
      title: { zh: '合作伙伴', en: 'Partners', id: 'Mitra', ms: 'Rakan kongsi', th: 'คู่ความร่วมมือ', vi: 'Đối tác', fil: 'Mga katuwang', km: 'ដៃគូ', lo: 'ຄູ່ຮ່ວມມື', my: 'မိတ်ဖက်များ' },
      questions: [
        ...beforeAfter('partners', PARTNERS, COUNT, PARTNERS_HELP),
        {
          id: 'partners_retained', type: 'number', required: false, ...COUNT,
          text: {
            zh: '期初活跃的合作伙伴中，到期末仍然活跃的有多少？', en: 'Of the partners active before, how many are still active at the end of the period?',
            id: 'Dari mitra yang aktif sebelumnya, berapa yang masih aktif di akhir periode?', ms: 'Daripada rakan kongsi yang aktif sebelum ini, berapa yang masih aktif pada akhir tempoh?',
            th: 'ในบรรดาคู่ความร่วมมือที่ดำเนินงานอยู่ก่อนหน้า มีกี่แห่งที่ยังดำเนินงานอยู่เมื่อสิ้นสุดช่วงเวลา', vi: 'Trong số đối tác đang hoạt động trước đó, bao nhiêu đối tác vẫn hoạt động vào cuối kỳ?',
            fil: 'Sa mga katuwang na aktibo noon, ilan pa ang aktibo sa katapusan ng panahon?', km: 'ក្នុងចំណោមដៃគូដែលសកម្មពីមុន តើមានប៉ុន្មាននៅតែសកម្មនៅចុងរយៈពេល?',
            lo: 'ໃນບັນດາຄູ່ຮ່ວມມືທີ່ເຄື່ອນໄຫວກ່ອນໜ້ານີ້, ມີຈັກແຫ່ງທີ່ຍັງເຄື່ອນໄຫວໃນທ້າຍໄລຍະ?', my: 'ယခင်က လုပ်ဆောင်နေခဲ့သော မိတ်ဖက်များအနက် ကာလအဆုံးတွင် မည်မျှ ဆက်လက်လုပ်ဆောင်နေဆဲ ဖြစ်ပါသနည်း။',
          },
        },
      ],
    },
    {
      id: 'mobility',
      title: {
        zh: '师生交流', en: 'Student and staff mobility', id: 'Mobilitas mahasiswa dan staf', ms: 'Mobiliti pelajar dan kakitangan', th: 'การแลกเปลี่ยนนักศึกษาและบุคลากร',
        vi: 'Trao đổi sinh viên và cán bộ', fil: 'Mobilidad ng mag-aaral at kawani', km: 'ការផ្លាស់ប្ដូរនិស្សិត និងបុគ្គលិក', lo: 'ການແລກປ່ຽນນັກສຶກສາ ແລະ ພະນັກງານ', my: 'ကျောင်းသားနှင့် ဝန်ထမ်း ဖလှယ်ရေး',
      },
      questions: [...beforeAfter('outgoing', OUTGOING, COUNT), ...beforeAfter('incoming', INCOMING, COUNT)],
    },
    {
      id: 'cooperation',
      title: {
        zh: '联合活动与毕业生', en: 'Joint activities and graduates', id: 'Kegiatan bersama dan lulusan', ms: 'Aktiviti bersama dan graduan', th: 'กิจกรรมร่วมและผู้สำเร็จการศึกษา',
        vi: 'Hoạt động chung và sinh viên tốt nghiệp', fil: 'Magkasamang aktibidad at mga nagtapos', km: 'សកម្មភាពរួម និងនិស្សិតបញ្ចប់ការសិក្សា', lo: 'ກິດຈະກຳຮ່ວມ ແລະ ນັກສຶກສາຈົບ', my: 'ပူးတွဲလှုပ်ရှားမှုများနှင့် ဘွဲ့ရများ',
      },
      questions: [
        ...beforeAfter('joint_activities', JOINT, COUNT),
        ...beforeAfter('employer_rating', EMPLOYER, { min: 1, max: 5, integer: false }, EMPLOYER_HELP),
        {
          id: 'employer_raters', type: 'number', required: false, ...COUNT,
          text: {
            zh: '期末有多少家用人单位参与了评分？', en: 'How many employers gave the rating at the end of the period?', id: 'Berapa pemberi kerja yang memberi penilaian di akhir periode?',
            ms: 'Berapa ramai majikan yang memberi penilaian pada akhir tempoh?', th: 'มีนายจ้างกี่รายที่ให้คะแนนเมื่อสิ้นสุดช่วงเวลา', vi: 'Có bao nhiêu nhà tuyển dụng đánh giá vào cuối kỳ?',
            fil: 'Ilang employer ang nagbigay ng marka sa katapusan ng panahon?', km: 'តើមាននិយោជកប៉ុន្មាននាក់បានផ្ដល់ពិន្ទុនៅចុងរយៈពេល?', lo: 'ມີນາຍຈ້າງຈັກຄົນທີ່ໃຫ້ຄະແນນໃນທ້າຍໄລຍະ?',
            my: 'ကာလအဆုံးတွင် အလုပ်ရှင် မည်မျှက အမှတ်ပေးခဲ့ပါသနည်း။',
          },
        },
      ],
    },
    {
      id: 'context',
      title: { zh: '背景说明', en: 'Context', id: 'Konteks', ms: 'Konteks', th: 'บริบท', vi: 'Bối cảnh', fil: 'Konteksto', km: 'បរិបទ', lo: 'ສະພາບການ', my: 'နောက်ခံအကြောင်းအရာ' },
      questions: [
        {
          id: 'notes', type: 'text', long: true, maxLength: 4000, required: false,
          text: {
            zh: '哪些因素促成了这些变化？还有哪些其他因素影响了这些数字？', en: 'What contributed to these changes, and what else affected the figures?',
            id: 'Apa yang mendorong perubahan ini, dan apa lagi yang memengaruhi angka-angka tersebut?', ms: 'Apakah yang menyumbang kepada perubahan ini, dan apakah faktor lain yang mempengaruhi angka tersebut?',
            th: 'อะไรทำให้เกิดการเปลี่ยนแปลงเหล่านี้ และมีปัจจัยอื่นใดที่ส่งผลต่อตัวเลข', vi: 'Điều gì đã góp phần tạo nên những thay đổi này, và còn yếu tố nào khác ảnh hưởng đến các con số?',
            fil: 'Ano ang nakatulong sa mga pagbabagong ito, at ano pa ang nakaapekto sa mga bilang?', km: 'តើអ្វីខ្លះបានរួមចំណែកដល់ការផ្លាស់ប្ដូរទាំងនេះ ហើយមានកត្តាអ្វីផ្សេងទៀតដែលប៉ះពាល់ដល់តួលេខ?',
            lo: 'ຫຍັງແດ່ທີ່ປະກອບສ່ວນໃຫ້ເກີດການປ່ຽນແປງເຫຼົ່ານີ້, ແລະ ມີປັດໄຈອື່ນໃດທີ່ສົ່ງຜົນຕໍ່ຕົວເລກ?',
            my: 'ဤပြောင်းလဲမှုများကို မည်သည့်အရာများက အထောက်အကူပြုခဲ့ပြီး ကိန်းဂဏန်းများကို အခြားမည်သည့်အရာများက သက်ရောက်ခဲ့ပါသနည်း။',
          },
        },
      ],
    },
  ],
}
