import JSZip from 'jszip'
import { translate } from '../../i18n/messages'
import type { ExportArea, PersonalData } from './export'

const AREAS: ExportArea[] = ['profile', 'memberships', 'consents', 'applications', 'incidents', 'files', 'notifications', 'mail', 'join-requests', 'agreements', 'activities', 'evaluations', 'conferences', 'audit']

/** Keys under privacy.export.readme.areas.* describe each JSON file in the person's language. */
const AREA_KEYS: Record<ExportArea, string> = {
  'profile': 'profile', 'memberships': 'memberships', 'consents': 'consents', 'applications': 'applications', 'incidents': 'incidents',
  'files': 'files', 'notifications': 'notifications', 'mail': 'mail', 'join-requests': 'joinRequests', 'agreements': 'agreements', 'activities': 'activities', 'evaluations': 'evaluations', 'conferences': 'conferences', 'audit': 'audit',
}

/** A file name that is safe inside a ZIP on every system, prefixed by the file's id so two uploads never collide. */
function entryName(id: string, filename: string): string {
  return `files/${id}-${filename.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}`
}

/** One ZIP: README.txt in the person's language, one JSON file per area, and the bytes of their files. */
export async function personalDataArchive(data: PersonalData, exportedAt: Date): Promise<Uint8Array> {
  const zip = new JSZip()
  const t = (key: string, params = {}) => translate(data.locale, `privacy.export.readme.${key}`, params)
  const readme = [
    t('title'), '', t('intro', { date: exportedAt.toISOString() }), '',
    ...AREAS.map(area => `${area}.json — ${t(`areas.${AREA_KEYS[area]}`)}`),
    `files/ — ${t('folder')}`, '', t('rights'),
  ]
  zip.file('README.txt', `${readme.join('\r\n')}\r\n`)
  for (const area of AREAS) zip.file(`${area}.json`, JSON.stringify(data.areas[area], null, 2))
  for (const file of data.files) if (file.bytes) zip.file(entryName(file.id, file.filename), file.bytes)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
