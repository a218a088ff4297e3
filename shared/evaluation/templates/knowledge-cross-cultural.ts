import { FORM_SCHEMA_ID, type FormDefinition, type Option } from '../form-definition'
import { DONT_KNOW } from './scales'

// The same form is given before and after the training; analytics pair each person's two scores (level 2).
// Facts only, each one checkable in a textbook or an official source; no question judges a culture.

const DONT_KNOW_OPTION: Option = { id: 'dont_know', label: DONT_KNOW }

/** Level 2 (learning): a pre/post knowledge test for a China–ASEAN cross-cultural training. */
export const KNOWLEDGE_CROSS_CULTURAL_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'knowledge',
  level: 2,
  title: {
    zh: '跨文化知识测验', en: 'Cross-cultural knowledge check', id: 'Tes pengetahuan lintas budaya', ms: 'Ujian pengetahuan silang budaya',
    th: 'แบบทดสอบความรู้ข้ามวัฒนธรรม', vi: 'Bài kiểm tra kiến thức liên văn hóa', fil: 'Pagsusulit sa kaalamang pangkultura',
    km: 'តេស្តចំណេះដឹងអន្តរវប្បធម៌', lo: 'ແບບທົດສອບຄວາມຮູ້ຂ້າມວັດທະນະທຳ', my: 'ယဉ်ကျေးမှုဖြတ်ကျော် အသိပညာ စစ်ဆေးမှု',
  },
  intro: {
    zh: '本测验在培训前后各做一次，用来了解培训带来的收获，而不是评价您个人。请不要查阅资料；如果不知道答案，请选择“我不知道”，不要猜。',
    en: 'You take this short test before and after the training. It shows what the training taught, not how good you are. Please do not look answers up; if you do not know, choose “I don’t know” rather than guess.',
    id: 'Tes singkat ini dikerjakan sebelum dan sesudah pelatihan. Tes ini menunjukkan apa yang diajarkan pelatihan, bukan menilai diri Anda. Jangan mencari jawabannya; jika tidak tahu, pilih “Saya tidak tahu” daripada menebak.',
    ms: 'Ujian ringkas ini diambil sebelum dan selepas latihan. Ia menunjukkan apa yang diajar oleh latihan, bukan menilai diri anda. Jangan cari jawapannya; jika tidak tahu, pilih “Saya tidak tahu” dan jangan meneka.',
    th: 'ท่านจะทำแบบทดสอบสั้น ๆ นี้ทั้งก่อนและหลังการอบรม เพื่อดูว่าการอบรมให้ความรู้อะไร ไม่ใช่เพื่อประเมินตัวท่าน กรุณาอย่าค้นหาคำตอบ หากไม่ทราบให้เลือก “ไม่ทราบ” แทนการเดา',
    vi: 'Bạn làm bài kiểm tra ngắn này trước và sau khóa tập huấn. Bài kiểm tra cho thấy khóa học đã mang lại gì, không nhằm đánh giá cá nhân bạn. Vui lòng không tra cứu; nếu không biết, hãy chọn “Tôi không biết” thay vì đoán.',
    fil: 'Sasagutan mo ang maikling pagsusulit na ito bago at pagkatapos ng pagsasanay. Ipinapakita nito ang natutuhan sa pagsasanay, hindi ang iyong galing. Huwag hanapin ang mga sagot; kung hindi mo alam, piliin ang “Hindi ko alam” sa halip na manghula.',
    km: 'អ្នកនឹងធ្វើតេស្តខ្លីនេះ មុន និងក្រោយវគ្គបណ្ដុះបណ្ដាល។ វាបង្ហាញពីអ្វីដែលវគ្គបានបង្រៀន មិនមែនវាយតម្លៃលើរូបអ្នកទេ។ សូមកុំស្វែងរកចម្លើយ ប្រសិនបើមិនដឹង សូមជ្រើស “ខ្ញុំមិនដឹងទេ” ជាជាងការទាយ។',
    lo: 'ທ່ານຈະເຮັດແບບທົດສອບສັ້ນໆນີ້ທັງກ່ອນ ແລະ ຫຼັງການຝຶກອົບຮົມ. ມັນສະແດງໃຫ້ເຫັນສິ່ງທີ່ການຝຶກອົບຮົມສອນ, ບໍ່ແມ່ນການປະເມີນຕົວທ່ານ. ກະລຸນາຢ່າຄົ້ນຫາຄຳຕອບ; ຖ້າບໍ່ຮູ້ ໃຫ້ເລືອກ “ຂ້ອຍບໍ່ຮູ້” ແທນການເດົາ.',
    my: 'ဤစစ်ဆေးမှုတိုကို သင်တန်းမတိုင်မီနှင့် သင်တန်းပြီးနောက် ဖြေဆိုရပါမည်။ ၎င်းသည် သင်တန်းမှ သင်ကြားပေးခဲ့သည်များကို ပြသခြင်းဖြစ်ပြီး သင့်ကို အကဲဖြတ်ခြင်း မဟုတ်ပါ။ အဖြေများကို ရှာဖွေခြင်း မပြုပါနှင့်။ မသိပါက ခန့်မှန်းမည့်အစား “မသိပါ” ကို ရွေးပါ။',
  },
  sections: [
    {
      id: 'communication',
      title: { zh: '沟通方式', en: 'Communication', id: 'Komunikasi', ms: 'Komunikasi', th: 'การสื่อสาร', vi: 'Giao tiếp', fil: 'Komunikasyon', km: 'ការប្រាស្រ័យទាក់ទង', lo: 'ການສື່ສານ', my: 'ဆက်သွယ်ပြောဆိုခြင်း' },
      questions: [
        {
          id: 'high_context', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['context'],
          text: {
            zh: '在“高语境”沟通文化中，大部分含义是通过什么传达的？', en: 'In a high-context communication culture, most of the meaning is carried by…',
            id: 'Dalam budaya komunikasi konteks tinggi, sebagian besar makna disampaikan melalui…', ms: 'Dalam budaya komunikasi konteks tinggi, kebanyakan makna disampaikan melalui…',
            th: 'ในวัฒนธรรมการสื่อสารแบบบริบทสูง ความหมายส่วนใหญ่ถูกสื่อผ่านสิ่งใด', vi: 'Trong văn hóa giao tiếp ngữ cảnh cao, phần lớn ý nghĩa được truyền tải qua…',
            fil: 'Sa kulturang high-context ang komunikasyon, kadalasang dinadala ang kahulugan ng…', km: 'នៅក្នុងវប្បធម៌ទំនាក់ទំនងបរិបទខ្ពស់ អត្ថន័យភាគច្រើនត្រូវបានបញ្ជូនតាមរយៈ…',
            lo: 'ໃນວັດທະນະທຳການສື່ສານແບບບໍລິບົດສູງ, ຄວາມໝາຍສ່ວນໃຫຍ່ຖືກສົ່ງຜ່ານ…', my: 'အခြေအနေအပေါ် များစွာမှီခိုသော (high-context) ဆက်သွယ်ပုံ ယဉ်ကျေးမှုတွင် အဓိပ္ပာယ်အများစုကို မည်သည့်အရာက သယ်ဆောင်ပါသနည်း။',
          },
          options: [
            { id: 'words', label: { zh: '只靠明确说出的话语', en: 'The explicit words alone', id: 'Kata-kata yang diucapkan secara eksplisit saja', ms: 'Perkataan yang diucapkan secara jelas sahaja', th: 'ถ้อยคำที่พูดออกมาตรง ๆ เท่านั้น', vi: 'Chỉ lời nói rõ ràng', fil: 'Ang tahasang mga salita lamang', km: 'តែពាក្យសម្ដីដែលនិយាយចំៗប៉ុណ្ណោះ', lo: 'ພຽງແຕ່ຄຳເວົ້າທີ່ເວົ້າອອກມາໂດຍກົງ', my: 'တိုက်ရိုက်ပြောသော စကားလုံးများသာ' } },
            { id: 'context', label: { zh: '情境、关系和非语言信号', en: 'The situation, the relationship and non-verbal cues', id: 'Situasi, hubungan, dan isyarat nonverbal', ms: 'Situasi, hubungan dan isyarat bukan lisan', th: 'สถานการณ์ ความสัมพันธ์ และภาษากาย', vi: 'Hoàn cảnh, mối quan hệ và tín hiệu phi ngôn ngữ', fil: 'Ang sitwasyon, ang ugnayan, at mga di-berbal na pahiwatig', km: 'ស្ថានភាព ទំនាក់ទំនង និងសញ្ញាមិនមែនពាក្យសម្ដី', lo: 'ສະຖານະການ, ຄວາມສຳພັນ ແລະ ສັນຍານທີ່ບໍ່ແມ່ນຄຳເວົ້າ', my: 'အခြေအနေ၊ ဆက်ဆံရေးနှင့် စကားမဟုတ်သော အမူအရာများ' } },
            { id: 'contracts', label: { zh: '只靠书面合同', en: 'Written contracts only', id: 'Kontrak tertulis saja', ms: 'Kontrak bertulis sahaja', th: 'สัญญาที่เป็นลายลักษณ์อักษรเท่านั้น', vi: 'Chỉ hợp đồng bằng văn bản', fil: 'Mga nakasulat na kontrata lamang', km: 'តែកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរប៉ុណ្ណោះ', lo: 'ສັນຍາທີ່ເປັນລາຍລັກອັກສອນເທົ່ານັ້ນ', my: 'စာချုပ်များသာ' } },
            { id: 'volume', label: { zh: '说话的音量', en: 'How loudly people speak', id: 'Seberapa keras orang berbicara', ms: 'Seberapa kuat orang bercakap', th: 'ความดังของเสียงพูด', vi: 'Âm lượng khi nói', fil: 'Kung gaano kalakas magsalita ang tao', km: 'កម្រិតខ្លាំងនៃសំឡេងនិយាយ', lo: 'ຄວາມດັງຂອງສຽງເວົ້າ', my: 'စကားပြောသံ ကျယ်လောင်မှု' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'low_context', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['direct'],
          text: {
            zh: '以下哪一项最能描述“低语境”沟通？', en: 'Which statement best describes low-context communication?',
            id: 'Pernyataan mana yang paling tepat menggambarkan komunikasi konteks rendah?', ms: 'Pernyataan manakah yang paling tepat menggambarkan komunikasi konteks rendah?',
            th: 'ข้อใดอธิบายการสื่อสารแบบบริบทต่ำได้ดีที่สุด', vi: 'Câu nào mô tả đúng nhất giao tiếp ngữ cảnh thấp?',
            fil: 'Aling pahayag ang pinakamahusay na naglalarawan sa low-context na komunikasyon?', km: 'តើសេចក្ដីថ្លែងមួយណាពិពណ៌នាល្អបំផុតអំពីការទំនាក់ទំនងបរិបទទាប?',
            lo: 'ຂໍ້ໃດອະທິບາຍການສື່ສານແບບບໍລິບົດຕ່ຳໄດ້ດີທີ່ສຸດ?', my: 'အခြေအနေအပေါ် နည်းနည်းသာမှီခိုသော (low-context) ဆက်သွယ်ပုံကို မည်သည့်ဖော်ပြချက်က အကောင်းဆုံး ဖော်ပြပါသနည်း။',
          },
          options: [
            { id: 'silence', label: { zh: '沉默承载了大部分信息', en: 'Silence carries most of the message', id: 'Diam menyampaikan sebagian besar pesan', ms: 'Diam menyampaikan sebahagian besar mesej', th: 'ความเงียบสื่อความหมายส่วนใหญ่', vi: 'Sự im lặng truyền tải phần lớn thông điệp', fil: 'Ang katahimikan ang nagdadala ng karamihan ng mensahe', km: 'ភាពស្ងៀមស្ងាត់បញ្ជូនសារភាគច្រើន', lo: 'ຄວາມງຽບສົ່ງຂໍ້ຄວາມສ່ວນໃຫຍ່', my: 'တိတ်ဆိတ်မှုက သတင်းစကားအများစုကို သယ်ဆောင်သည်' } },
            { id: 'direct', label: { zh: '信息直接、明确地用语言表达出来', en: 'The message is stated directly and explicitly in words', id: 'Pesan dinyatakan secara langsung dan eksplisit dengan kata-kata', ms: 'Mesej dinyatakan secara langsung dan jelas dengan kata-kata', th: 'สารถูกสื่อด้วยถ้อยคำอย่างตรงไปตรงมาและชัดเจน', vi: 'Thông điệp được nói ra trực tiếp và rõ ràng bằng lời', fil: 'Tuwiran at malinaw na sinasabi sa salita ang mensahe', km: 'សារត្រូវបាននិយាយដោយផ្ទាល់ និងច្បាស់លាស់ជាពាក្យសម្ដី', lo: 'ຂໍ້ຄວາມຖືກເວົ້າອອກມາໂດຍກົງ ແລະ ຈະແຈ້ງເປັນຄຳເວົ້າ', my: 'သတင်းစကားကို စကားလုံးဖြင့် တိုက်ရိုက်နှင့် ရှင်းလင်းစွာ ဖော်ပြသည်' } },
            { id: 'history', label: { zh: '含义主要从双方共同的经历中推断', en: 'Meaning is mostly inferred from shared history', id: 'Makna sebagian besar disimpulkan dari pengalaman bersama', ms: 'Makna kebanyakannya difahami daripada pengalaman bersama', th: 'ความหมายส่วนใหญ่อนุมานจากประสบการณ์ร่วมกัน', vi: 'Ý nghĩa chủ yếu được suy ra từ trải nghiệm chung', fil: 'Kadalasang hinuhulaan ang kahulugan mula sa pinagsamahang karanasan', km: 'អត្ថន័យភាគច្រើនត្រូវបានយល់តាមបទពិសោធន៍រួម', lo: 'ຄວາມໝາຍສ່ວນໃຫຍ່ເຂົ້າໃຈຈາກປະສົບການຮ່ວມກັນ', my: 'အဓိပ္ပာယ်ကို အတူတကွ ကြုံတွေ့ခဲ့ဖူးမှုများမှ အများအားဖြင့် ခန့်မှန်းသည်' } },
            { id: 'status', label: { zh: '说话人的地位决定了含义', en: 'The speaker’s rank decides the meaning', id: 'Kedudukan pembicara menentukan makna', ms: 'Kedudukan penutur menentukan makna', th: 'ตำแหน่งของผู้พูดเป็นตัวกำหนดความหมาย', vi: 'Địa vị người nói quyết định ý nghĩa', fil: 'Ang ranggo ng nagsasalita ang nagtatakda ng kahulugan', km: 'ឋានៈរបស់អ្នកនិយាយកំណត់អត្ថន័យ', lo: 'ຕຳແໜ່ງຂອງຜູ້ເວົ້າເປັນຕົວກຳນົດຄວາມໝາຍ', my: 'ပြောသူ၏ ရာထူးက အဓိပ္ပာယ်ကို ဆုံးဖြတ်သည်' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'face', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['dignity'],
          text: {
            zh: '在中国的商务文化中，“面子”指的是什么？', en: 'In Chinese business culture, “mianzi” (face) refers to…',
            id: 'Dalam budaya bisnis Tiongkok, “mianzi” (muka) berarti…', ms: 'Dalam budaya perniagaan China, “mianzi” (air muka) merujuk kepada…',
            th: 'ในวัฒนธรรมธุรกิจจีน “หน้าตา” (เมี่ยนจื่อ) หมายถึงอะไร', vi: 'Trong văn hóa kinh doanh Trung Quốc, “mianzi” (thể diện) là…',
            fil: 'Sa kulturang pangnegosyo ng Tsina, ang “mianzi” (mukha o dangal) ay tumutukoy sa…', km: 'នៅក្នុងវប្បធម៌អាជីវកម្មចិន “មុខមាត់” (mianzi) សំដៅលើ…',
            lo: 'ໃນວັດທະນະທຳທຸລະກິດຈີນ, “ໜ້າຕາ” (mianzi) ໝາຍເຖິງ…', my: 'တရုတ်စီးပွားရေး ယဉ်ကျေးမှုတွင် “မျက်နှာ” (mianzi) ဆိုသည်မှာ…',
          },
          options: [
            { id: 'dress', label: { zh: '着装规范', en: 'A dress code', id: 'Aturan berpakaian', ms: 'Kod pakaian', th: 'ระเบียบการแต่งกาย', vi: 'Quy định trang phục', fil: 'Isang dress code o tuntunin sa pananamit', km: 'វិន័យនៃការស្លៀកពាក់', lo: 'ລະບຽບການແຕ່ງກາຍ', my: 'ဝတ်စားဆင်ယင်မှု စည်းကမ်း' } },
            { id: 'expression', label: { zh: '仅指面部表情', en: 'Facial expressions only', id: 'Ekspresi wajah saja', ms: 'Riak wajah sahaja', th: 'สีหน้าเท่านั้น', vi: 'Chỉ nét mặt', fil: 'Ekspresyon ng mukha lamang', km: 'តែទឹកមុខប៉ុណ្ណោះ', lo: 'ສີໜ້າເທົ່ານັ້ນ', my: 'မျက်နှာအမူအရာသာ' } },
            { id: 'dignity', label: { zh: '一个人的尊严和社会声望，他人会注意不让其受损', en: 'A person’s dignity and standing, which others take care not to damage', id: 'Martabat dan kedudukan seseorang, yang dijaga orang lain agar tidak rusak', ms: 'Maruah dan kedudukan seseorang, yang dijaga oleh orang lain supaya tidak tercalar', th: 'ศักดิ์ศรีและสถานะทางสังคมของบุคคล ซึ่งผู้อื่นระวังไม่ให้เสียหาย', vi: 'Phẩm giá và vị thế của một người, mà người khác cố gắng không làm tổn hại', fil: 'Ang dangal at katayuan ng isang tao, na iniingatan ng iba na hindi masira', km: 'សេចក្ដីថ្លៃថ្នូរ និងកិត្តិយសរបស់មនុស្សម្នាក់ ដែលអ្នកដទៃប្រុងប្រយ័ត្នមិនឱ្យខូច', lo: 'ກຽດສັກສີ ແລະ ຖານະຂອງບຸກຄົນ ເຊິ່ງຄົນອື່ນລະວັງບໍ່ໃຫ້ເສຍຫາຍ', my: 'လူတစ်ဦး၏ ဂုဏ်သိက္ခာနှင့် အဆင့်အတန်း၊ အခြားသူများက မထိခိုက်စေရန် ဂရုစိုက်ကြသည်' } },
            { id: 'contract', label: { zh: '一种合同类型', en: 'A type of contract', id: 'Sejenis kontrak', ms: 'Sejenis kontrak', th: 'สัญญาประเภทหนึ่ง', vi: 'Một loại hợp đồng', fil: 'Isang uri ng kontrata', km: 'ប្រភេទកិច្ចសន្យាមួយ', lo: 'ສັນຍາປະເພດໜຶ່ງ', my: 'စာချုပ် အမျိုးအစားတစ်ခု' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'asean_language', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['english'],
          text: {
            zh: '根据《东盟宪章》，东盟的工作语言是什么？', en: 'According to the ASEAN Charter, what is the working language of ASEAN?',
            id: 'Menurut Piagam ASEAN, apa bahasa kerja ASEAN?', ms: 'Menurut Piagam ASEAN, apakah bahasa kerja ASEAN?',
            th: 'ตามกฎบัตรอาเซียน ภาษาที่ใช้ในการทำงานของอาเซียนคือภาษาใด', vi: 'Theo Hiến chương ASEAN, ngôn ngữ làm việc của ASEAN là gì?',
            fil: 'Ayon sa ASEAN Charter, ano ang wikang ginagamit sa gawain ng ASEAN?', km: 'យោងតាមធម្មនុញ្ញអាស៊ាន តើភាសាការងាររបស់អាស៊ានគឺជាភាសាអ្វី?',
            lo: 'ຕາມກົດບັດອາຊຽນ, ພາສາເຮັດວຽກຂອງອາຊຽນແມ່ນພາສາໃດ?', my: 'အာဆီယံပဋိဉာဉ်စာတမ်းအရ အာဆီယံ၏ လုပ်ငန်းသုံးဘာသာစကားမှာ မည်သည့်ဘာသာ ဖြစ်ပါသနည်း။',
          },
          options: [
            { id: 'malay', label: { zh: '马来语', en: 'Malay', id: 'Bahasa Melayu', ms: 'Bahasa Melayu', th: 'ภาษามลายู', vi: 'Tiếng Mã Lai', fil: 'Wikang Malay', km: 'ភាសាម៉ាឡេ', lo: 'ພາສາມາເລ', my: 'မလေးဘာသာ' } },
            { id: 'english', label: { zh: '英语', en: 'English', id: 'Bahasa Inggris', ms: 'Bahasa Inggeris', th: 'ภาษาอังกฤษ', vi: 'Tiếng Anh', fil: 'Wikang Ingles', km: 'ភាសាអង់គ្លេស', lo: 'ພາສາອັງກິດ', my: 'အင်္ဂလိပ်ဘာသာ' } },
            { id: 'chinese', label: { zh: '中文', en: 'Chinese', id: 'Bahasa Mandarin', ms: 'Bahasa Cina', th: 'ภาษาจีน', vi: 'Tiếng Trung', fil: 'Wikang Tsino', km: 'ភាសាចិន', lo: 'ພາສາຈີນ', my: 'တရုတ်ဘာသာ' } },
            { id: 'each_own', label: { zh: '每个成员国各自的语言，地位平等', en: 'Each member state’s own language, all equal', id: 'Bahasa masing-masing negara anggota, semuanya setara', ms: 'Bahasa setiap negara anggota, semuanya setaraf', th: 'ภาษาของแต่ละประเทศสมาชิก โดยมีสถานะเท่าเทียมกัน', vi: 'Ngôn ngữ riêng của mỗi quốc gia thành viên, ngang hàng nhau', fil: 'Ang sariling wika ng bawat kasaping bansa, magkakapantay', km: 'ភាសារបស់ប្រទេសសមាជិកនីមួយៗ ដែលស្មើគ្នា', lo: 'ພາສາຂອງແຕ່ລະປະເທດສະມາຊິກ, ເທົ່າທຽມກັນ', my: 'အဖွဲ့ဝင်နိုင်ငံတစ်ခုစီ၏ ကိုယ်ပိုင်ဘာသာ၊ တန်းတူ' } },
            DONT_KNOW_OPTION,
          ],
        },
      ],
    },
    {
      id: 'etiquette',
      title: { zh: '礼仪与问候', en: 'Etiquette and greetings', id: 'Etiket dan salam', ms: 'Adab dan cara memberi salam', th: 'มารยาทและการทักทาย', vi: 'Phép lịch sự và cách chào hỏi', fil: 'Kagandahang-asal at pagbati', km: 'សុជីវធម៌ និងការស្វាគមន៍', lo: 'ມາລະຍາດ ແລະ ການທັກທາຍ', my: 'ယဉ်ကျေးမှုဓလေ့နှင့် နှုတ်ဆက်ခြင်း' },
      questions: [
        {
          id: 'business_card', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['both_hands'],
          text: {
            zh: '从中国合作伙伴手中接过名片时，哪种做法表示尊重？', en: 'When a Chinese partner hands you a business card, which is a respectful way to receive it?',
            id: 'Saat mitra dari Tiongkok memberikan kartu nama, bagaimana cara menerimanya dengan sopan?', ms: 'Apabila rakan kongsi dari China menghulurkan kad nama, bagaimanakah cara menerimanya dengan hormat?',
            th: 'เมื่อคู่ค้าชาวจีนยื่นนามบัตรให้ การรับแบบใดแสดงความเคารพ', vi: 'Khi đối tác Trung Quốc trao danh thiếp, cách nhận nào thể hiện sự tôn trọng?',
            fil: 'Kapag inabot sa iyo ng kasosyong Tsino ang kanyang business card, alin ang magalang na paraan ng pagtanggap nito?', km: 'នៅពេលដៃគូចិនហុចកាតឈ្មោះឱ្យអ្នក តើវិធីទទួលមួយណាដែលបង្ហាញការគោរព?',
            lo: 'ເມື່ອຄູ່ຮ່ວມງານຊາວຈີນຍື່ນນາມບັດໃຫ້, ການຮັບແບບໃດສະແດງເຖິງຄວາມເຄົາລົບ?', my: 'တရုတ်လုပ်ငန်းဖက်တစ်ဦးက လိပ်စာကတ်ကမ်းပေးသောအခါ မည်သို့ လက်ခံခြင်းက လေးစားမှုကို ပြသပါသနည်း။',
          },
          options: [
            { id: 'pocket', label: { zh: '不看一眼直接放进后裤袋', en: 'Put it straight into your back pocket without looking', id: 'Langsung memasukkannya ke saku belakang tanpa melihatnya', ms: 'Terus memasukkannya ke dalam poket belakang tanpa melihat', th: 'ใส่กระเป๋ากางเกงด้านหลังทันทีโดยไม่ดู', vi: 'Cho ngay vào túi quần sau mà không nhìn', fil: 'Isilid agad sa bulsa sa likod nang hindi tinitingnan', km: 'ដាក់ចូលហោប៉ៅខាងក្រោយភ្លាមៗដោយមិនមើល', lo: 'ໃສ່ກະເປົາຫຼັງທັນທີໂດຍບໍ່ເບິ່ງ', my: 'မကြည့်ဘဲ နောက်အိတ်ထဲ ချက်ချင်းထည့်သည်' } },
            { id: 'both_hands', label: { zh: '双手接过并稍看一下', en: 'Take it with both hands and look at it for a moment', id: 'Menerimanya dengan dua tangan dan melihatnya sejenak', ms: 'Menerimanya dengan kedua-dua tangan dan melihatnya seketika', th: 'รับด้วยสองมือและดูสักครู่', vi: 'Nhận bằng hai tay và nhìn qua một chút', fil: 'Tanggapin ito gamit ang dalawang kamay at tingnan sandali', km: 'ទទួលដោយដៃទាំងពីរ ហើយមើលវាបន្តិច', lo: 'ຮັບດ້ວຍສອງມື ແລະ ເບິ່ງຈັກໜ້ອຍ', my: 'လက်နှစ်ဖက်ဖြင့် လက်ခံပြီး ခဏကြည့်သည်' } },
            { id: 'notes', label: { zh: '当面在名片上写笔记', en: 'Write notes on it in front of them', id: 'Menulis catatan di atasnya di depan mereka', ms: 'Menulis nota di atasnya di hadapan mereka', th: 'เขียนบันทึกลงบนนามบัตรต่อหน้าเขา', vi: 'Ghi chú lên danh thiếp ngay trước mặt họ', fil: 'Sulatan ito sa harap nila', km: 'សរសេរកំណត់ចំណាំលើវានៅចំពោះមុខពួកគេ', lo: 'ຂຽນບັນທຶກໃສ່ຕໍ່ໜ້າເຂົາ', my: 'သူတို့ရှေ့တွင် ကတ်ပေါ်၌ မှတ်စုရေးသည်' } },
            { id: 'fold', label: { zh: '把名片折起来', en: 'Fold it in half', id: 'Melipatnya menjadi dua', ms: 'Melipatnya dua', th: 'พับครึ่งนามบัตร', vi: 'Gấp đôi danh thiếp', fil: 'Tiklupin ito sa gitna', km: 'បត់វាជាពីរ', lo: 'ພັບເຄິ່ງ', my: 'ထက်ခြမ်းခေါက်သည်' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'sampeah', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['palms'],
          text: {
            zh: '柬埔寨的传统问候礼“合十礼”（Sampeah）是怎样行的？', en: 'How is the traditional Cambodian greeting, the sampeah, made?',
            id: 'Bagaimana salam tradisional Kamboja, sampeah, dilakukan?', ms: 'Bagaimanakah salam tradisional Kemboja, sampeah, dilakukan?',
            th: 'การทักทายแบบดั้งเดิมของกัมพูชาที่เรียกว่า “ซัมเปี๊ยะ” ทำอย่างไร', vi: 'Cách chào truyền thống của Campuchia, sampeah, được thực hiện như thế nào?',
            fil: 'Paano ginagawa ang tradisyonal na pagbating Cambodian na sampeah?', km: 'តើការសំពះ ដែលជាការស្វាគមន៍បែបប្រពៃណីខ្មែរ ត្រូវធ្វើដោយរបៀបណា?',
            lo: 'ການທັກທາຍແບບດັ້ງເດີມຂອງກຳປູເຈຍທີ່ເອີ້ນວ່າ “ສົມເປ໊ະ” ເຮັດແນວໃດ?', my: 'ကမ္ဘောဒီးယား ရိုးရာနှုတ်ဆက်ပုံ “ဆမ်ပေး” ကို မည်သို့ ပြုလုပ်ပါသနည်း။',
          },
          options: [
            { id: 'handshake', label: { zh: '用双手用力握手', en: 'A firm handshake with both hands', id: 'Berjabat tangan erat dengan dua tangan', ms: 'Berjabat tangan dengan erat menggunakan kedua-dua tangan', th: 'จับมือแน่น ๆ ด้วยสองมือ', vi: 'Bắt tay chặt bằng cả hai tay', fil: 'Mahigpit na pakikipagkamay gamit ang dalawang kamay', km: 'ចាប់ដៃយ៉ាងណែនដោយដៃទាំងពីរ', lo: 'ຈັບມືແໜ້ນໆດ້ວຍສອງມື', my: 'လက်နှစ်ဖက်ဖြင့် တင်းတင်းကျပ်ကျပ် လက်ဆွဲနှုတ်ဆက်သည်' } },
            { id: 'palms', label: { zh: '双手合十置于胸前并微微鞠躬', en: 'Palms pressed together in front of the chest, with a slight bow', id: 'Kedua telapak tangan dirapatkan di depan dada, sambil sedikit membungkuk', ms: 'Kedua-dua tapak tangan dirapatkan di hadapan dada, sambil menunduk sedikit', th: 'พนมมือไว้ระดับอกพร้อมก้มศีรษะเล็กน้อย', vi: 'Chắp hai tay trước ngực và hơi cúi đầu', fil: 'Magkadikit ang mga palad sa harap ng dibdib, na may bahagyang pagyuko', km: 'ប្រណម្យដៃទាំងពីរនៅមុខទ្រូង ហើយឱនក្បាលបន្តិច', lo: 'ພະນົມມືໄວ້ຢູ່ໜ້າເອິກ ພ້ອມກົ້ມຫົວໜ້ອຍໜຶ່ງ', my: 'လက်ဝါးနှစ်ဖက်ကို ရင်ဘတ်ရှေ့တွင် ယှဉ်ကပ်ပြီး ခေါင်းအနည်းငယ် ညွတ်သည်' } },
            { id: 'cheeks', label: { zh: '亲吻双颊', en: 'A kiss on both cheeks', id: 'Cium pipi kanan dan kiri', ms: 'Cium kedua-dua belah pipi', th: 'หอมแก้มทั้งสองข้าง', vi: 'Hôn lên hai má', fil: 'Halik sa magkabilang pisngi', km: 'ថើបថ្ពាល់ទាំងសងខាង', lo: 'ຈູບແກ້ມທັງສອງຂ້າງ', my: 'ပါးနှစ်ဖက်ကို နမ်းသည်' } },
            { id: 'wave', label: { zh: '从远处挥手', en: 'A wave from a distance', id: 'Melambaikan tangan dari jauh', ms: 'Melambai dari jauh', th: 'โบกมือจากระยะไกล', vi: 'Vẫy tay từ xa', fil: 'Pagkaway mula sa malayo', km: 'គ្រវីដៃពីចម្ងាយ', lo: 'ໂບກມືຈາກໄລຍະໄກ', my: 'အဝေးမှ လက်ပြသည်' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'polite_gestures', type: 'knowledge', multiple: true, required: true, points: 2, correct: ['right_hand', 'shoes'],
          text: {
            zh: '在许多东盟国家，以下哪些做法通常被视为礼貌？（可多选）', en: 'In many ASEAN countries, which of these are generally seen as polite? (Choose all that apply.)',
            id: 'Di banyak negara ASEAN, mana saja yang umumnya dianggap sopan? (Pilih semua yang sesuai.)', ms: 'Di kebanyakan negara ASEAN, yang manakah biasanya dianggap sopan? (Pilih semua yang berkenaan.)',
            th: 'ในหลายประเทศอาเซียน ข้อใดต่อไปนี้โดยทั่วไปถือว่าสุภาพ (เลือกได้มากกว่าหนึ่งข้อ)', vi: 'Ở nhiều nước ASEAN, những hành động nào sau đây thường được coi là lịch sự? (Chọn tất cả các đáp án đúng.)',
            fil: 'Sa maraming bansa sa ASEAN, alin sa mga ito ang karaniwang itinuturing na magalang? (Piliin ang lahat ng angkop.)', km: 'នៅក្នុងប្រទេសអាស៊ានជាច្រើន តើទង្វើណាខ្លះជាទូទៅត្រូវបានចាត់ទុកថាគួរសម? (ជ្រើសរើសទាំងអស់ដែលត្រឹមត្រូវ។)',
            lo: 'ໃນຫຼາຍປະເທດອາຊຽນ, ຂໍ້ໃດຕໍ່ໄປນີ້ໂດຍທົ່ວໄປຖືວ່າສຸພາບ? (ເລືອກໄດ້ຫຼາຍຂໍ້.)', my: 'အာဆီယံနိုင်ငံများစွာတွင် အောက်ပါတို့အနက် မည်သည်တို့ကို ယေဘုယျအားဖြင့် ယဉ်ကျေးသည်ဟု သတ်မှတ်ပါသနည်း။ (သက်ဆိုင်သမျှ ရွေးပါ။)',
          },
          options: [
            { id: 'right_hand', label: { zh: '用右手或双手递送物品', en: 'Passing things with the right hand or both hands', id: 'Memberikan barang dengan tangan kanan atau kedua tangan', ms: 'Menghulurkan barang dengan tangan kanan atau kedua-dua tangan', th: 'ส่งของด้วยมือขวาหรือทั้งสองมือ', vi: 'Đưa đồ vật bằng tay phải hoặc bằng hai tay', fil: 'Pag-abot ng bagay gamit ang kanang kamay o dalawang kamay', km: 'ហុចរបស់ដោយដៃស្ដាំ ឬដៃទាំងពីរ', lo: 'ຍື່ນສິ່ງຂອງດ້ວຍມືຂວາ ຫຼື ສອງມື', my: 'ပစ္စည်းများကို ညာလက် သို့မဟုတ် လက်နှစ်ဖက်ဖြင့် ကမ်းပေးခြင်း' } },
            { id: 'point', label: { zh: '用食指指着别人', en: 'Pointing at people with the index finger', id: 'Menunjuk orang dengan jari telunjuk', ms: 'Menuding orang dengan jari telunjuk', th: 'ใช้นิ้วชี้ชี้ไปที่ผู้อื่น', vi: 'Chỉ tay vào người khác bằng ngón trỏ', fil: 'Pagturo sa tao gamit ang hintuturo', km: 'ចង្អុលមនុស្សដោយម្រាមដៃចង្អុល', lo: 'ຊີ້ໄປຫາຄົນອື່ນດ້ວຍນິ້ວຊີ້', my: 'လက်ညှိုးဖြင့် လူများကို ညွှန်ပြခြင်း' } },
            { id: 'shoes', label: { zh: '进入住宅或寺庙前脱鞋', en: 'Taking off shoes before entering a home or a temple', id: 'Melepas alas kaki sebelum masuk rumah atau tempat ibadah', ms: 'Menanggalkan kasut sebelum masuk ke rumah atau rumah ibadat', th: 'ถอดรองเท้าก่อนเข้าบ้านหรือวัด', vi: 'Cởi giày dép trước khi vào nhà hoặc chùa', fil: 'Paghubad ng sapatos bago pumasok sa bahay o templo', km: 'ដោះស្បែកជើងមុនចូលផ្ទះ ឬវត្ត', lo: 'ຖອດເກີບກ່ອນເຂົ້າເຮືອນ ຫຼື ວັດ', my: 'အိမ် သို့မဟုတ် ဘုရားကျောင်းထဲ မဝင်မီ ဖိနပ်ချွတ်ခြင်း' } },
            { id: 'head', label: { zh: '摸成年人的头', en: 'Touching an adult’s head', id: 'Menyentuh kepala orang dewasa', ms: 'Menyentuh kepala orang dewasa', th: 'แตะศีรษะของผู้ใหญ่', vi: 'Chạm vào đầu người lớn', fil: 'Paghawak sa ulo ng isang nasa hustong gulang', km: 'ប៉ះក្បាលមនុស្សពេញវ័យ', lo: 'ແຕະຫົວຂອງຜູ້ໃຫຍ່', my: 'လူကြီးတစ်ဦး၏ ခေါင်းကို ထိခြင်း' } },
            DONT_KNOW_OPTION,
          ],
        },
      ],
    },
    {
      // Asked about customs, not about what the festivals mark: in Thai, Khmer and Lao their names say "new year".
      id: 'festivals',
      title: { zh: '节日', en: 'Festivals', id: 'Hari raya', ms: 'Perayaan', th: 'เทศกาล', vi: 'Lễ hội', fil: 'Mga pagdiriwang', km: 'ពិធីបុណ្យ', lo: 'ບຸນປະເພນີ', my: 'ပွဲတော်များ' },
      questions: [
        {
          id: 'new_year_gift', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['red_envelope'],
          text: {
            zh: '在中国的春节和越南的新春佳节（Tết）期间，哪种礼物是传统习俗？', en: 'During China’s Spring Festival and Vietnam’s Tết, which gift is customary?',
            id: 'Selama Tahun Baru Imlek di Tiongkok dan Tết di Vietnam, hadiah apa yang lazim diberikan?', ms: 'Semasa Tahun Baru Cina di China dan Tết di Vietnam, hadiah apakah yang lazim diberikan?',
            th: 'ในช่วงเทศกาลตรุษจีนของจีนและเทศกาลเต๊ตของเวียดนาม ของขวัญใดที่นิยมให้กันตามประเพณี', vi: 'Trong dịp Tết Âm lịch (Xuân Tiết) của Trung Quốc và Tết Nguyên Đán của Việt Nam, món quà nào là phong tục?',
            fil: 'Tuwing Spring Festival ng Tsina at Tết ng Vietnam, anong regalo ang nakaugalian?', km: 'ក្នុងអំឡុងបុណ្យចូលឆ្នាំចិន និងបុណ្យតេតរបស់វៀតណាម តើអំណោយអ្វីដែលជាទំនៀមទម្លាប់?',
            lo: 'ໃນຊ່ວງບຸນກຸດຈີນ ແລະ ບຸນເຕັດຂອງຫວຽດນາມ, ຂອງຂວັນໃດທີ່ເປັນປະເພນີ?', my: 'တရုတ်နှစ်သစ်ကူး (နွေဦးပွဲတော်) နှင့် ဗီယက်နမ်၏ တက်ပွဲတော်အတွင်း မည်သည့်လက်ဆောင်ကို ထုံးစံအရ ပေးလေ့ရှိပါသနည်း။',
          },
          options: [
            { id: 'clock', label: { zh: '钟表', en: 'A clock', id: 'Jam dinding', ms: 'Jam dinding', th: 'นาฬิกา', vi: 'Đồng hồ', fil: 'Orasan', km: 'នាឡិកា', lo: 'ໂມງ', my: 'နာရီ' } },
            { id: 'red_envelope', label: { zh: '装有压岁钱的红包，尤其是给孩子', en: 'Red envelopes with money, above all for children', id: 'Amplop merah berisi uang, terutama untuk anak-anak', ms: 'Sampul merah berisi wang, terutamanya untuk kanak-kanak', th: 'ซองแดงใส่เงิน (อั่งเปา) โดยเฉพาะให้เด็ก ๆ', vi: 'Bao lì xì đỏ đựng tiền, nhất là cho trẻ em', fil: 'Pulang sobre na may pera, lalo na para sa mga bata', km: 'ស្រោមសំបុត្រក្រហមដាក់លុយ ជាពិសេសសម្រាប់ក្មេងៗ', lo: 'ຊອງແດງໃສ່ເງິນ, ໂດຍສະເພາະໃຫ້ເດັກນ້ອຍ', my: 'ငွေထည့်ထားသော စာအိတ်နီ၊ အထူးသဖြင့် ကလေးများအတွက်' } },
            { id: 'white_flowers', label: { zh: '白色的花', en: 'White flowers', id: 'Bunga putih', ms: 'Bunga putih', th: 'ดอกไม้สีขาว', vi: 'Hoa trắng', fil: 'Puting bulaklak', km: 'ផ្កាពណ៌ស', lo: 'ດອກໄມ້ສີຂາວ', my: 'ပန်းဖြူ' } },
            { id: 'knives', label: { zh: '一套刀具', en: 'A set of knives', id: 'Satu set pisau', ms: 'Satu set pisau', th: 'ชุดมีด', vi: 'Một bộ dao', fil: 'Isang set ng kutsilyo', km: 'កាំបិតមួយឈុត', lo: 'ມີດໜຶ່ງຊຸດ', my: 'ဓားတစ်စုံ' } },
            DONT_KNOW_OPTION,
          ],
        },
        {
          id: 'april_festivals', type: 'knowledge', multiple: false, required: true, points: 1, correct: ['water'],
          text: {
            zh: '泰国的宋干节、柬埔寨的Chol Chnam Thmey和老挝的Pi Mai都在四月中旬。它们有哪一个共同的习俗？',
            en: 'Songkran in Thailand, Chol Chnam Thmey in Cambodia and Pi Mai in Laos fall in mid-April. Which custom do they share?',
            id: 'Songkran di Thailand, Chol Chnam Thmey di Kamboja, dan Pi Mai di Laos jatuh pada pertengahan April. Tradisi apa yang sama di ketiganya?',
            ms: 'Songkran di Thailand, Chol Chnam Thmey di Kemboja dan Pi Mai di Laos jatuh pada pertengahan April. Apakah adat yang dikongsi oleh ketiga-tiganya?',
            th: 'สงกรานต์ของไทย โจลชนัมทเมยของกัมพูชา และปีใหม่ลาว ตรงกับกลางเดือนเมษายน เทศกาลเหล่านี้มีประเพณีใดร่วมกัน',
            vi: 'Songkran ở Thái Lan, Chol Chnam Thmey ở Campuchia và Pi Mai ở Lào đều vào giữa tháng Tư. Các lễ hội này có chung phong tục nào?',
            fil: 'Pumapatak sa kalagitnaan ng Abril ang Songkran sa Thailand, Chol Chnam Thmey sa Cambodia at Pi Mai sa Laos. Anong kaugalian ang magkakapareho sa mga ito?',
            km: 'បុណ្យសង្ក្រាន្តនៅថៃ បុណ្យចូលឆ្នាំថ្មីនៅកម្ពុជា និងបុណ្យពិម៉ៃនៅឡាវ ប្រារព្ធនៅពាក់កណ្ដាលខែមេសា។ តើពិធីទាំងនេះមានទំនៀមទម្លាប់រួមអ្វី?',
            lo: 'ບຸນສົງການຂອງໄທ, ບຸນໂຈນຊະນຳທະໝີຂອງກຳປູເຈຍ ແລະ ບຸນປີໃໝ່ລາວ ຕົງກັບກາງເດືອນເມສາ. ບຸນເຫຼົ່ານີ້ມີປະເພນີໃດຮ່ວມກັນ?',
            my: 'ထိုင်းနိုင်ငံ၏ ဆွန်ကရန်၊ ကမ္ဘောဒီးယား၏ ချောလ်ချနမ်ထမေနှင့် လာအို၏ ပီမိုင်တို့သည် ဧပြီလလယ်တွင် ကျရောက်ပါသည်။ ၎င်းတို့တွင် မည်သည့်ဓလေ့ တူညီပါသနည်း။',
          },
          options: [
            { id: 'lanterns', label: { zh: '午夜放天灯', en: 'Releasing sky lanterns at midnight', id: 'Menerbangkan lampion di tengah malam', ms: 'Melepaskan tanglung ke udara pada tengah malam', th: 'การปล่อยโคมลอยตอนเที่ยงคืน', vi: 'Thả đèn trời lúc nửa đêm', fil: 'Pagpapalipad ng parol sa hatinggabi', km: 'ការបង្ហោះគោមនៅពាក់កណ្ដាលអធ្រាត្រ', lo: 'ການປ່ອຍໂຄມລອຍຕອນທ່ຽງຄືນ', my: 'သန်းခေါင်ယံတွင် မီးပုံးပျံလွှတ်ခြင်း' } },
            { id: 'water', label: { zh: '泼水或洒水以示祝福', en: 'Pouring or splashing water as a blessing', id: 'Menyiramkan atau memercikkan air sebagai berkah', ms: 'Menyiram atau memercik air sebagai tanda restu', th: 'การรดน้ำหรือสาดน้ำเพื่ออวยพร', vi: 'Tưới hoặc té nước để chúc phúc', fil: 'Pagbuhos o pagwisik ng tubig bilang pagbabasbas', km: 'ការស្រោច ឬបាចទឹកជាការប្រសិទ្ធពរ', lo: 'ການຫົດນ້ຳ ຫຼື ສາດນ້ຳເພື່ອອວຍພອນ', my: 'ကောင်းချီးပေးသည့်အနေဖြင့် ရေလောင်းခြင်း သို့မဟုတ် ရေပက်ခြင်း' } },
            { id: 'mooncakes', label: { zh: '互赠月饼', en: 'Exchanging mooncakes', id: 'Bertukar kue bulan', ms: 'Bertukar kuih bulan', th: 'การแลกขนมไหว้พระจันทร์', vi: 'Tặng nhau bánh trung thu', fil: 'Pagpapalitan ng mooncake', km: 'ការផ្ដល់នំព្រះខែឱ្យគ្នា', lo: 'ການແລກເຂົ້າໜົມໄຫວ້ພະຈັນ', my: 'လမုန့် အပြန်အလှန်ပေးခြင်း' } },
            { id: 'fasting', label: { zh: '从黎明到黄昏禁食', en: 'Fasting from dawn to dusk', id: 'Berpuasa dari fajar hingga senja', ms: 'Berpuasa dari subuh hingga senja', th: 'การอดอาหารตั้งแต่รุ่งเช้าถึงพลบค่ำ', vi: 'Nhịn ăn từ bình minh đến hoàng hôn', fil: 'Pag-aayuno mula madaling-araw hanggang dapit-hapon', km: 'ការតមអាហារពីព្រឹកព្រលឹមដល់ល្ងាច', lo: 'ການອົດອາຫານແຕ່ເຊົ້າຮອດຄ່ຳ', my: 'အရုဏ်တက်မှ နေဝင်အထိ အစာရှောင်ခြင်း' } },
            DONT_KNOW_OPTION,
          ],
        },
      ],
    },
  ],
}
