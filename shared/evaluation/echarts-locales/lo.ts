import type { EChartsLocale } from './types'

/** Lao; month and day names as CLDR writes them. */
export default {
  time: {
    month: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
    monthAbbr: ['ມ.ກ.', 'ກ.ພ.', 'ມ.ນ.', 'ມ.ສ.', 'ພ.ພ.', 'ມິ.ຖ.', 'ກ.ລ.', 'ສ.ຫ.', 'ກ.ຍ.', 'ຕ.ລ.', 'ພ.ຈ.', 'ທ.ວ.'],
    dayOfWeek: ['ວັນອາທິດ', 'ວັນຈັນ', 'ວັນອັງຄານ', 'ວັນພຸດ', 'ວັນພະຫັດ', 'ວັນສຸກ', 'ວັນເສົາ'],
    dayOfWeekAbbr: ['ອາທິດ', 'ຈັນ', 'ອັງຄານ', 'ພຸດ', 'ພະຫັດ', 'ສຸກ', 'ເສົາ'],
  },
  legend: { selector: { all: 'ທັງໝົດ', inverse: 'ປີ້ນກັບ' } },
  toolbox: {
    brush: { title: { rect: 'ເລືອກແບບກ່ອງ', polygon: 'ເລືອກແບບແຕ້ມອ້ອມ', lineX: 'ເລືອກຕາມແນວນອນ', lineY: 'ເລືອກຕາມແນວຕັ້ງ', keep: 'ຮັກສາການເລືອກ', clear: 'ລຶບການເລືອກ' } },
    dataView: { title: 'ເບິ່ງຂໍ້ມູນ', lang: ['ເບິ່ງຂໍ້ມູນ', 'ປິດ', 'ໂຫຼດຄືນ'] },
    dataZoom: { title: { zoom: 'ຂະຫຍາຍ', back: 'ຄືນຂະໜາດເດີມ' } },
    magicType: { title: { line: 'ປ່ຽນເປັນແຜນພາບເສັ້ນ', bar: 'ປ່ຽນເປັນແຜນພາບແທ່ງ', stack: 'ຊ້ອນກັນ', tiled: 'ແຍກກັນ' } },
    restore: { title: 'ກູ້ຄືນ' },
    saveAsImage: { title: 'ບັນທຶກເປັນຮູບພາບ', lang: ['ຄລິກຂວາເພື່ອບັນທຶກຮູບພາບ'] },
  },
  series: {
    typeNames: {
      pie: 'ແຜນພາບວົງມົນ', bar: 'ແຜນພາບແທ່ງ', line: 'ແຜນພາບເສັ້ນ', scatter: 'ແຜນພາບກະຈາຍ', effectScatter: 'ແຜນພາບກະຈາຍແບບຄື້ນ',
      radar: 'ແຜນພາບເຣດາ', tree: 'ແຜນພາບຕົ້ນໄມ້', treemap: 'ແຜນທີ່ຕົ້ນໄມ້', boxplot: 'ແຜນພາບກ່ອງ', candlestick: 'ແຜນພາບແທ່ງທຽນ',
      k: 'ແຜນພາບເສັ້ນ K', heatmap: 'ແຜນທີ່ຄວາມຮ້ອນ', map: 'ແຜນທີ່', parallel: 'ແຜນພາບພິກັດຂະໜານ', lines: 'ກຣາຟເສັ້ນ',
      graph: 'ກຣາຟຄວາມສຳພັນ', sankey: 'ແຜນພາບ Sankey', funnel: 'ແຜນພາບກວຍ', gauge: 'ໜ້າປັດວັດ', pictorialBar: 'ແທ່ງຮູບພາບ',
      themeRiver: 'ແຜນພາບແມ່ນ້ຳຫົວຂໍ້', sunburst: 'ແຜນພາບແສງຕາເວັນ', custom: 'ແຜນພາບກຳນົດເອງ', chart: 'ແຜນພາບ',
    },
  },
  aria: {
    general: { withTitle: 'ນີ້ແມ່ນແຜນພາບກ່ຽວກັບ “{title}”', withoutTitle: 'ນີ້ແມ່ນແຜນພາບ' },
    series: {
      single: { prefix: '', withName: ' ປະເພດ {seriesType} ຊື່ {seriesName}.', withoutName: ' ປະເພດ {seriesType}.' },
      multiple: {
        prefix: '. ມີທັງໝົດ {seriesCount} ຊຸດຂໍ້ມູນ.',
        withName: ' ຊຸດທີ {seriesId} ເປັນ{seriesType} ສະແດງ {seriesName}.',
        withoutName: ' ຊຸດທີ {seriesId} ເປັນ{seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'ຂໍ້ມູນມີດັ່ງນີ້: ',
      partialData: '{displayCnt} ລາຍການທຳອິດແມ່ນ: ',
      withName: 'ຂໍ້ມູນຂອງ {name} ແມ່ນ {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
} satisfies EChartsLocale
