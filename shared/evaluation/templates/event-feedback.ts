import { FORM_SCHEMA_ID, type FormDefinition } from '../form-definition'
import { LOW_5, QUALITY_5, type TemplateText } from './scales'

// The practical side of an event, asked of everyone who came: venue and catering only of those on site,
// the online link only of those who joined online, and "what went wrong?" only after a low mark.

const quality = { type: 'likert', points: 5, labels: QUALITY_5, required: true } as const
const onSite = { showIf: { question: 'attended', equals: 'in_person' } }
const online = { showIf: { question: 'attended', equals: 'online' } }

const WHAT_WENT_WRONG_LINK: TemplateText = {
  zh: '连接出现了什么问题？', en: 'What went wrong with the connection?', id: 'Apa masalah pada koneksinya?', ms: 'Apakah masalah dengan sambungan?',
  th: 'การเชื่อมต่อมีปัญหาอะไร', vi: 'Kết nối gặp vấn đề gì?', fil: 'Ano ang naging problema sa koneksiyon?', km: 'តើការតភ្ជាប់មានបញ្ហាអ្វី?',
  lo: 'ການເຊື່ອມຕໍ່ມີບັນຫາຫຍັງ?', my: 'ချိတ်ဆက်မှုတွင် မည်သည့်ပြဿနာ ရှိခဲ့ပါသနည်း။',
}
const WHAT_MADE_IT_HARD: TemplateText = {
  zh: '是什么让您参与起来有困难？', en: 'What made it hard to take part?', id: 'Apa yang menyulitkan Anda untuk ikut serta?', ms: 'Apakah yang menyukarkan anda untuk mengambil bahagian?',
  th: 'อะไรทำให้ท่านเข้าร่วมได้ยาก', vi: 'Điều gì khiến bạn khó tham gia?', fil: 'Ano ang nagpahirap sa iyong paglahok?', km: 'តើអ្វីធ្វើឱ្យអ្នកពិបាកចូលរួម?',
  lo: 'ຫຍັງເຮັດໃຫ້ທ່ານເຂົ້າຮ່ວມໄດ້ຍາກ?', my: 'ပါဝင်ရန် မည်သည့်အရာက ခက်ခဲစေခဲ့ပါသနည်း။',
}

/** Event feedback: logistics, venue, online link, accessibility, catering and an overall mark. */
export const EVENT_FEEDBACK_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'feedback',
  level: null,
  title: {
    zh: '活动会务反馈', en: 'Event feedback', id: 'Umpan balik acara', ms: 'Maklum balas acara', th: 'แบบประเมินการจัดงาน', vi: 'Phản hồi về sự kiện',
    fil: 'Puna sa okasyon', km: 'មតិកែលម្អអំពីព្រឹត្តិការណ៍', lo: 'ຄຳຄິດເຫັນຕໍ່ງານ', my: 'ပွဲအပေါ် အကြံပြုချက်',
  },
  intro: {
    zh: '请告诉我们本次活动的各项安排是否顺利：信息通知、场地或线上连接、无障碍设施和餐饮。约需三分钟。',
    en: 'Tell us how the practical side of the event worked for you: information, venue or online connection, accessibility and catering. It takes about three minutes.',
    id: 'Ceritakan kepada kami bagaimana sisi praktis acara ini bagi Anda: informasi, tempat atau koneksi daring, aksesibilitas, dan konsumsi. Hanya sekitar tiga menit.',
    ms: 'Beritahu kami bagaimana aspek praktikal acara ini bagi anda: maklumat, tempat atau sambungan dalam talian, kebolehcapaian dan jamuan. Ia mengambil masa kira-kira tiga minit.',
    th: 'โปรดบอกเราว่าการจัดการด้านต่าง ๆ ของงานเป็นอย่างไรสำหรับท่าน ได้แก่ การแจ้งข้อมูล สถานที่หรือการเชื่อมต่อออนไลน์ การเข้าถึงสำหรับทุกคน และอาหาร ใช้เวลาประมาณสามนาที',
    vi: 'Hãy cho chúng tôi biết công tác hậu cần của sự kiện như thế nào đối với bạn: thông tin, địa điểm hoặc kết nối trực tuyến, khả năng tiếp cận và ăn uống. Chỉ mất khoảng ba phút.',
    fil: 'Sabihin sa amin kung paano gumana para sa iyo ang mga praktikal na bahagi ng okasyon: impormasyon, lugar o koneksiyon online, aksesibilidad at pagkain. Mga tatlong minuto lang ito.',
    km: 'សូមប្រាប់យើងពីការរៀបចំផ្នែកអនុវត្តនៃព្រឹត្តិការណ៍សម្រាប់អ្នក៖ ព័ត៌មាន ទីកន្លែង ឬការតភ្ជាប់អនឡាញ ភាពងាយស្រួលក្នុងការចូលរួម និងអាហារ។ ចំណាយពេលប្រហែលបីនាទី។',
    lo: 'ກະລຸນາບອກພວກເຮົາວ່າການຈັດການດ້ານຕ່າງໆຂອງງານເປັນແນວໃດສຳລັບທ່ານ: ຂໍ້ມູນ, ສະຖານທີ່ ຫຼື ການເຊື່ອມຕໍ່ອອນລາຍ, ການເຂົ້າເຖິງ ແລະ ອາຫານ. ໃຊ້ເວລາປະມານສາມນາທີ.',
    my: 'ပွဲ၏ လက်တွေ့စီစဉ်မှုများ– သတင်းအချက်အလက်၊ နေရာ သို့မဟုတ် အွန်လိုင်းချိတ်ဆက်မှု၊ လူတိုင်းဝင်ရောက်အသုံးပြုနိုင်မှုနှင့် အစားအသောက်တို့သည် သင့်အတွက် မည်သို့ရှိခဲ့သည်ကို ပြောပြပါ။ သုံးမိနစ်ခန့် ကြာပါမည်။',
  },
  sections: [
    {
      id: 'attendance',
      title: {
        zh: '参与方式', en: 'How you took part', id: 'Cara Anda mengikuti', ms: 'Cara anda menyertai', th: 'รูปแบบการเข้าร่วม', vi: 'Hình thức tham gia',
        fil: 'Paano ka lumahok', km: 'របៀបដែលអ្នកចូលរួម', lo: 'ວິທີທີ່ທ່ານເຂົ້າຮ່ວມ', my: 'ပါဝင်ခဲ့ပုံ',
      },
      questions: [
        {
          id: 'attended', type: 'single', other: false, required: true,
          text: {
            zh: '您以何种方式参加？', en: 'How did you attend?', id: 'Bagaimana Anda mengikuti acara ini?', ms: 'Bagaimanakah anda menghadiri acara ini?', th: 'ท่านเข้าร่วมงานด้วยวิธีใด',
            vi: 'Bạn tham gia bằng hình thức nào?', fil: 'Paano ka dumalo?', km: 'តើអ្នកចូលរួមដោយរបៀបណា?', lo: 'ທ່ານເຂົ້າຮ່ວມດ້ວຍວິທີໃດ?', my: 'သင် မည်သို့ တက်ရောက်ခဲ့ပါသနည်း။',
          },
          options: [
            { id: 'in_person', label: { zh: '现场参加', en: 'In person', id: 'Tatap muka', ms: 'Bersemuka', th: 'เข้าร่วมที่สถานที่จัดงาน', vi: 'Trực tiếp', fil: 'Harapan', km: 'ដោយផ្ទាល់', lo: 'ແບບພົບໜ້າ', my: 'လူကိုယ်တိုင်' } },
            { id: 'online', label: { zh: '线上参加', en: 'Online', id: 'Daring', ms: 'Dalam talian', th: 'ออนไลน์', vi: 'Trực tuyến', fil: 'Birtuwal', km: 'តាមអនឡាញ', lo: 'ອອນລາຍ', my: 'အွန်လိုင်း' } },
          ],
        },
      ],
    },
    {
      id: 'arrangements',
      title: { zh: '会务安排', en: 'Arrangements', id: 'Pengaturan', ms: 'Pengurusan acara', th: 'การจัดการ', vi: 'Công tác tổ chức', fil: 'Mga kaayusan', km: 'ការរៀបចំ', lo: 'ການຈັດແຈງ', my: 'စီစဉ်မှုများ' },
      help: {
        zh: '1 = 很差，5 = 优秀', en: '1 = very poor, 5 = excellent', id: '1 = sangat buruk, 5 = sangat baik', ms: '1 = sangat lemah, 5 = cemerlang', th: '1 = ต้องปรับปรุงมาก, 5 = ดีเยี่ยม',
        vi: '1 = rất kém, 5 = xuất sắc', fil: '1 = napakahina, 5 = napakahusay', km: '1 = ខ្សោយណាស់, 5 = ល្អប្រសើរ', lo: '1 = ບໍ່ດີເລີຍ, 5 = ດີເລີດ', my: '1 = အလွန်ညံ့, 5 = အလွန်ကောင်း',
      },
      questions: [
        {
          ...quality, id: 'information',
          text: {
            zh: '会前信息（邀请函、日程、交通指引）', en: 'Information before the event (invitation, programme, directions)',
            id: 'Informasi sebelum acara (undangan, susunan acara, petunjuk arah)', ms: 'Maklumat sebelum acara (jemputan, atur cara, arah perjalanan)',
            th: 'ข้อมูลก่อนงาน (หนังสือเชิญ กำหนดการ การเดินทาง)', vi: 'Thông tin trước sự kiện (thư mời, chương trình, chỉ dẫn đường đi)',
            fil: 'Impormasyon bago ang okasyon (imbitasyon, programa, direksiyon)', km: 'ព័ត៌មានមុនព្រឹត្តិការណ៍ (លិខិតអញ្ជើញ កម្មវិធី ការណែនាំផ្លូវ)',
            lo: 'ຂໍ້ມູນກ່ອນງານ (ໜັງສືເຊີນ, ກຳນົດການ, ການເດີນທາງ)', my: 'ပွဲမတိုင်မီ သတင်းအချက်အလက် (ဖိတ်စာ၊ အစီအစဉ်၊ လမ်းညွှန်)',
          },
        },
        {
          ...quality, ...onSite, id: 'venue',
          text: {
            zh: '场地（会议室、音响、指示标识）', en: 'The venue (rooms, sound, signage)', id: 'Tempat acara (ruangan, tata suara, papan petunjuk)',
            ms: 'Tempat acara (bilik, sistem bunyi, papan tanda)', th: 'สถานที่ (ห้อง เครื่องเสียง ป้ายบอกทาง)', vi: 'Địa điểm (phòng, âm thanh, biển chỉ dẫn)',
            fil: 'Ang lugar (mga silid, tunog, karatula)', km: 'ទីកន្លែង (បន្ទប់ សំឡេង ស្លាកសញ្ញា)', lo: 'ສະຖານທີ່ (ຫ້ອງ, ລະບົບສຽງ, ປ້າຍບອກທາງ)', my: 'နေရာ (အခန်း၊ အသံ၊ ဆိုင်းဘုတ်)',
          },
        },
        {
          ...quality, ...onSite, id: 'catering',
          text: {
            zh: '餐饮（包括特殊饮食需求）', en: 'Food and drinks, including dietary needs', id: 'Makanan dan minuman, termasuk kebutuhan diet khusus',
            ms: 'Makanan dan minuman, termasuk keperluan pemakanan khas', th: 'อาหารและเครื่องดื่ม รวมถึงอาหารสำหรับผู้มีข้อจำกัดด้านอาหาร',
            vi: 'Đồ ăn thức uống, kể cả nhu cầu ăn kiêng', fil: 'Pagkain at inumin, kasama ang espesyal na pangangailangan sa pagkain',
            km: 'អាហារ និងភេសជ្ជៈ រួមទាំងតម្រូវការអាហារពិសេស', lo: 'ອາຫານ ແລະ ເຄື່ອງດື່ມ, ລວມທັງອາຫານຕາມຂໍ້ຈຳກັດ', my: 'အစားအသောက်၊ အထူးအစားအစာ လိုအပ်ချက်များ အပါအဝင်',
          },
        },
        {
          ...quality, ...online, id: 'online_link',
          text: {
            zh: '线上连接（入会、声音和画面）', en: 'The online link: joining, sound and picture', id: 'Tautan daring: cara bergabung, suara, dan gambar',
            ms: 'Pautan dalam talian: cara menyertai, bunyi dan gambar', th: 'ลิงก์ออนไลน์: การเข้าร่วม เสียง และภาพ', vi: 'Đường kết nối trực tuyến: vào phòng, âm thanh và hình ảnh',
            fil: 'Ang link online: pagsali, tunog at larawan', km: 'តំណអនឡាញ៖ ការចូលរួម សំឡេង និងរូបភាព', lo: 'ລິ້ງອອນລາຍ: ການເຂົ້າຮ່ວມ, ສຽງ ແລະ ພາບ',
            my: 'အွန်လိုင်းလင့်ခ်– ဝင်ရောက်ခြင်း၊ အသံနှင့် ရုပ်ပုံ',
          },
        },
        {
          id: 'online_problems', type: 'text', long: true, maxLength: 2000, required: false, showIf: { question: 'online_link', in: LOW_5 }, text: WHAT_WENT_WRONG_LINK,
        },
        {
          ...quality, id: 'accessibility',
          text: {
            zh: '无障碍条件（无台阶通道、字幕、座位、安静空间）', en: 'Accessibility for everyone (step-free access, captions, seating, a quiet space)',
            id: 'Aksesibilitas bagi semua orang (akses tanpa tangga, teks terjemahan, tempat duduk, ruang tenang)',
            ms: 'Kebolehcapaian untuk semua (laluan tanpa tangga, sari kata, tempat duduk, ruang tenang)',
            th: 'การเข้าถึงสำหรับทุกคน (ทางเข้าไม่มีขั้นบันได คำบรรยาย ที่นั่ง พื้นที่เงียบ)',
            vi: 'Khả năng tiếp cận cho mọi người (lối đi không bậc thềm, phụ đề, chỗ ngồi, không gian yên tĩnh)',
            fil: 'Aksesibilidad para sa lahat (daanang walang hagdan, caption, upuan, tahimik na lugar)',
            km: 'ភាពងាយស្រួលសម្រាប់គ្រប់គ្នា (ផ្លូវចូលគ្មានជណ្ដើរ អក្សររត់ កៅអី កន្លែងស្ងាត់)',
            lo: 'ການເຂົ້າເຖິງສຳລັບທຸກຄົນ (ທາງເຂົ້າບໍ່ມີຂັ້ນໄດ, ຄຳບັນຍາຍ, ບ່ອນນັ່ງ, ພື້ນທີ່ງຽບ)',
            my: 'လူတိုင်းဝင်ရောက်အသုံးပြုနိုင်မှု (လှေကားမပါသော ဝင်ပေါက်၊ စာတန်းထိုး၊ ထိုင်ခုံ၊ တိတ်ဆိတ်သောနေရာ)',
          },
        },
        {
          id: 'accessibility_problems', type: 'text', long: true, maxLength: 2000, required: false, showIf: { question: 'accessibility', in: LOW_5 }, text: WHAT_MADE_IT_HARD,
        },
      ],
    },
    {
      id: 'overall',
      title: { zh: '总体评价', en: 'Overall', id: 'Secara keseluruhan', ms: 'Keseluruhan', th: 'ภาพรวม', vi: 'Đánh giá chung', fil: 'Kabuuan', km: 'ទិដ្ឋភាពរួម', lo: 'ພາບລວມ', my: 'ခြုံငုံသုံးသပ်ချက်' },
      questions: [
        {
          id: 'overall', type: 'rating', max: 5, required: true,
          text: {
            zh: '总体而言，您如何评价本次活动？', en: 'Overall, how would you rate the event?', id: 'Secara keseluruhan, bagaimana penilaian Anda terhadap acara ini?',
            ms: 'Secara keseluruhan, bagaimanakah penilaian anda terhadap acara ini?', th: 'โดยรวมแล้ว ท่านให้คะแนนงานนี้เท่าใด', vi: 'Nhìn chung, bạn đánh giá sự kiện này thế nào?',
            fil: 'Sa kabuuan, paano mo mamarkahan ang okasyon?', km: 'សរុបមក តើអ្នកវាយតម្លៃព្រឹត្តិការណ៍នេះយ៉ាងដូចម្ដេច?', lo: 'ໂດຍລວມແລ້ວ, ທ່ານໃຫ້ຄະແນນງານນີ້ເທົ່າໃດ?',
            my: 'ခြုံငုံကြည့်လျှင် ဤပွဲကို မည်သို့ အမှတ်ပေးမည်နည်း။',
          },
        },
        {
          id: 'comments', type: 'text', long: true, maxLength: 2000, required: false,
          text: {
            zh: '还有其他需要告诉我们的吗？', en: 'Anything else we should know?', id: 'Ada hal lain yang perlu kami ketahui?', ms: 'Ada perkara lain yang perlu kami tahu?',
            th: 'มีสิ่งอื่นที่เราควรทราบหรือไม่', vi: 'Còn điều gì khác chúng tôi nên biết không?', fil: 'May iba pa bang dapat naming malaman?', km: 'តើមានអ្វីផ្សេងទៀតដែលយើងគួរដឹងទេ?',
            lo: 'ມີຫຍັງອີກທີ່ພວກເຮົາຄວນຮູ້ບໍ່?', my: 'ကျွန်ုပ်တို့ သိသင့်သည့် အခြားအရာ ရှိပါသလား။',
          },
        },
      ],
    },
  ],
}
