import type { EChartsLocale } from './types'

/** Bahasa Indonesia; month and day names as CLDR writes them. */
export default {
  time: {
    month: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dayOfWeek: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    dayOfWeekAbbr: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  },
  legend: { selector: { all: 'Semua', inverse: 'Balik' } },
  toolbox: {
    brush: { title: { rect: 'Pilih dengan kotak', polygon: 'Pilih dengan laso', lineX: 'Pilih mendatar', lineY: 'Pilih tegak', keep: 'Simpan pilihan', clear: 'Hapus pilihan' } },
    dataView: { title: 'Tampilan data', lang: ['Tampilan data', 'Tutup', 'Muat ulang'] },
    dataZoom: { title: { zoom: 'Perbesar', back: 'Kembalikan ukuran' } },
    magicType: { title: { line: 'Ubah ke diagram garis', bar: 'Ubah ke diagram batang', stack: 'Tumpuk', tiled: 'Pisahkan' } },
    restore: { title: 'Pulihkan' },
    saveAsImage: { title: 'Simpan sebagai gambar', lang: ['Klik kanan untuk menyimpan gambar'] },
  },
  series: {
    typeNames: {
      pie: 'Diagram lingkaran', bar: 'Diagram batang', line: 'Diagram garis', scatter: 'Diagram sebar', effectScatter: 'Diagram sebar beriak',
      radar: 'Diagram radar', tree: 'Diagram pohon', treemap: 'Peta pohon', boxplot: 'Diagram kotak', candlestick: 'Diagram lilin',
      k: 'Diagram garis K', heatmap: 'Peta panas', map: 'Peta', parallel: 'Peta koordinat paralel', lines: 'Grafik garis',
      graph: 'Grafik hubungan', sankey: 'Diagram Sankey', funnel: 'Diagram corong', gauge: 'Pengukur', pictorialBar: 'Batang bergambar',
      themeRiver: 'Diagram sungai tema', sunburst: 'Diagram matahari', custom: 'Diagram khusus', chart: 'Diagram',
    },
  },
  aria: {
    general: { withTitle: 'Ini adalah diagram tentang “{title}”', withoutTitle: 'Ini adalah diagram' },
    series: {
      single: { prefix: '', withName: ' berjenis {seriesType} bernama {seriesName}.', withoutName: ' berjenis {seriesType}.' },
      multiple: {
        prefix: '. Diagram ini terdiri dari {seriesCount} seri.',
        withName: ' Seri ke-{seriesId} adalah {seriesType} yang mewakili {seriesName}.',
        withoutName: ' Seri ke-{seriesId} adalah {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Datanya sebagai berikut: ',
      partialData: '{displayCnt} butir pertama: ',
      withName: 'data untuk {name} adalah {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
} satisfies EChartsLocale
