import { describe, expect, it } from 'vitest'
import type { Question } from '../../shared/evaluation/form-definition'
import { chartHeight, chartKindFor, comparableQuestions, headline, isOverdue, meanInterval, questionChart, tQuantile975, type SummaryView } from '../../shared/evaluation/results-view'
import { translatorFor } from './evaluation-chart-samples'

const text = (value: Record<string, string | undefined> | null | undefined) => value?.km ?? value?.en ?? ''
const km = { locale: 'km', t: translatorFor('km') }
const en = { locale: 'en', t: translatorFor('en') }

const likert: Question = {
  id: 'relevance', type: 'likert', points: 5, required: true,
  text: { en: 'The training was relevant', km: 'វគ្គបណ្តុះបណ្តាលមានប្រយោជន៍' },
  labels: [{ en: 'Disagree', km: 'មិនយល់ស្រប' }, {}, {}, {}, { en: 'Agree', km: 'យល់ស្រប' }],
}
const single: Question = {
  id: 'channel', type: 'single', required: false, other: true, text: { en: 'How did you hear of it?' },
  options: [{ id: 'mail', label: { en: 'E-mail' } }, { id: 'web', label: { en: 'Website' } }],
}
const nps: Question = { id: 'recommend', type: 'nps', required: true, text: { en: 'Would you recommend it?' } }
const matrix: Question = {
  id: 'skills', type: 'matrix', points: 5, required: false, text: { en: 'Skills' }, labels: [],
  rows: [{ id: 'listen', label: { en: 'Listening' } }, { id: 'speak', label: { en: 'Speaking' } }],
}

describe('the chart of each question on the results page', () => {
  it('picks a builder per question type and none for numbers, dates and texts', () => {
    expect(['likert', 'rating', 'nps', 'matrix', 'single', 'multiple', 'knowledge', 'number', 'date', 'text'].map(t => chartKindFor(t as Question['type'])))
      .toEqual(['likert', 'distribution', 'nps', 'heatmap', 'options', 'options', 'options', null, null, null])
  })

  it('draws a Likert question as a diverging bar in Khmer, with the point labels the form gave and the numbers of the others', () => {
    const summary: SummaryView = { id: 'relevance', type: 'likert', n: 10, distribution: [1, 1, 2, 3, 3].map((count, i) => ({ value: i + 1, count, share: count / 10 })) }
    const option = questionChart(likert, summary, km, text, 'ផ្សេងទៀត') as { yAxis: { data: string[] }; legend: { data: string[] }; aria: { label: { description: string } } }
    // The question is the heading above the chart: the bar is named by its n, the title hidden but read to screen readers.
    expect(option.yAxis.data).toEqual(['n = 10'])
    expect((option as unknown as { title: { show: boolean } }).title.show).toBe(false)
    expect(option.aria.label.description).toContain('វគ្គបណ្តុះបណ្តាល')
    expect(option.legend.data).toEqual(['1 · មិនយល់ស្រប', '2', '3', '4', '5 · យល់ស្រប'])
    // The screen-reader description says each point's share: 3 of 10 agree = 30 %.
    expect(option.aria.label.description).toContain('30')
    // Burmese pages write Burmese digits, as useFormats does.
    const burmese = questionChart(likert, summary, { locale: 'my', t: translatorFor('my') }, text, 'အခြား') as { legend: { data: string[] } }
    expect(burmese.legend.data.slice(1)).toEqual(['၂', '၃', '၄', '၅ · យល់ស្រប'])
  })

  it('shows each option with its share of the answers, "other" under the given label', () => {
    const summary: SummaryView = { id: 'channel', type: 'single', n: 4, options: [{ option: 'mail', count: 2, share: 0.5 }, { option: 'web', count: 1, share: 0.25 }, { option: 'other', count: 1, share: 0.25 }] }
    const option = questionChart(single, summary, en, text, 'Other') as { yAxis: { data: string[] }; series: { data: number[] }[] }
    expect(option.yAxis.data).toEqual(['E-mail', 'Website', 'Other'])
    expect(option.series[0]!.data).toEqual([0.5, 0.25, 0.25])
  })

  it('marks the correct options of a knowledge question', () => {
    const quiz: Question = {
      id: 'q1', type: 'knowledge', required: true, multiple: false, points: 1, correct: ['b'], text: { en: 'Which?' },
      options: [{ id: 'a', label: { en: 'Alpha' } }, { id: 'b', label: { en: 'Beta' } }],
    }
    const option = questionChart(quiz, { id: 'q1', type: 'knowledge', n: 2, options: [{ option: 'a', count: 1, share: 0.5 }, { option: 'b', count: 1, share: 0.5 }] }, en, text, 'Other') as { yAxis: { data: string[] } }
    expect(option.yAxis.data).toEqual(['Alpha', '✓ Beta'])
  })

  it('gives the NPS split its score and a matrix one heat-map cell per row and point', () => {
    const npsOption = questionChart(nps, { id: 'recommend', type: 'nps', n: 10, nps: { promoters: 6, passives: 2, detractors: 2, score: 40 } }, en, text, 'Other') as { aria: { label: { description: string } } }
    expect(npsOption.aria.label.description).toContain('Net Promoter Score +40')
    const heat = questionChart(matrix, {
      id: 'skills', type: 'matrix', n: 3,
      matrix: [{ row: 'listen', counts: [0, 0, 1, 1, 1], figures: { n: 3, mean: 4 } }, { row: 'speak', counts: [1, 1, 1, 0, 0], figures: { n: 3, mean: 2 } }],
    }, en, text, 'Other') as { series: { data: { value: number[] }[] }[] }
    expect(heat.series[0]!.data).toHaveLength(10)
    expect(heat.series[0]!.data.find(c => c.value[0] === 0 && c.value[1] === 1)!.value[2]).toBe(1)
  })

  it('draws nothing for a question without data or without a chart', () => {
    expect(questionChart(likert, { id: 'relevance', type: 'likert', n: 0 }, en, text, 'Other')).toBeNull()
    expect(questionChart({ id: 'age', type: 'number', required: false, integer: true, text: { en: 'Age' } }, { id: 'age', type: 'number', n: 3 }, en, text, 'Other')).toBeNull()
  })

  it('reserves a fixed height that grows with the options and with tall scripts', () => {
    expect(chartHeight(single)).toBe(80 + 3 * 36)
    expect(chartHeight(single, true)).toBe(80 + 3 * 44)
    expect(chartHeight(matrix)).toBeGreaterThan(chartHeight(nps))
  })
})

describe('figures on the results page', () => {
  it('compares groups by the mean of scale questions and the NPS score', () => {
    expect(comparableQuestions({ sections: [{ id: 's', title: { en: 'S' }, questions: [likert, single, nps] }] } as never).map(c => [c.question.id, c.max])).toEqual([['relevance', 5]])
    expect(headline({ id: 'x', type: 'likert', n: 3, figures: { n: 3, mean: 4.2, sd: 1, median: 4, min: 3, max: 5 } })).toEqual({ kind: 'mean', value: 4.2 })
    expect(headline({ id: 'x', type: 'nps', n: 3, nps: { promoters: 1, passives: 1, detractors: 1, score: 0 } })).toEqual({ kind: 'nps', value: 0 })
    expect(headline({ id: 'x', type: 'text', n: 3 })).toBeNull()
  })

  it('computes the t quantile and a mean\'s 95 % interval as a textbook does', () => {
    // t(0.975; 10) = 2.228, t(0.975; 4) = 2.776 (standard tables).
    expect(tQuantile975(10)).toBeCloseTo(2.228139, 5)
    expect(tQuantile975(4)).toBeCloseTo(2.776445, 5)
    // 1..5: mean 3, s = 1.5811, half-width 2.7764 × 1.5811 / √5 = 1.9632.
    const ci = meanInterval([1, 2, 3, 4, 5])
    expect(ci.mean).toBe(3)
    expect(ci.low).toBeCloseTo(1.0368, 4)
    expect(ci.high).toBeCloseTo(4.9632, 4)
    expect(meanInterval([7])).toEqual({ mean: 7, low: 7, high: 7 })
  })

  it('marks an action overdue only while it is open or in progress and past its due day', () => {
    expect(isOverdue({ status: 'open', due_on: '2026-12-01' }, '2026-12-05')).toBe(true)
    expect(isOverdue({ status: 'in_progress', due_on: '2026-12-04' }, '2026-12-05')).toBe(true)
    expect(isOverdue({ status: 'open', due_on: '2026-12-05' }, '2026-12-05')).toBe(false)
    expect(isOverdue({ status: 'done', due_on: '2026-11-01' }, '2026-12-05')).toBe(false)
    expect(isOverdue({ status: 'dropped', due_on: '2026-11-01' }, '2026-12-05')).toBe(false)
  })
})
