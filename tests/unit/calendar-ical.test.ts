import { describe, expect, it } from 'vitest'
import nodeIcal, { type CalendarResponse, type VEvent, type VTimeZone } from 'node-ical'
import { meetingUid, sessionUid, toICalendar, type CalendarEntry } from '../../server/domain/calendar/ical'

// Parsed by node-ical, a parser that shares no code with the generator: what a calendar app would read.
const parse = (text: string): CalendarResponse => nodeIcal.sync.parseICS(text)
const events = (parsed: CalendarResponse) => Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT')
const zones = (parsed: CalendarResponse) => Object.values(parsed).filter((c): c is VTimeZone => c?.type === 'VTIMEZONE')
const text = (value: unknown) => (typeof value === 'object' && value && 'val' in value ? String(value.val) : String(value ?? ''))

const entry = (over: Partial<CalendarEntry>): CalendarEntry => ({
  uid: sessionUid('00000000-0000-4000-8000-000000000001'),
  start: new Date('2027-04-13T02:00:00Z'),
  end: new Date('2027-04-13T04:30:00Z'),
  timeZone: 'Asia/Bangkok',
  summary: { en: 'Cross-cultural training week', th: 'สัปดาห์อบรมข้ามวัฒนธรรม', zh: '跨文化培训周' },
  status: 'CONFIRMED',
  sequence: 0,
  ...over,
})

const threeZones = [
  entry({ uid: sessionUid('a'), timeZone: 'Asia/Bangkok', start: new Date('2027-04-13T02:00:00Z'), end: new Date('2027-04-13T04:30:00Z') }),
  entry({ uid: sessionUid('b'), timeZone: 'Asia/Yangon', start: new Date('2027-04-14T03:15:00Z'), end: new Date('2027-04-14T05:00:00Z') }),
  entry({ uid: meetingUid('c'), timeZone: 'Asia/Shanghai', start: new Date('2027-04-15T23:30:00Z'), end: new Date('2027-04-16T01:00:00Z') }),
]

describe('an iCalendar file of sessions in three zones', () => {
  const output = toICalendar({ name: { en: 'My activities', zh: '我的活动' }, events: threeZones, locale: 'zh' })
  const parsed = parse(output)

  it('holds every event at the instant stored, whatever the zone', () => {
    const byUid = new Map(events(parsed).map(e => [e.uid, e]))
    for (const stored of threeZones) {
      const read = byUid.get(stored.uid)!
      expect(read.start.toISOString()).toBe(stored.start.toISOString())
      expect(read.end!.toISOString()).toBe(stored.end.toISOString())
      expect(read.start.tz).toBe(stored.timeZone)
    }
  })

  it('writes each time as the wall clock of its zone, with its TZID (Yangon is UTC+06:30)', () => {
    expect(output).toContain('DTSTART;TZID=Asia/Bangkok:20270413T090000')
    expect(output).toContain('DTSTART;TZID=Asia/Yangon:20270414T094500')
    expect(output).toContain('DTEND;TZID=Asia/Yangon:20270414T113000')
    // 23:30 UTC is already the next day in Shanghai.
    expect(output).toContain('DTSTART;TZID=Asia/Shanghai:20270416T073000')
  })

  it('defines a VTIMEZONE for each zone used, once, with its offset', () => {
    const defined = zones(parsed)
    expect(defined.map(z => z.tzid).sort()).toEqual(['Asia/Bangkok', 'Asia/Shanghai', 'Asia/Yangon'])
    expect(output.match(/BEGIN:VTIMEZONE/g)).toHaveLength(3)
    const yangon = output.slice(output.indexOf('TZID:Asia/Yangon'))
    expect(yangon.slice(0, yangon.indexOf('END:VTIMEZONE'))).toContain('TZOFFSETTO:+0630')
  })

  it('names the calendar and the events in the requested locale', () => {
    expect(output).toContain('X-WR-CALNAME:我的活动')
    expect(events(parsed).map(e => text(e.summary))).toEqual(['跨文化培训周', '跨文化培训周', '跨文化培训周'])
  })
})

describe('texts, status and updates', () => {
  it('falls back to English, then Chinese, when the locale has no text, and joins a session’s own title', () => {
    const output = toICalendar({
      name: 'Feed',
      locale: 'km',
      events: [
        entry({ uid: sessionUid('en'), summary: { en: 'Seminar', zh: '研讨会' }, detail: { km: 'ថ្ងៃទី ២', en: 'Day 2' } }),
        entry({ uid: sessionUid('zh'), summary: { zh: '研讨会', th: 'สัมมนา' } }),
      ],
    })
    const byUid = new Map(events(parse(output)).map(e => [e.uid, text(e.summary)]))
    expect(byUid.get(sessionUid('en'))).toBe('Seminar — ថ្ងៃទី ២')
    expect(byUid.get(sessionUid('zh'))).toBe('研讨会')
  })

  it('marks a cancelled session CANCELLED and says so in its summary', () => {
    const output = toICalendar({
      name: 'Feed', locale: 'en', cancelledSummary: title => `Cancelled: ${title}`,
      events: [entry({ status: 'CANCELLED', sequence: 3 })],
    })
    const [event] = events(parse(output))
    expect(event!.status).toBe('CANCELLED')
    expect(text(event!.summary)).toBe('Cancelled: Cross-cultural training week')
    expect(Number(event!.sequence)).toBe(3)
  })

  it('keeps the UID of a moved session and raises its SEQUENCE, so a calendar app replaces it', () => {
    const before = entry({ sequence: 0 })
    const moved = entry({ sequence: 1, start: new Date('2027-04-20T02:00:00Z'), end: new Date('2027-04-20T04:00:00Z') })
    const [first] = events(parse(toICalendar({ name: 'x', locale: 'en', events: [before] })))
    const [second] = events(parse(toICalendar({ name: 'x', locale: 'en', events: [moved] })))
    expect(second!.uid).toBe(first!.uid)
    expect(Number(second!.sequence)).toBeGreaterThan(Number(first!.sequence))
    expect(second!.start.toISOString()).toBe('2027-04-20T02:00:00.000Z')
  })

  it('escapes separators and line breaks, and keeps long text in Khmer and Burmese intact', () => {
    const long = 'ការបណ្តុះបណ្តាលអន្តរវប្បធម៌; ဖွင့်ပွဲ, အခမ်းအနား\n'.repeat(6).trim()
    const output = toICalendar({ name: 'x', locale: 'km', events: [entry({ summary: { km: 'a; b, c' }, description: { km: long }, location: 'Room 3, Building A' })] })
    const [event] = events(parse(output))
    expect(text(event!.summary)).toBe('a; b, c')
    expect(text(event!.description)).toBe(long)
    expect(text(event!.location)).toBe('Room 3, Building A')
    expect(output.split('\r\n').every(line => new TextEncoder().encode(line).length <= 75)).toBe(true)
  })

  it('names an alias zone by the definition it carries, so TZID and VTIMEZONE agree', () => {
    const output = toICalendar({ name: 'x', locale: 'vi', events: [entry({ timeZone: 'Asia/Saigon' })] })
    const parsed = parse(output)
    expect(zones(parsed).map(z => z.tzid)).toEqual(['Asia/Ho_Chi_Minh'])
    expect(events(parsed)[0]!.start.toISOString()).toBe('2027-04-13T02:00:00.000Z')
  })

  it('an empty calendar is still a valid file', () => {
    const output = toICalendar({ name: 'Nothing yet', locale: 'en', events: [] })
    expect(output.startsWith('BEGIN:VCALENDAR')).toBe(true)
    expect(events(parse(output))).toEqual([])
    expect(output).not.toContain('BEGIN:VTIMEZONE')
  })
})
