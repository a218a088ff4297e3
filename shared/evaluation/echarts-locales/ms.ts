import type { EChartsLocale } from './types'

/** Bahasa Melayu; month and day names as CLDR writes them. */
export default {
  time: {
    month: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
    monthAbbr: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'],
    dayOfWeek: ['Ahad', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu'],
    dayOfWeekAbbr: ['Ahd', 'Isn', 'Sel', 'Rab', 'Kha', 'Jum', 'Sab'],
  },
  legend: { selector: { all: 'Semua', inverse: 'Songsang' } },
  toolbox: {
    brush: { title: { rect: 'Pilih dengan kotak', polygon: 'Pilih dengan laso', lineX: 'Pilih mendatar', lineY: 'Pilih menegak', keep: 'Kekalkan pilihan', clear: 'Kosongkan pilihan' } },
    dataView: { title: 'Paparan data', lang: ['Paparan data', 'Tutup', 'Muat semula'] },
    dataZoom: { title: { zoom: 'Zum', back: 'Tetapkan semula zum' } },
    magicType: { title: { line: 'Tukar kepada carta garis', bar: 'Tukar kepada carta bar', stack: 'Tindan', tiled: 'Asingkan' } },
    restore: { title: 'Pulihkan' },
    saveAsImage: { title: 'Simpan sebagai imej', lang: ['Klik kanan untuk menyimpan imej'] },
  },
  series: {
    typeNames: {
      pie: 'Carta pai', bar: 'Carta bar', line: 'Carta garis', scatter: 'Plot serakan', effectScatter: 'Plot serakan beriak',
      radar: 'Carta radar', tree: 'Rajah pokok', treemap: 'Peta pokok', boxplot: 'Plot kotak', candlestick: 'Carta lilin',
      k: 'Carta garis K', heatmap: 'Peta haba', map: 'Peta', parallel: 'Peta koordinat selari', lines: 'Graf garis',
      graph: 'Graf hubungan', sankey: 'Rajah Sankey', funnel: 'Carta corong', gauge: 'Tolok', pictorialBar: 'Bar bergambar',
      themeRiver: 'Carta sungai tema', sunburst: 'Carta sinar matahari', custom: 'Carta tersuai', chart: 'Carta',
    },
  },
  aria: {
    general: { withTitle: 'Ini ialah carta tentang “{title}”', withoutTitle: 'Ini ialah carta' },
    series: {
      single: { prefix: '', withName: ' jenis {seriesType} bernama {seriesName}.', withoutName: ' jenis {seriesType}.' },
      multiple: {
        prefix: '. Carta ini mengandungi {seriesCount} siri.',
        withName: ' Siri ke-{seriesId} ialah {seriesType} yang mewakili {seriesName}.',
        withoutName: ' Siri ke-{seriesId} ialah {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Datanya adalah seperti berikut: ',
      partialData: '{displayCnt} item pertama ialah: ',
      withName: 'data bagi {name} ialah {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
} satisfies EChartsLocale
