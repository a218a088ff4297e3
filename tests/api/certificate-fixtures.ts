import { demoClients, roleRequests } from './authz-fixtures'
import { client, type RunningServer } from './server'

/** A title and programme in every language of the community, as a joint certificate written for all its members would be. */
export const EVERY_LANGUAGE_TITLE = {
  zh: '智能制造联合培训证书', en: 'Joint training certificate in smart manufacturing',
  id: 'Sertifikat pelatihan bersama manufaktur cerdas', ms: 'Sijil latihan bersama pembuatan pintar',
  th: 'ประกาศนียบัตรการฝึกอบรมร่วมด้านการผลิตอัจฉริยะ', vi: 'Chứng chỉ đào tạo liên kết về sản xuất thông minh',
  fil: 'Sertipiko ng pinagsamang pagsasanay sa matalinong pagmamanupaktura', km: 'វិញ្ញាបនបត្របណ្តុះបណ្តាលរួមផ្នែកផលិតកម្មឆ្លាតវៃ',
  lo: 'ໃບຢັ້ງຢືນການຝຶກອົບຮົມຮ່ວມດ້ານການຜະລິດອັດສະລິຍະ', my: 'စမတ်ထုတ်လုပ်မှုဆိုင်ရာ ပူးတွဲလေ့ကျင့်ရေး လက်မှတ်',
}

/**
 * A joint certificate of the demo's Nanning college and Thai college, issued (both approved) to the Bangkok student,
 * through the API as the offices would; returns the public id a holder shares.
 */
export async function issueDemoCertificate(server: RunningServer): Promise<string> {
  const people = await demoClients(server, { holder: 'student.bangkok', owner: 'office.nanning', coIssuer: 'partner.thai' })
  const anon = client(server.url)
  const { ok: call } = roleRequests(people)
  const nanning = (await call(anon, 'GET', '/api/institutions/nanning-smart-polytechnic')).id as string
  const thai = (await call(anon, 'GET', '/api/institutions/chao-phraya-technical')).id as string
  const holderId = (await call(people.holder, 'GET', '/api/auth/me')).user.id as string
  const template = {
    ownerInstitutionId: nanning, languages: ['zh', 'th', 'en'], title: EVERY_LANGUAGE_TITLE, programme: EVERY_LANGUAGE_TITLE, hours: 40,
    shownFields: ['native_name', 'latin_name', 'programme', 'hours'], serialScheme: 'DEMO-{YYYY}-{SEQ:4}',
    issuers: [{ institutionId: nanning, signatoryName: { zh: '黄晓东' } }, { institutionId: thai, signatoryName: { th: 'สมชาย ใจดี' } }],
  }
  const templateId = (await call(people.owner, 'POST', '/api/certificates', { action: 'save', template })).template.id
  await call(people.owner, 'POST', '/api/certificates', { action: 'activate', templateId })
  const id = (await call(people.owner, 'POST', '/api/certificates', {
    action: 'issue', templateId, source: { kind: 'manual', holderId }, names: { native: 'กมล ศรีสุข', latin: 'Kamon Srisuk' }, submit: true,
  })).certificate.id as string
  const { contentHash } = await call(people.owner, 'GET', `/api/certificates/${id}`)
  await call(people.owner, 'POST', `/api/certificates/${id}`, { action: 'approve', institutionId: nanning, contentHash })
  await call(people.coIssuer, 'POST', `/api/certificates/${id}`, { action: 'approve', institutionId: thai, contentHash })
  return (await call(people.holder, 'GET', `/api/certificates/${id}`)).publicId as string
}
