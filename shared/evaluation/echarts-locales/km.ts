import type { EChartsLocale } from './types'

/** Khmer; month and day names as CLDR writes them (Khmer abbreviates months by their full names). */
export default {
  time: {
    month: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
    monthAbbr: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
    dayOfWeek: ['អាទិត្យ', 'ចន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហស្បតិ៍', 'សុក្រ', 'សៅរ៍'],
    dayOfWeekAbbr: ['អាទិត្យ', 'ចន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហ', 'សុក្រ', 'សៅរ៍'],
  },
  legend: { selector: { all: 'ទាំងអស់', inverse: 'បញ្ច្រាស' } },
  toolbox: {
    brush: { title: { rect: 'ជ្រើសរើសជាប្រអប់', polygon: 'ជ្រើសរើសដោយគូសព័ទ្ធ', lineX: 'ជ្រើសរើសផ្ដេក', lineY: 'ជ្រើសរើសបញ្ឈរ', keep: 'រក្សាការជ្រើសរើស', clear: 'សម្អាតការជ្រើសរើស' } },
    dataView: { title: 'មើលទិន្នន័យ', lang: ['មើលទិន្នន័យ', 'បិទ', 'ផ្ទុកឡើងវិញ'] },
    dataZoom: { title: { zoom: 'ពង្រីក', back: 'ត្រឡប់ទំហំដើម' } },
    magicType: { title: { line: 'ប្ដូរទៅក្រាហ្វិកខ្សែ', bar: 'ប្ដូរទៅក្រាហ្វិករបារ', stack: 'ដាក់ត្រួតគ្នា', tiled: 'ដាក់ដាច់ពីគ្នា' } },
    restore: { title: 'ស្ដារឡើងវិញ' },
    saveAsImage: { title: 'រក្សាទុកជារូបភាព', lang: ['ចុចកណ្ដុរស្ដាំដើម្បីរក្សាទុករូបភាព'] },
  },
  series: {
    typeNames: {
      pie: 'ក្រាហ្វិកចំណិត', bar: 'ក្រាហ្វិករបារ', line: 'ក្រាហ្វិកខ្សែ', scatter: 'ក្រាហ្វិកចំណុចរាយ', effectScatter: 'ក្រាហ្វិកចំណុចរាយមានរលក',
      radar: 'ក្រាហ្វិករ៉ាដា', tree: 'ដ្យាក្រាមមែកធាង', treemap: 'ផែនទីមែកធាង', boxplot: 'ក្រាហ្វិកប្រអប់', candlestick: 'ក្រាហ្វិកទៀន',
      k: 'ក្រាហ្វិកខ្សែ K', heatmap: 'ផែនទីកម្ដៅ', map: 'ផែនទី', parallel: 'ក្រាហ្វិកកូអរដោនេស្រប', lines: 'ក្រាហ្វិកបន្ទាត់',
      graph: 'ក្រាហ្វិកទំនាក់ទំនង', sankey: 'ដ្យាក្រាម Sankey', funnel: 'ក្រាហ្វិកជីវ៉ា', gauge: 'នាឡិកាវាស់', pictorialBar: 'របាររូបភាព',
      themeRiver: 'ក្រាហ្វិកទន្លេប្រធានបទ', sunburst: 'ក្រាហ្វិករស្មីព្រះអាទិត្យ', custom: 'ក្រាហ្វិកផ្ទាល់ខ្លួន', chart: 'ក្រាហ្វិក',
    },
  },
  aria: {
    general: { withTitle: 'នេះជាក្រាហ្វិកអំពី «{title}»', withoutTitle: 'នេះជាក្រាហ្វិក' },
    series: {
      single: { prefix: '', withName: ' ប្រភេទ {seriesType} ឈ្មោះ {seriesName}។', withoutName: ' ប្រភេទ {seriesType}។' },
      multiple: {
        prefix: '។ វាមានស៊េរីទិន្នន័យ {seriesCount}។',
        withName: ' ស៊េរីទី {seriesId} ជា{seriesType} តំណាងឱ្យ {seriesName}។',
        withoutName: ' ស៊េរីទី {seriesId} ជា{seriesType}។',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'ទិន្នន័យមានដូចតទៅ៖ ',
      partialData: 'ធាតុ {displayCnt} ដំបូងគឺ៖ ',
      withName: 'ទិន្នន័យសម្រាប់ {name} គឺ {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '។ ' },
    },
  },
} satisfies EChartsLocale
