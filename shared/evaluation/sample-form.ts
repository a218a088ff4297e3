import { FORM_SCHEMA_ID, type FormDefinitionInput } from './form-definition'

/**
 * A small form with every question type, for the preview page (pages/evaluation/preview.vue), the renderer's
 * e2e test and as a reference. Written in Chinese, English, Thai, Khmer and Burmese; the other locales see
 * the form's fallback.
 */
export const SAMPLE_FORM: FormDefinitionInput = {
  schema: FORM_SCHEMA_ID,
  title: {
    zh: '南宁培训周：反馈与小测', en: 'Nanning training week: feedback and quiz', th: 'สัปดาห์การฝึกอบรมหนานหนิง: ความคิดเห็นและแบบทดสอบ',
    km: 'សប្តាហ៍បណ្តុះបណ្តាលនៅណាននីង៖ មតិយោបល់ និងតេស្តខ្លី', my: 'နန်နင်း သင်တန်းသီတင်းပတ်- အကြံပြုချက်နှင့် စာမေးပွဲတို',
  },
  intro: {
    zh: '感谢您参加培训周。大约需要五分钟。', en: 'Thank you for taking part in the training week. It takes about five minutes.',
    th: 'ขอบคุณที่เข้าร่วมสัปดาห์การฝึกอบรม ใช้เวลาประมาณห้านาที', km: 'សូមអរគុណដែលបានចូលរួមសប្តាហ៍បណ្តុះបណ្តាល។ ប្រើពេលប្រហែលប្រាំនាទី។',
    my: 'သင်တန်းသီတင်းပတ်တွင် ပါဝင်သည့်အတွက် ကျေးဇူးတင်ပါသည်။ ငါးမိနစ်ခန့် ကြာပါမည်။',
  },
  purpose: 'reaction',
  level: 1,
  sections: [
    {
      id: 'reaction',
      title: { zh: '您的评价', en: 'Your view', th: 'ความคิดเห็นของคุณ', km: 'ទស្សនៈរបស់អ្នក', my: 'သင်၏ သဘောထား' },
      questions: [
        {
          id: 'useful', type: 'likert', required: true, points: 5,
          text: { zh: '本次培训对我的工作有用。', en: 'The training is useful for my work.', th: 'การฝึกอบรมนี้มีประโยชน์ต่องานของฉัน', km: 'វគ្គបណ្តុះបណ្តាលនេះមានប្រយោជន៍សម្រាប់ការងាររបស់ខ្ញុំ។', my: 'ဤသင်တန်းသည် ကျွန်ုပ်၏အလုပ်အတွက် အသုံးဝင်သည်။' },
          labels: [
            { zh: '非常不同意', en: 'Strongly disagree', th: 'ไม่เห็นด้วยอย่างยิ่ง', km: 'មិនយល់ស្របខ្លាំង', my: 'လုံးဝ သဘောမတူ' },
            { zh: '不同意', en: 'Disagree', th: 'ไม่เห็นด้วย', km: 'មិនយល់ស្រប', my: 'သဘောမတူ' },
            { zh: '一般', en: 'Neutral', th: 'เฉย ๆ', km: 'មធ្យម', my: 'ကြားနေ' },
            { zh: '同意', en: 'Agree', th: 'เห็นด้วย', km: 'យល់ស្រប', my: 'သဘောတူ' },
            { zh: '非常同意', en: 'Strongly agree', th: 'เห็นด้วยอย่างยิ่ง', km: 'យល់ស្របខ្លាំង', my: 'အပြည့်အဝ သဘောတူ' },
          ],
        },
        {
          id: 'trainer', type: 'rating', max: 5,
          text: { zh: '请为培训师打分。', en: 'Rate the trainer.', th: 'ให้คะแนนวิทยากร', km: 'សូមដាក់ពិន្ទុគ្រូបង្គោល។', my: 'သင်တန်းဆရာကို အဆင့်သတ်မှတ်ပါ။' },
        },
        {
          id: 'recommend', type: 'nps', required: true,
          text: {
            zh: '您有多大可能向同事推荐本次培训？', en: 'How likely are you to recommend this training to a colleague?', th: 'คุณมีแนวโน้มจะแนะนำการฝึกอบรมนี้ให้เพื่อนร่วมงานมากน้อยเพียงใด',
            km: 'តើអ្នកនឹងណែនាំវគ្គនេះដល់មិត្តរួមការងារកម្រិតណា?', my: 'ဤသင်တန်းကို လုပ်ဖော်ကိုင်ဖက်ထံ အကြံပြုရန် မည်မျှ ဖြစ်နိုင်သနည်း။',
          },
        },
        {
          id: 'improve', type: 'text', long: true, maxLength: 1000, showIf: { question: 'recommend', in: [0, 1, 2, 3, 4, 5, 6] },
          text: { zh: '我们应如何改进？', en: 'What should we improve?', th: 'เราควรปรับปรุงอะไร', km: 'តើយើងគួរកែលម្អអ្វីខ្លះ?', my: 'ကျွန်ုပ်တို့ ဘာကို တိုးတက်အောင် လုပ်သင့်သနည်း။' },
          help: { zh: '您的建议会直接交给组织者。', en: 'Your suggestions go straight to the organisers.', th: 'ข้อเสนอแนะของคุณจะส่งถึงผู้จัดโดยตรง', km: 'យោបល់របស់អ្នកនឹងបញ្ជូនទៅអ្នករៀបចំដោយផ្ទាល់។', my: 'သင်၏ အကြံပြုချက်များကို စီစဉ်သူများထံ တိုက်ရိုက် ပို့ပါမည်။' },
        },
        {
          id: 'sessions', type: 'matrix', points: 5,
          text: { zh: '各环节的质量如何？', en: 'How good was each part?', th: 'แต่ละส่วนดีเพียงใด', km: 'តើផ្នែកនីមួយៗល្អកម្រិតណា?', my: 'အပိုင်းတစ်ခုချင်းစီ မည်မျှ ကောင်းသနည်း။' },
          rows: [
            { id: 'workshops', label: { zh: '实操工作坊', en: 'Hands-on workshops', th: 'เวิร์กช็อปภาคปฏิบัติ', km: 'សិក្ខាសាលាអនុវត្ត', my: 'လက်တွေ့ အလုပ်ရုံဆွေးနွေးပွဲများ' } },
            { id: 'visits', label: { zh: '企业参观', en: 'Company visits', th: 'การเยี่ยมชมบริษัท', km: 'ការទស្សនកិច្ចក្រុមហ៊ុន', my: 'ကုမ္ပဏီ လေ့လာရေးခရီး' } },
            { id: 'culture', label: { zh: '文化活动', en: 'Cultural activities', th: 'กิจกรรมวัฒนธรรม', km: 'សកម្មភាពវប្បធម៌', my: 'ယဉ်ကျေးမှု လှုပ်ရှားမှုများ' } },
          ],
          labels: [
            { zh: '很差', en: 'Poor', th: 'แย่', km: 'ខ្សោយ', my: 'ညံ့' },
            { zh: '较差', en: 'Fair', th: 'พอใช้', km: 'គួរសម', my: 'အသင့်အတင့်' },
            { zh: '好', en: 'Good', th: 'ดี', km: 'ល្អ', my: 'ကောင်း' },
            { zh: '很好', en: 'Very good', th: 'ดีมาก', km: 'ល្អណាស់', my: 'အလွန်ကောင်း' },
            { zh: '优秀', en: 'Excellent', th: 'ยอดเยี่ยม', km: 'ល្អប្រសើរ', my: 'ထူးချွန်' },
          ],
        },
      ],
    },
    {
      id: 'about',
      title: { zh: '关于您', en: 'About you', th: 'เกี่ยวกับคุณ', km: 'អំពីអ្នក', my: 'သင့်အကြောင်း' },
      questions: [
        {
          id: 'role', type: 'single', required: true, other: true,
          text: { zh: '您的角色', en: 'Your role', th: 'บทบาทของคุณ', km: 'តួនាទីរបស់អ្នក', my: 'သင်၏ အခန်းကဏ္ဍ' },
          options: [
            { id: 'teacher', label: { zh: '教师', en: 'Teacher', th: 'ครู', km: 'គ្រូបង្រៀន', my: 'ဆရာ' } },
            { id: 'student', label: { zh: '学生', en: 'Student', th: 'นักศึกษา', km: 'និស្សិត', my: 'ကျောင်းသား' } },
            { id: 'staff', label: { zh: '企业员工', en: 'Company staff', th: 'พนักงานบริษัท', km: 'បុគ្គលិកក្រុមហ៊ុន', my: 'ကုမ္ပဏီ ဝန်ထမ်း' } },
          ],
        },
        {
          id: 'subject', type: 'text', maxLength: 100, showIf: { question: 'role', equals: 'teacher' },
          text: { zh: '您教授什么科目？', en: 'Which subject do you teach?', th: 'คุณสอนวิชาอะไร', km: 'តើអ្នកបង្រៀនមុខវិជ្ជាអ្វី?', my: 'သင် မည်သည့်ဘာသာရပ်ကို သင်ကြားသနည်း။' },
        },
        {
          id: 'topics', type: 'multiple', other: true, max: 2,
          text: { zh: '下次您想学习哪些主题？', en: 'Which topics would you like next time?', th: 'ครั้งหน้าคุณอยากเรียนหัวข้อใด', km: 'តើអ្នកចង់រៀនប្រធានបទអ្វីនៅពេលក្រោយ?', my: 'နောက်တစ်ကြိမ် မည်သည့် ခေါင်းစဉ်များ လိုချင်သနည်း။' },
          options: [
            { id: 'ev', label: { zh: '新能源汽车', en: 'Electric vehicles', th: 'ยานยนต์ไฟฟ้า', km: 'យានយន្តអគ្គិសនី', my: 'လျှပ်စစ်ယာဉ်များ' } },
            { id: 'automation', label: { zh: '工业自动化', en: 'Industrial automation', th: 'ระบบอัตโนมัติในอุตสาหกรรม', km: 'ស្វ័យប្រវត្តិកម្មឧស្សាហកម្ម', my: 'စက်မှု အလိုအလျောက်စနစ်' } },
            { id: 'ecommerce', label: { zh: '跨境电商', en: 'Cross-border e-commerce', th: 'อีคอมเมิร์ซข้ามพรมแดน', km: 'ពាណិជ្ជកម្មអេឡិចត្រូនិកឆ្លងដែន', my: 'နယ်စပ်ဖြတ်ကျော် အီလက်ထရောနစ် ကုန်သွယ်မှု' } },
          ],
        },
        {
          id: 'years', type: 'number', integer: true, min: 0, max: 50,
          text: { zh: '您有多少年工作经验？', en: 'How many years of work experience do you have?', th: 'คุณมีประสบการณ์ทำงานกี่ปี', km: 'តើអ្នកមានបទពិសោធន៍ការងារប៉ុន្មានឆ្នាំ?', my: 'သင့်တွင် လုပ်ငန်းအတွေ့အကြုံ မည်မျှ ရှိသနည်း (နှစ်)။' },
        },
        {
          id: 'arrived', type: 'date', min: '2026-01-01', max: '2026-12-31',
          text: { zh: '您哪天抵达南宁？', en: 'On which day did you arrive in Nanning?', th: 'คุณมาถึงหนานหนิงวันไหน', km: 'តើអ្នកមកដល់ណាននីងនៅថ្ងៃណា?', my: 'နန်နင်းသို့ မည်သည့်နေ့တွင် ရောက်ရှိခဲ့သနည်း။' },
        },
      ],
    },
    {
      id: 'quiz',
      title: { zh: '知识小测', en: 'Short quiz', th: 'แบบทดสอบสั้น', km: 'តេស្តខ្លី', my: 'စာမေးပွဲတို' },
      questions: [
        {
          id: 'capital-laos', type: 'knowledge', correct: ['vientiane'], points: 1,
          text: { zh: '老挝的首都是哪里？', en: 'What is the capital of Laos?', th: 'เมืองหลวงของลาวคือเมืองใด', km: 'តើរាជធានីនៃប្រទេសឡាវគឺជាទីក្រុងណា?', my: 'လာအိုနိုင်ငံ၏ မြို့တော်မှာ မည်သည့်မြို့နည်း။' },
          options: [
            { id: 'vientiane', label: { zh: '万象', en: 'Vientiane', th: 'เวียงจันทน์', km: 'វៀងចន្ទន៍', my: 'ဗီယင်ကျန်း' } },
            { id: 'luang-prabang', label: { zh: '琅勃拉邦', en: 'Luang Prabang', th: 'หลวงพระบาง', km: 'ហ្លួងប្រាបាំង', my: 'လွမ်ပရာဘန်' } },
            { id: 'pakse', label: { zh: '巴色', en: 'Pakse', th: 'ปากเซ', km: 'ប៉ាក់សេ', my: 'ပါ့ဆေး' } },
          ],
        },
      ],
    },
  ],
}
