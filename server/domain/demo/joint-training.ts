import type { DemoActivity } from './activities'

/**
 * A joint training programme already held: three days taught together by Nanning, the Thai college and the lead
 * enterprise, with its attendance (the Lao student and the Thai teacher came every day; the Hanoi student did not
 * come). What a joint certificate is issued from in issue 19's story.
 */
export function jointTrainingProgramme(inDays: (days: number) => string): DemoActivity {
  const first = inDays(-32)
  return {
    kind: 'training', steps: ['publish', 'open_registration', 'close_registration', 'mark_held'], createdBy: 'office.nanning@demo.example',
    organisers: ['nanning-smart-polytechnic', 'chao-phraya-technical', 'zhiyun-equipment'],
    invitees: ['vientiane-technical-college', 'red-river-tech-university', 'mekong-institute-technology'],
    venue: 'nanning', timeZone: 'Asia/Shanghai', capacity: 24, workingLanguages: ['zh', 'th', 'en'], interpretation: true,
    registration: { opensAt: new Date(Date.now() - 75 * 86_400_000), closesAt: new Date(Date.now() - 40 * 86_400_000) },
    series: { rrule: 'FREQ=DAILY;COUNT=3', firstStartsAtLocal: `${first}T09:00`, durationMinutes: 360 },
    sessions: [],
    registrants: [
      { email: 'student.vientiane@demo.example', institution: 'vientiane-technical-college' },
      { email: 'teacher.thai@demo.example', institution: 'chao-phraya-technical' },
      { email: 'student.hanoi@demo.example', institution: 'red-river-tech-university' },
    ],
    title: {
      zh: '中国—东盟联合培训项目：智能产线运维', en: 'China–ASEAN joint training programme: smart production line maintenance',
      id: 'Program pelatihan bersama Tiongkok–ASEAN: pemeliharaan lini produksi cerdas',
      ms: 'Program latihan bersama China–ASEAN: penyelenggaraan barisan pengeluaran pintar',
      th: 'โครงการฝึกอบรมร่วมจีน–อาเซียน: การบำรุงรักษาสายการผลิตอัจฉริยะ',
      vi: 'Chương trình đào tạo chung Trung Quốc – ASEAN: bảo trì dây chuyền sản xuất thông minh',
      fil: 'Pinagsamang pagsasanay ng Tsina–ASEAN: pagpapanatili ng matalinong linya ng produksiyon',
      km: 'កម្មវិធីបណ្តុះបណ្តាលរួមចិន–អាស៊ាន៖ ការថែទាំខ្សែសង្វាក់ផលិតកម្មឆ្លាតវៃ',
      lo: 'ໂຄງການຝຶກອົບຮົມຮ່ວມຈີນ–ອາຊຽນ: ການບຳລຸງຮັກສາສາຍການຜະລິດອັດສະລິຍະ',
      my: 'တရုတ်–အာဆီယံ ပူးတွဲလေ့ကျင့်ရေး အစီအစဉ် - စမတ်ထုတ်လုပ်ရေးလိုင်း ပြုပြင်ထိန်းသိမ်းခြင်း',
    },
    summary: {
      zh: '三天实操：南宁和湄南河技术学院的教师与智云的工程师共同授课。',
      en: 'Three hands-on days, taught by teachers of Nanning and Chao Phraya together with Zhiyun’s engineers.',
      id: 'Tiga hari praktik, diajar bersama oleh dosen Nanning dan Chao Phraya serta insinyur Zhiyun.',
      ms: 'Tiga hari amali, diajar bersama oleh pensyarah Nanning dan Chao Phraya serta jurutera Zhiyun.',
      th: 'ฝึกปฏิบัติสามวัน สอนร่วมกันโดยครูของหนานหนิงและเจ้าพระยา กับวิศวกรของจื้อยวิ๋น',
      vi: 'Ba ngày thực hành, do giảng viên Nam Ninh và Chao Phraya cùng kỹ sư của Trí Vân giảng dạy.',
      fil: 'Tatlong araw ng pagsasanay, itinuro ng mga guro ng Nanning at Chao Phraya kasama ang mga inhinyero ng Zhiyun.',
      km: 'អនុវត្តជាក់ស្តែងបីថ្ងៃ បង្រៀនរួមគ្នាដោយគ្រូនៃណាននីង និងចៅប្រយា ជាមួយវិស្វករនៃជីយុន។',
      lo: 'ຝຶກພາກປະຕິບັດສາມມື້, ສອນຮ່ວມກັນໂດຍຄູຂອງໜານໜິງ ແລະ ເຈົ້າພະຍາ ກັບວິສະວະກອນຂອງຈື້ຢຸນ.',
      my: 'နန်နင်းနှင့် ချောက်ဖရာယာမှ ဆရာများ၊ ကျိယွင်မှ အင်ဂျင်နီယာများ ပူးတွဲသင်ကြားသည့် လက်တွေ့ သုံးရက်။',
    },
    description: {
      zh: '第一天：传感器与 PLC 故障诊断；第二天：机械臂标定；第三天：预防性维护计划与考核。出勤达到 80% 的学员获得三方联合证书。',
      en: 'Day 1: sensors and PLC fault diagnosis; day 2: robot arm calibration; day 3: a preventive maintenance plan and the assessment. Participants who attend at least 80% receive a joint certificate of the three institutions.',
      id: 'Hari 1: sensor dan diagnosis gangguan PLC; hari 2: kalibrasi lengan robot; hari 3: rencana pemeliharaan preventif dan penilaian. Peserta yang hadir minimal 80% menerima sertifikat bersama dari ketiga institusi.',
      ms: 'Hari 1: penderia dan diagnosis kerosakan PLC; hari 2: penentukuran lengan robot; hari 3: pelan penyelenggaraan pencegahan dan penilaian. Peserta yang hadir sekurang-kurangnya 80% menerima sijil bersama tiga institusi.',
      th: 'วันที่ 1: เซนเซอร์และการวินิจฉัยข้อขัดข้องของ PLC วันที่ 2: การสอบเทียบแขนหุ่นยนต์ วันที่ 3: แผนบำรุงรักษาเชิงป้องกันและการประเมิน ผู้เข้าร่วมที่เข้าเรียนอย่างน้อย 80% ได้รับประกาศนียบัตรร่วมของทั้งสามสถาบัน',
      vi: 'Ngày 1: cảm biến và chẩn đoán lỗi PLC; ngày 2: hiệu chuẩn cánh tay robot; ngày 3: kế hoạch bảo trì phòng ngừa và đánh giá. Học viên tham dự ít nhất 80% nhận chứng chỉ chung của ba cơ sở.',
      fil: 'Araw 1: mga sensor at pagsusuri ng sira ng PLC; araw 2: kalibrasyon ng robot arm; araw 3: plano ng maagap na pagpapanatili at pagtatasa. Ang mga dumalo nang hindi bababa sa 80% ay tatanggap ng pinagsamang sertipiko ng tatlong institusyon.',
      km: 'ថ្ងៃទី 1៖ ឧបករណ៍ចាប់សញ្ញា និងការវិនិច្ឆ័យកំហុស PLC ថ្ងៃទី 2៖ ការក្រិតដៃមនុស្សយន្ត ថ្ងៃទី 3៖ ផែនការថែទាំបង្ការ និងការវាយតម្លៃ។ អ្នកចូលរួមយ៉ាងហោចណាស់ 80% ទទួលបានវិញ្ញាបនបត្ររួមនៃស្ថាប័នទាំងបី។',
      lo: 'ມື້ທີ 1: ເຊັນເຊີ ແລະ ການວິເຄາະຂໍ້ຜິດພາດຂອງ PLC; ມື້ທີ 2: ການປັບທຽບແຂນຫຸ່ນຍົນ; ມື້ທີ 3: ແຜນບຳລຸງຮັກສາປ້ອງກັນ ແລະ ການປະເມີນ. ຜູ້ເຂົ້າຮ່ວມຢ່າງໜ້ອຍ 80% ໄດ້ຮັບໃບຢັ້ງຢືນຮ່ວມຂອງສາມສະຖາບັນ.',
      my: 'ပထမနေ့ - အာရုံခံကိရိယာများနှင့် PLC ချို့ယွင်းချက် ရှာဖွေခြင်း၊ ဒုတိယနေ့ - စက်ရုပ်လက်တံ ချိန်ညှိခြင်း၊ တတိယနေ့ - ကြိုတင်ကာကွယ် ထိန်းသိမ်းရေး အစီအစဉ်နှင့် အကဲဖြတ်ခြင်း။ အနည်းဆုံး 80% တက်ရောက်သူများသည် အဖွဲ့အစည်း သုံးခု၏ ပူးတွဲလက်မှတ်ကို ရရှိမည်။',
    },
    audience: {
      zh: '合作院校机电一体化专业的学生和教师。', en: 'Mechatronics students and teachers of the partner colleges.',
      id: 'Mahasiswa dan dosen mekatronika dari perguruan tinggi mitra.', ms: 'Pelajar dan pensyarah mekatronik kolej rakan kongsi.',
      th: 'นักศึกษาและครูสาขาเมคคาทรอนิกส์ของวิทยาลัยพันธมิตร', vi: 'Sinh viên và giảng viên cơ điện tử của các trường đối tác.',
      fil: 'Mga estudyante at guro ng mekatronika ng mga katuwang na kolehiyo.', km: 'និស្សិត និងគ្រូផ្នែកមេកាត្រូនិកនៃមហាវិទ្យាល័យដៃគូ។',
      lo: 'ນັກສຶກສາ ແລະ ຄູສາຂາເມັກຄາໂທຣນິກຂອງວິທະຍາໄລຄູ່ຮ່ວມມື.', my: 'မိတ်ဖက်ကောလိပ်များမှ မက်ကာထရောနစ် ကျောင်းသားများနှင့် ဆရာများ။',
    },
    feeNote: {
      zh: '免费。', en: 'Free of charge.', id: 'Tanpa biaya.', ms: 'Percuma.', th: 'ไม่มีค่าใช้จ่าย', vi: 'Miễn phí.', fil: 'Libre.',
      km: 'ឥតគិតថ្លៃ។', lo: 'ບໍ່ເສຍຄ່າ.', my: 'အခမဲ့။',
    },
  }
}
