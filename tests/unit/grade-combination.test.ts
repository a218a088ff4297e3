import { describe, expect, it } from 'vitest'
import { combineGrades, describeGradeParts, type GradePart } from '../../shared/recognition/grade-combination'

// A home scale best first: 10 (1), 9 (2), 8.5 (3), 8 (4), 7 (5), 6 (6), 5 (7), F (8, failing).
const HOME = ['10', '9', '8.5', '8', '7', '6', '5', 'F'].map((value, i) => ({ value, position: i + 1, passing: value !== 'F' }))
const part = (code: string, credits: number, from: string, to: string | null): GradePart => ({ code, credits, from: { scaleId: 'host', value: from }, to })

describe('combining the converted grades of several host courses into one home grade', () => {
  it('takes the credit-weighted mean of positions and rounds to the nearest grade (hand-worked)', () => {
    // RB101 A → 8.5 (position 3) with 4 credits, CAD102 B → 7 (position 5) with 2 credits:
    // (3 × 4 + 5 × 2) ÷ 6 = 22 ÷ 6 = 3.67 → position 4 → 8.
    const parts = [part('RB101', 4, 'A', '8.5'), part('CAD102', 2, 'B', '7')]
    const combined = combineGrades(parts, HOME)
    expect(combined.value).toBe('8')
    expect(combined.mean).toBeCloseTo(3.6667, 4)
    expect(describeGradeParts(parts, combined.value, 'weighted')).toBe('RB101 A → 8.5; CAD102 B → 7; weighted → 8')
  })

  it('a mean exactly between two grades goes to the better one', () => {
    // (3 × 2 + 4 × 2) ÷ 4 = 3.5 → 8.5 (position 3), not 8.
    expect(combineGrades([part('X1', 2, 'A', '8.5'), part('X2', 2, 'B', '8')], HOME).value).toBe('8.5')
  })

  it('one course is its own grade; no credits at all weigh every course the same', () => {
    expect(combineGrades([part('ONLY', 3, 'A', '9')], HOME)).toEqual({ value: '9', mean: 2 })
    // (1 + 5) ÷ 2 = 3 → 8.5.
    expect(combineGrades([part('Z1', 0, 'A', '10'), part('Z2', 0, 'C', '7')], HOME).value).toBe('8.5')
  })

  it('gives no grade when a course has no converted grade or one off the home scale', () => {
    expect(combineGrades([part('A1', 3, 'A', '9'), part('A2', 2, 'D', null)], HOME)).toEqual({ value: null, mean: null })
    expect(combineGrades([part('A1', 3, 'A', '9'), part('A2', 2, 'B', 'B+')], HOME).value).toBeNull()
    expect(combineGrades([], HOME).value).toBeNull()
  })
})
