import type { LocalizedText } from '../../../shared/localized-text'

// The demo conference's title on its own, for the e2e story to find it without loading the seed.

/** The English title of the demo conference: when it exists, the demo conference is there. */
export const DEMO_CONFERENCE_TITLE = 'China–ASEAN Conference on Vocational Education and Industry'

export const DEMO_CONFERENCE_TITLES: LocalizedText = {
  zh: '中国—东盟职业教育与产业合作学术会议', en: DEMO_CONFERENCE_TITLE,
  id: 'Konferensi Tiongkok–ASEAN tentang Pendidikan Vokasi dan Industri', ms: 'Persidangan China–ASEAN tentang Pendidikan Vokasional dan Industri',
  th: 'การประชุมวิชาการจีน–อาเซียนด้านอาชีวศึกษาและอุตสาหกรรม', vi: 'Hội nghị Trung Quốc–ASEAN về Giáo dục nghề nghiệp và Công nghiệp',
  fil: 'Kumperensiyang Tsina–ASEAN tungkol sa Bokasyonal na Edukasyon at Industriya', km: 'សន្និសីទចិន–អាស៊ាន ស្តីពីការអប់រំវិជ្ជាជីវៈ និងឧស្សាហកម្ម',
  lo: 'ກອງປະຊຸມວິຊາການຈີນ–ອາຊຽນ ດ້ານອາຊີວະສຶກສາ ແລະ ອຸດສາຫະກຳ', my: 'အသက်မွေးပညာနှင့် စက်မှုလုပ်ငန်းဆိုင်ရာ တရုတ်–အာဆီယံ ညီလာခံ',
}
