import { describe, expect, it } from 'vitest'
import { convertByPercentile, convertByTable, percentileBands, type ScaleGrade } from '../../shared/credits/grades'

// A worked Egracons example. The host grades A–E (F fails) in engineering, 2023–2025; three years of passing grades:
//   A 30, B 75, C 90, D 75, E 30  (300 in all) → A 10 %, B 25 %, C 30 %, D 25 %, E 10 %
//   cumulative, best first: A 0–10, B 10–35, C 35–65, D 65–90, E 90–100.
// The home scale 10…5 (below 5 fails): 10 ×10, 9 ×30, 8 ×40, 7 ×60, 6 ×40, 5 ×20 (200 in all)
//   → 10 5 %, 9 15 %, 8 20 %, 7 30 %, 6 20 %, 5 10 %; cumulative 10 0–5, 9 5–20, 8 20–40, 7 40–70, 6 70–90, 5 90–100.
// A host grade converts to the home grade whose range contains the midpoint of its own range:
//   A (0–10, midpoint 5) → 10 (0–5]: on a boundary the better grade wins;  B (10–35, midpoint 22.5) → 8 (20–40];
//   C (35–65, midpoint 50) → 7;  D (65–90, midpoint 77.5) → 6;  E (90–100, midpoint 95) → 5.
const letters: ScaleGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((value, i) => ({ value, position: i + 1, passing: value !== 'F' }))
const tens: ScaleGrade[] = ['10', '9', '8', '7', '6', '5', '4'].map((value, i) => ({ value, position: i + 1, passing: value !== '4' }))
// Counts arrive in any order.
const host = percentileBands({ scaleId: 'host', counts: [{ value: 'C', count: 90 }, { value: 'A', count: 30 }, { value: 'E', count: 30 }, { value: 'B', count: 75 }, { value: 'D', count: 75 }] }, letters)
const home = percentileBands({ scaleId: 'home', counts: [{ value: '5', count: 20 }, { value: '10', count: 10 }, { value: '9', count: 30 }, { value: '8', count: 40 }, { value: '7', count: 60 }, { value: '6', count: 40 }] }, tens)

describe('Egracons percentile bands', () => {
  it('are the percentage of each passing grade and its cumulative range, best grade first', () => {
    expect(host.map(b => [b.value, b.percent, b.from, b.to])).toEqual([
      ['A', 10, 0, 10], ['B', 25, 10, 35], ['C', 30, 35, 65], ['D', 25, 65, 90], ['E', 10, 90, 100],
    ])
    expect(home.map(b => [b.value, b.from, b.to])).toEqual([['10', 0, 5], ['9', 5, 20], ['8', 20, 40], ['7', 40, 70], ['6', 70, 90], ['5', 90, 100]])
  })
})

describe('conversion by percentile (midpoint rule)', () => {
  it.each([['A', '10', 5], ['B', '8', 22.5], ['C', '7', 50], ['D', '6', 77.5], ['E', '5', 95]])('host %s → home %s (midpoint %f)', (grade, expected, midpoint) => {
    const answer = convertByPercentile(grade, host, home)
    expect(answer.value).toBe(expected)
    expect(answer.midpoint).toBe(midpoint)
  })
  it('names the overlapping grades too: B (10–35) overlaps 9 by 10 points and 8 by 15', () => {
    expect(convertByPercentile('B', host, home).overlaps).toEqual([{ value: '9', points: 10 }, { value: '8', points: 15 }])
  })
  it('back the other way: home 9 (5–20, midpoint 12.5) → host B; home 7 (40–70, midpoint 55) → host C', () => {
    expect(convertByPercentile('9', home, host).value).toBe('B')
    expect(convertByPercentile('7', home, host).value).toBe('C')
  })
  it('a failing grade, or a grade nobody received, has no band and converts to nothing', () => {
    expect(convertByPercentile('F', host, home).value).toBeNull()
    const empty = percentileBands({ scaleId: 'home', counts: [{ value: '10', count: 0 }, { value: '9', count: 10 }] }, tens)
    expect(convertByPercentile('10', empty, host).value).toBeNull()
    expect(convertByPercentile('9', empty, host).value).toBe('C')
  })
})

describe('conversion by a fixed table', () => {
  it('reads the row for the grade, and nothing for a grade the table does not list', () => {
    const rows = [{ fromValue: 'A', toValue: '10' }, { fromValue: 'B', toValue: '8' }]
    expect(convertByTable('B', rows)).toBe('8')
    expect(convertByTable('C', rows)).toBeNull()
  })
})
