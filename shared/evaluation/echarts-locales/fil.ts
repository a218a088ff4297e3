import type { EChartsLocale } from './types'

/** Filipino; month and day names as CLDR writes them. */
export default {
  time: {
    month: ['Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'],
    monthAbbr: ['Ene', 'Peb', 'Mar', 'Abr', 'May', 'Hun', 'Hul', 'Ago', 'Set', 'Okt', 'Nob', 'Dis'],
    dayOfWeek: ['Linggo', 'Lunes', 'Martes', 'Miyerkules', 'Huwebes', 'Biyernes', 'Sabado'],
    dayOfWeekAbbr: ['Lin', 'Lun', 'Mar', 'Miy', 'Huw', 'Biy', 'Sab'],
  },
  legend: { selector: { all: 'Lahat', inverse: 'Baligtarin' } },
  toolbox: {
    brush: { title: { rect: 'Pumili gamit ang kahon', polygon: 'Pumili gamit ang laso', lineX: 'Pumili nang pahalang', lineY: 'Pumili nang patayo', keep: 'Panatilihin ang mga pinili', clear: 'Burahin ang mga pinili' } },
    dataView: { title: 'Tingnan ang datos', lang: ['Tingnan ang datos', 'Isara', 'I-reload'] },
    dataZoom: { title: { zoom: 'Palakihin', back: 'Ibalik ang laki' } },
    magicType: { title: { line: 'Gawing tsart na linya', bar: 'Gawing tsart na bar', stack: 'Isalansan', tiled: 'Paghiwalayin' } },
    restore: { title: 'Ibalik' },
    saveAsImage: { title: 'I-save bilang larawan', lang: ['I-right click para i-save ang larawan'] },
  },
  series: {
    typeNames: {
      pie: 'Tsart na pie', bar: 'Tsart na bar', line: 'Tsart na linya', scatter: 'Tsart na kalat', effectScatter: 'Tsart na kalat na may alon',
      radar: 'Tsart na radar', tree: 'Puno', treemap: 'Mapa ng puno', boxplot: 'Tsart na kahon', candlestick: 'Tsart na kandila',
      k: 'Tsart na linyang K', heatmap: 'Mapa ng init', map: 'Mapa', parallel: 'Mapa ng magkaagapay na koordinada', lines: 'Grap ng mga linya',
      graph: 'Grap ng ugnayan', sankey: 'Dayagram na Sankey', funnel: 'Tsart na imbudo', gauge: 'Panukat', pictorialBar: 'Bar na may larawan',
      themeRiver: 'Tsart na ilog ng tema', sunburst: 'Tsart na sinag ng araw', custom: 'Pasadyang tsart', chart: 'Tsart',
    },
  },
  aria: {
    general: { withTitle: 'Ito ay tsart tungkol sa “{title}”', withoutTitle: 'Ito ay isang tsart' },
    series: {
      single: { prefix: '', withName: ' na uring {seriesType} na pinangalanang {seriesName}.', withoutName: ' na uring {seriesType}.' },
      multiple: {
        prefix: '. Binubuo ito ng {seriesCount} serye.',
        withName: ' Ang ika-{seriesId} na serye ay {seriesType} na kumakatawan sa {seriesName}.',
        withoutName: ' Ang ika-{seriesId} na serye ay {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Ito ang datos: ',
      partialData: 'Ang unang {displayCnt} item ay: ',
      withName: 'ang datos para sa {name} ay {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
} satisfies EChartsLocale
