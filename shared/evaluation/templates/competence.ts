import { FORM_SCHEMA_ID, type FormDefinition, type Question } from '../form-definition'
import { AGREE_7, type TemplateText } from './scales'

// Twelve statements written for this portal (no licensed scale is copied), three for each of awareness,
// knowledge, skills and attitudes; a person can take it before and after a training, or once a year.

const statement = (id: string, text: TemplateText): Question => ({ id, type: 'likert', points: 7, labels: AGREE_7, required: true, text })

const AWARENESS = [
  statement('own_habits', {
    zh: '我能察觉到自己的文化习惯如何影响我对他人行为的判断。', en: 'I notice when my own cultural habits shape how I judge other people’s behaviour.',
    id: 'Saya menyadari ketika kebiasaan budaya saya sendiri memengaruhi cara saya menilai perilaku orang lain.',
    ms: 'Saya sedar apabila kebiasaan budaya saya sendiri mempengaruhi cara saya menilai tingkah laku orang lain.',
    th: 'ฉันรู้ตัวเมื่อนิสัยทางวัฒนธรรมของตนเองมีผลต่อการตัดสินพฤติกรรมของผู้อื่น', vi: 'Tôi nhận ra khi thói quen văn hóa của chính mình ảnh hưởng đến cách tôi đánh giá hành vi của người khác.',
    fil: 'Napapansin ko kapag ang sarili kong mga nakagawiang pangkultura ang humuhubog sa paghusga ko sa kilos ng iba.',
    km: 'ខ្ញុំដឹងខ្លួននៅពេលដែលទម្លាប់វប្បធម៌របស់ខ្ញុំផ្ទាល់ មានឥទ្ធិពលលើរបៀបដែលខ្ញុំវិនិច្ឆ័យឥរិយាបថរបស់អ្នកដទៃ។',
    lo: 'ຂ້ອຍຮູ້ຕົວເມື່ອນິໄສທາງວັດທະນະທຳຂອງຕົນເອງມີຜົນຕໍ່ການຕັດສິນພຶດຕິກຳຂອງຄົນອື່ນ.',
    my: 'ကျွန်ုပ်၏ ကိုယ်ပိုင်ယဉ်ကျေးမှု အလေ့အထများက အခြားသူများ၏ အပြုအမူကို ဆုံးဖြတ်ပုံအပေါ် သက်ရောက်နေသည်ကို သတိပြုမိပါသည်။',
  }),
  statement('politeness_differs', {
    zh: '我意识到不同文化对“礼貌”的理解各不相同。', en: 'I am aware that what counts as polite differs between cultures.', id: 'Saya sadar bahwa apa yang dianggap sopan berbeda antarbudaya.',
    ms: 'Saya sedar bahawa apa yang dianggap sopan berbeza antara budaya.', th: 'ฉันตระหนักว่าสิ่งที่ถือว่าสุภาพแตกต่างกันไปในแต่ละวัฒนธรรม',
    vi: 'Tôi nhận thức được rằng thế nào là lịch sự khác nhau giữa các nền văn hóa.', fil: 'Alam kong nagkakaiba-iba sa bawat kultura kung ano ang itinuturing na magalang.',
    km: 'ខ្ញុំដឹងថាអ្វីដែលចាត់ទុកថាគួរសម ខុសគ្នាពីវប្បធម៌មួយទៅវប្បធម៌មួយ។', lo: 'ຂ້ອຍຮັບຮູ້ວ່າສິ່ງທີ່ຖືວ່າສຸພາບແຕກຕ່າງກັນໄປໃນແຕ່ລະວັດທະນະທຳ.',
    my: 'ယဉ်ကျေးသည်ဟု သတ်မှတ်ပုံသည် ယဉ်ကျေးမှုအလိုက် ကွဲပြားကြောင်း ကျွန်ုပ် သိရှိပါသည်။',
  }),
  statement('spot_misunderstanding', {
    zh: '我能判断出某个误会可能源于文化差异。', en: 'I can tell when a misunderstanding may have cultural causes.',
    id: 'Saya dapat mengenali kapan sebuah kesalahpahaman mungkin berakar pada perbedaan budaya.', ms: 'Saya dapat mengenal pasti apabila sesuatu salah faham mungkin berpunca daripada perbezaan budaya.',
    th: 'ฉันบอกได้ว่าความเข้าใจผิดครั้งใดอาจมีสาเหตุมาจากวัฒนธรรม', vi: 'Tôi nhận ra được khi nào một sự hiểu lầm có thể xuất phát từ khác biệt văn hóa.',
    fil: 'Natutukoy ko kung kailan maaaring may pinag-ugatang pangkultura ang isang hindi pagkakaunawaan.', km: 'ខ្ញុំអាចដឹងថាការយល់ច្រឡំមួយ អាចមានមូលហេតុមកពីវប្បធម៌។',
    lo: 'ຂ້ອຍສາມາດບອກໄດ້ວ່າຄວາມເຂົ້າໃຈຜິດອາດມີສາເຫດມາຈາກວັດທະນະທຳ.', my: 'နားလည်မှုလွဲမှားခြင်းတစ်ခုသည် ယဉ်ကျေးမှုကြောင့် ဖြစ်နိုင်သည့်အခါကို ကျွန်ုပ် သိနိုင်ပါသည်။',
  }),
]

const KNOWLEDGE = [
  statement('customs_holidays', {
    zh: '我了解合作国家的主要习俗和节日。', en: 'I know the main customs and holidays of the partner countries I work with.',
    id: 'Saya mengetahui adat dan hari raya utama di negara-negara mitra tempat saya bekerja sama.', ms: 'Saya mengetahui adat dan perayaan utama negara rakan kongsi yang saya bekerjasama.',
    th: 'ฉันรู้จักธรรมเนียมและวันหยุดสำคัญของประเทศคู่ความร่วมมือที่ฉันทำงานด้วย', vi: 'Tôi biết các phong tục và ngày lễ chính của những nước đối tác mà tôi làm việc cùng.',
    fil: 'Alam ko ang mga pangunahing kaugalian at pista ng mga katuwang na bansang nakakatrabaho ko.', km: 'ខ្ញុំស្គាល់ទំនៀមទម្លាប់ និងថ្ងៃបុណ្យសំខាន់ៗរបស់ប្រទេសដៃគូដែលខ្ញុំធ្វើការជាមួយ។',
    lo: 'ຂ້ອຍຮູ້ຈັກຮີດຄອງປະເພນີ ແລະ ວັນບຸນສຳຄັນຂອງປະເທດຄູ່ຮ່ວມມືທີ່ຂ້ອຍເຮັດວຽກນຳ.', my: 'ကျွန်ုပ် လုပ်ကိုင်နေသော မိတ်ဖက်နိုင်ငံများ၏ အဓိက ဓလေ့ထုံးစံနှင့် ပွဲတော်များကို သိပါသည်။',
  }),
  statement('communication_styles', {
    zh: '我了解中国与东盟国家在沟通风格（较直接或较含蓄）上的差异。', en: 'I know how communication styles (more direct or more indirect) differ between China and ASEAN countries.',
    id: 'Saya mengetahui perbedaan gaya komunikasi (lebih langsung atau tidak langsung) antara Tiongkok dan negara-negara ASEAN.',
    ms: 'Saya mengetahui perbezaan gaya komunikasi (lebih langsung atau tidak langsung) antara China dan negara ASEAN.',
    th: 'ฉันรู้ว่ารูปแบบการสื่อสาร (ตรงไปตรงมาหรืออ้อมค้อม) ของจีนและประเทศอาเซียนแตกต่างกันอย่างไร',
    vi: 'Tôi biết phong cách giao tiếp (trực tiếp hay gián tiếp) khác nhau thế nào giữa Trung Quốc và các nước ASEAN.',
    fil: 'Alam ko kung paano nagkakaiba ang istilo ng komunikasyon (mas tuwiran o mas di-tuwiran) ng Tsina at mga bansang ASEAN.',
    km: 'ខ្ញុំដឹងពីភាពខុសគ្នានៃរបៀបប្រាស្រ័យទាក់ទង (ត្រង់ៗ ឬមិនត្រង់ៗ) រវាងប្រទេសចិន និងប្រទេសអាស៊ាន។',
    lo: 'ຂ້ອຍຮູ້ວ່າຮູບແບບການສື່ສານ (ກົງໄປກົງມາ ຫຼື ອ້ອມຄ້ອມ) ລະຫວ່າງຈີນ ແລະ ປະເທດອາຊຽນແຕກຕ່າງກັນແນວໃດ.',
    my: 'တရုတ်နှင့် အာဆီယံနိုင်ငံများအကြား ဆက်သွယ်ပြောဆိုပုံ (တိုက်ရိုက် သို့မဟုတ် သွယ်ဝိုက်) မည်သို့ ကွာခြားသည်ကို သိပါသည်။',
  }),
  statement('education_systems', {
    zh: '我了解合作伙伴所在国家的教育和工作体制。', en: 'I know how education and work are organised in my partners’ countries.',
    id: 'Saya mengetahui bagaimana pendidikan dan dunia kerja diatur di negara mitra saya.', ms: 'Saya mengetahui bagaimana pendidikan dan pekerjaan diatur di negara rakan kongsi saya.',
    th: 'ฉันรู้ว่าระบบการศึกษาและการทำงานในประเทศของคู่ความร่วมมือจัดอย่างไร', vi: 'Tôi biết giáo dục và công việc được tổ chức như thế nào ở nước của đối tác.',
    fil: 'Alam ko kung paano nakaayos ang edukasyon at trabaho sa mga bansa ng aking mga katuwang.', km: 'ខ្ញុំដឹងពីរបៀបរៀបចំប្រព័ន្ធអប់រំ និងការងារនៅក្នុងប្រទេសរបស់ដៃគូខ្ញុំ។',
    lo: 'ຂ້ອຍຮູ້ວ່າລະບົບການສຶກສາ ແລະ ການເຮັດວຽກໃນປະເທດຂອງຄູ່ຮ່ວມມືຈັດຕັ້ງແນວໃດ.', my: 'ကျွန်ုပ်၏ မိတ်ဖက်နိုင်ငံများတွင် ပညာရေးနှင့် အလုပ်အကိုင်ကို မည်သို့ စီစဉ်ထားသည်ကို သိပါသည်။',
  }),
]

const SKILLS = [
  statement('adjust_language', {
    zh: '与其他文化背景的人合作时，我会调整自己的说话和写作方式。', en: 'I adjust how I speak and write when I work with people from another culture.',
    id: 'Saya menyesuaikan cara berbicara dan menulis ketika bekerja dengan orang dari budaya lain.', ms: 'Saya menyesuaikan cara saya bercakap dan menulis apabila bekerja dengan orang dari budaya lain.',
    th: 'ฉันปรับวิธีพูดและเขียนเมื่อทำงานกับคนจากวัฒนธรรมอื่น', vi: 'Tôi điều chỉnh cách nói và viết khi làm việc với người từ nền văn hóa khác.',
    fil: 'Iniaangkop ko ang paraan ng aking pagsasalita at pagsulat kapag katrabaho ko ang mga tao mula sa ibang kultura.',
    km: 'ខ្ញុំកែសម្រួលរបៀបនិយាយ និងសរសេរ នៅពេលធ្វើការជាមួយមនុស្សមកពីវប្បធម៌ផ្សេង។', lo: 'ຂ້ອຍປັບວິທີເວົ້າ ແລະ ຂຽນ ເມື່ອເຮັດວຽກກັບຄົນຈາກວັດທະນະທຳອື່ນ.',
    my: 'အခြားယဉ်ကျေးမှုမှ လူများနှင့် လုပ်ကိုင်သည့်အခါ ကျွန်ုပ်၏ ပြောဆိုပုံနှင့် ရေးသားပုံကို ညှိပါသည်။',
  }),
  statement('ask_respectfully', {
    zh: '我能以尊重的方式询问文化差异。', en: 'I can ask about cultural differences in a respectful way.', id: 'Saya dapat bertanya tentang perbedaan budaya dengan cara yang sopan.',
    ms: 'Saya boleh bertanya tentang perbezaan budaya dengan cara yang hormat.', th: 'ฉันสามารถสอบถามเรื่องความแตกต่างทางวัฒนธรรมได้อย่างให้เกียรติ',
    vi: 'Tôi có thể hỏi về những khác biệt văn hóa một cách tôn trọng.', fil: 'Nakapagtatanong ako tungkol sa mga pagkakaibang pangkultura sa magalang na paraan.',
    km: 'ខ្ញុំអាចសួរអំពីភាពខុសគ្នាខាងវប្បធម៌ដោយការគោរព។', lo: 'ຂ້ອຍສາມາດຖາມກ່ຽວກັບຄວາມແຕກຕ່າງທາງວັດທະນະທຳຢ່າງໃຫ້ກຽດ.',
    my: 'ယဉ်ကျေးမှုကွဲပြားမှုများအကြောင်းကို လေးစားသောနည်းဖြင့် မေးမြန်းနိုင်ပါသည်။',
  }),
  statement('resolve_misunderstanding', {
    zh: '我能化解与其他文化背景伙伴之间的误会。', en: 'I can resolve a misunderstanding with a partner from another culture.', id: 'Saya dapat menyelesaikan kesalahpahaman dengan mitra dari budaya lain.',
    ms: 'Saya boleh menyelesaikan salah faham dengan rakan dari budaya lain.', th: 'ฉันสามารถคลี่คลายความเข้าใจผิดกับคู่ความร่วมมือจากวัฒนธรรมอื่นได้',
    vi: 'Tôi có thể giải quyết hiểu lầm với đối tác từ nền văn hóa khác.', fil: 'Kaya kong ayusin ang hindi pagkakaunawaan sa isang katuwang mula sa ibang kultura.',
    km: 'ខ្ញុំអាចដោះស្រាយការយល់ច្រឡំជាមួយដៃគូមកពីវប្បធម៌ផ្សេងបាន។', lo: 'ຂ້ອຍສາມາດແກ້ໄຂຄວາມເຂົ້າໃຈຜິດກັບຄູ່ຮ່ວມງານຈາກວັດທະນະທຳອື່ນໄດ້.',
    my: 'အခြားယဉ်ကျေးမှုမှ မိတ်ဖက်နှင့် နားလည်မှုလွဲမှားခြင်းကို ဖြေရှင်းနိုင်ပါသည်။',
  }),
]

const ATTITUDES = [
  statement('enjoy_diversity', {
    zh: '我喜欢与来自其他文化的人一起工作。', en: 'I enjoy working with people from other cultures.', id: 'Saya senang bekerja dengan orang dari budaya lain.',
    ms: 'Saya seronok bekerja dengan orang dari budaya lain.', th: 'ฉันชอบทำงานกับคนจากวัฒนธรรมอื่น', vi: 'Tôi thích làm việc với người từ các nền văn hóa khác.',
    fil: 'Gusto kong makatrabaho ang mga tao mula sa ibang kultura.', km: 'ខ្ញុំចូលចិត្តធ្វើការជាមួយមនុស្សមកពីវប្បធម៌ផ្សេង។', lo: 'ຂ້ອຍມັກເຮັດວຽກກັບຄົນຈາກວັດທະນະທຳອື່ນ.',
    my: 'အခြားယဉ်ကျေးမှုမှ လူများနှင့် အတူလုပ်ကိုင်ရသည်ကို နှစ်သက်ပါသည်။',
  }),
  statement('curious_not_judging', {
    zh: '遇到让我感到陌生的事情时，我会保持好奇，而不是急于评判。', en: 'When something seems strange to me, I stay curious instead of judging.',
    id: 'Ketika sesuatu terasa asing, saya tetap ingin tahu alih-alih menghakimi.', ms: 'Apabila sesuatu kelihatan asing, saya tetap ingin tahu dan tidak terus menilai.',
    th: 'เมื่อเจอสิ่งที่ดูแปลกสำหรับฉัน ฉันยังคงอยากรู้อยากเห็นแทนที่จะตัดสิน', vi: 'Khi điều gì đó có vẻ lạ lẫm, tôi giữ sự tò mò thay vì phán xét.',
    fil: 'Kapag may bagay na tila kakaiba sa akin, nananatili akong mausisa sa halip na manghusga.',
    km: 'នៅពេលអ្វីមួយហាក់ដូចជាចម្លែកសម្រាប់ខ្ញុំ ខ្ញុំនៅតែចង់ដឹងចង់ឃើញ ជាជាងវិនិច្ឆ័យ។', lo: 'ເມື່ອມີສິ່ງໃດເບິ່ງແປກສຳລັບຂ້ອຍ, ຂ້ອຍຍັງຄົງຢາກຮູ້ຢາກເຫັນ ແທນທີ່ຈະຕັດສິນ.',
    my: 'တစ်စုံတစ်ရာက ထူးဆန်းသည်ဟု ထင်ရသည့်အခါ အပြစ်မြင်မည့်အစား စူးစမ်းလိုစိတ်ကို ဆက်ထားပါသည်။',
  }),
  statement('learn_partner_language', {
    zh: '我愿意学习合作伙伴语言中的一些词语。', en: 'I am willing to learn some words of my partners’ languages.', id: 'Saya bersedia mempelajari beberapa kata dalam bahasa mitra saya.',
    ms: 'Saya bersedia mempelajari beberapa perkataan dalam bahasa rakan kongsi saya.', th: 'ฉันยินดีเรียนรู้คำศัพท์บางคำในภาษาของคู่ความร่วมมือ',
    vi: 'Tôi sẵn lòng học một vài từ trong ngôn ngữ của đối tác.', fil: 'Handa akong matuto ng ilang salita sa wika ng aking mga katuwang.',
    km: 'ខ្ញុំសុខចិត្តរៀនពាក្យខ្លះៗក្នុងភាសារបស់ដៃគូខ្ញុំ។', lo: 'ຂ້ອຍເຕັມໃຈຮຽນຄຳສັບບາງຄຳໃນພາສາຂອງຄູ່ຮ່ວມງານ.',
    my: 'ကျွန်ုပ်၏ မိတ်ဖက်များ၏ ဘာသာစကားမှ စကားလုံးအချို့ကို သင်ယူလိုပါသည်။',
  }),
]

/** A cross-cultural competence self-assessment: twelve Likert-7 statements over four dimensions. */
export const COMPETENCE_FORM: FormDefinition = {
  schema: FORM_SCHEMA_ID,
  purpose: 'competence',
  level: null,
  title: {
    zh: '跨文化能力自评', en: 'Cross-cultural competence self-assessment', id: 'Penilaian diri kompetensi lintas budaya', ms: 'Penilaian kendiri kecekapan silang budaya',
    th: 'แบบประเมินตนเองด้านสมรรถนะข้ามวัฒนธรรม', vi: 'Tự đánh giá năng lực liên văn hóa', fil: 'Pansariling pagtatasa ng kakayahang pangkultura',
    km: 'ការវាយតម្លៃខ្លួនឯងលើសមត្ថភាពអន្តរវប្បធម៌', lo: 'ການປະເມີນຕົນເອງດ້ານຄວາມສາມາດຂ້າມວັດທະນະທຳ', my: 'ယဉ်ကျေးမှုဖြတ်ကျော် စွမ်းရည် ကိုယ်တိုင်အကဲဖြတ်ချက်',
  },
  intro: {
    zh: '请评估每项陈述在多大程度上符合您目前的情况，从1（非常不同意）到7（非常同意）。答案没有对错之分；您可以日后再次填写，看看自己的变化。',
    en: 'Rate how well each statement describes you today, from 1 (strongly disagree) to 7 (strongly agree). There are no right or wrong answers; you can take it again later to see how you have changed.',
    id: 'Nilailah seberapa tepat setiap pernyataan menggambarkan diri Anda saat ini, dari 1 (sangat tidak setuju) hingga 7 (sangat setuju). Tidak ada jawaban benar atau salah; Anda dapat mengisinya lagi nanti untuk melihat perubahan Anda.',
    ms: 'Nilaikan sejauh mana setiap pernyataan menggambarkan diri anda hari ini, daripada 1 (sangat tidak setuju) hingga 7 (sangat setuju). Tiada jawapan betul atau salah; anda boleh mengisinya semula kemudian untuk melihat perubahan anda.',
    th: 'โปรดประเมินว่าข้อความแต่ละข้อตรงกับตัวท่านในปัจจุบันมากน้อยเพียงใด ตั้งแต่ 1 (ไม่เห็นด้วยอย่างยิ่ง) ถึง 7 (เห็นด้วยอย่างยิ่ง) คำตอบไม่มีถูกหรือผิด ท่านสามารถทำอีกครั้งภายหลังเพื่อดูการเปลี่ยนแปลงของตนเอง',
    vi: 'Hãy đánh giá mỗi nhận định mô tả đúng về bạn hiện nay đến mức nào, từ 1 (hoàn toàn không đồng ý) đến 7 (hoàn toàn đồng ý). Không có câu trả lời đúng hay sai; bạn có thể làm lại sau để thấy mình đã thay đổi ra sao.',
    fil: 'Markahan kung gaano kahusay inilalarawan ka ngayon ng bawat pahayag, mula 1 (lubos na hindi sang-ayon) hanggang 7 (lubos na sang-ayon). Walang tama o maling sagot; maaari mo itong sagutan muli sa ibang pagkakataon upang makita ang iyong pagbabago.',
    km: 'សូមវាយតម្លៃថាសេចក្ដីថ្លែងនីមួយៗពិពណ៌នាអំពីអ្នកនាពេលបច្ចុប្បន្នបានកម្រិតណា ពី 1 (មិនយល់ស្របទាល់តែសោះ) ដល់ 7 (យល់ស្របយ៉ាងខ្លាំង)។ គ្មានចម្លើយត្រូវ ឬខុសទេ អ្នកអាចធ្វើម្ដងទៀតនៅពេលក្រោយ ដើម្បីមើលការផ្លាស់ប្ដូររបស់អ្នក។',
    lo: 'ກະລຸນາປະເມີນວ່າແຕ່ລະຂໍ້ຄວາມກົງກັບຕົວທ່ານໃນປັດຈຸບັນຫຼາຍປານໃດ, ຈາກ 1 (ບໍ່ເຫັນດີຢ່າງຍິ່ງ) ຫາ 7 (ເຫັນດີຢ່າງຍິ່ງ). ບໍ່ມີຄຳຕອບຖືກ ຫຼື ຜິດ; ທ່ານສາມາດເຮັດອີກຄັ້ງພາຍຫຼັງເພື່ອເບິ່ງການປ່ຽນແປງຂອງຕົນເອງ.',
    my: 'ဖော်ပြချက်တစ်ခုစီသည် ယနေ့ သင့်ကို မည်မျှ ကိုက်ညီစွာ ဖော်ပြသည်ကို 1 (လုံးဝ သဘောမတူပါ) မှ 7 (လုံးဝ သဘောတူပါသည်) အထိ အမှတ်ပေးပါ။ အဖြေမှန် အဖြေမှား မရှိပါ။ နောက်ပိုင်းတွင် ထပ်မံဖြေဆို၍ သင်၏ ပြောင်းလဲမှုကို ကြည့်နိုင်ပါသည်။',
  },
  sections: [
    {
      id: 'awareness', questions: AWARENESS,
      title: { zh: '意识', en: 'Awareness', id: 'Kesadaran', ms: 'Kesedaran', th: 'การตระหนักรู้', vi: 'Nhận thức', fil: 'Kamalayan', km: 'ការយល់ដឹង', lo: 'ການຮັບຮູ້', my: 'သတိပြုမိမှု' },
    },
    {
      id: 'knowledge', questions: KNOWLEDGE,
      title: { zh: '知识', en: 'Knowledge', id: 'Pengetahuan', ms: 'Pengetahuan', th: 'ความรู้', vi: 'Kiến thức', fil: 'Kaalaman', km: 'ចំណេះដឹង', lo: 'ຄວາມຮູ້', my: 'အသိပညာ' },
    },
    {
      id: 'skills', questions: SKILLS,
      title: { zh: '技能', en: 'Skills', id: 'Keterampilan', ms: 'Kemahiran', th: 'ทักษะ', vi: 'Kỹ năng', fil: 'Kasanayan', km: 'ជំនាញ', lo: 'ທັກສະ', my: 'ကျွမ်းကျင်မှု' },
    },
    {
      id: 'attitudes', questions: ATTITUDES,
      title: { zh: '态度', en: 'Attitudes', id: 'Sikap', ms: 'Sikap', th: 'ทัศนคติ', vi: 'Thái độ', fil: 'Saloobin', km: 'អាកប្បកិរិយា', lo: 'ທັດສະນະຄະຕິ', my: 'သဘောထား' },
    },
  ],
}
