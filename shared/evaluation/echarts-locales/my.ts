import type { EChartsLocale } from './types'

/** Burmese; month and day names as CLDR writes them. */
export default {
  time: {
    month: ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ'],
    monthAbbr: ['ဇန်', 'ဖေ', 'မတ်', 'ဧ', 'မေ', 'ဇွန်', 'ဇူ', 'ဩ', 'စက်', 'အောက်', 'နို', 'ဒီ'],
    dayOfWeek: ['တနင်္ဂနွေ', 'တနင်္လာ', 'အင်္ဂါ', 'ဗုဒ္ဓဟူး', 'ကြာသပတေး', 'သောကြာ', 'စနေ'],
    dayOfWeekAbbr: ['တနင်္ဂနွေ', 'တနင်္လာ', 'အင်္ဂါ', 'ဗုဒ္ဓဟူး', 'ကြာသပတေး', 'သောကြာ', 'စနေ'],
  },
  legend: { selector: { all: 'အားလုံး', inverse: 'ပြောင်းပြန်' } },
  toolbox: {
    brush: { title: { rect: 'လေးထောင့်ကွက်ဖြင့် ရွေးရန်', polygon: 'ပတ်လည်ဆွဲ၍ ရွေးရန်', lineX: 'အလျားလိုက် ရွေးရန်', lineY: 'ဒေါင်လိုက် ရွေးရန်', keep: 'ရွေးချယ်မှုများ ထားရှိရန်', clear: 'ရွေးချယ်မှုများ ရှင်းရန်' } },
    dataView: { title: 'ဒေတာ ကြည့်ရန်', lang: ['ဒေတာ ကြည့်ရန်', 'ပိတ်ရန်', 'ပြန်လည်ဖွင့်ရန်'] },
    dataZoom: { title: { zoom: 'ချဲ့ကြည့်ရန်', back: 'မူလအရွယ်သို့ ပြန်ထားရန်' } },
    magicType: { title: { line: 'မျဉ်းဇယားသို့ ပြောင်းရန်', bar: 'ဘားဇယားသို့ ပြောင်းရန်', stack: 'ထပ်ဆင့်ပြရန်', tiled: 'ခွဲခြားပြရန်' } },
    restore: { title: 'ပြန်လည်ထားရှိရန်' },
    saveAsImage: { title: 'ပုံအဖြစ် သိမ်းရန်', lang: ['ပုံကို သိမ်းရန် ညာဘက်ကလစ် နှိပ်ပါ'] },
  },
  series: {
    typeNames: {
      pie: 'စက်ဝိုင်းဇယား', bar: 'ဘားဇယား', line: 'မျဉ်းဇယား', scatter: 'အစက်ပြန့်ဇယား', effectScatter: 'လှိုင်းအစက်ပြန့်ဇယား',
      radar: 'ရေဒါဇယား', tree: 'သစ်ပင်ပုံဇယား', treemap: 'သစ်ပင်မြေပုံ', boxplot: 'သေတ္တာပုံဇယား', candlestick: 'ဖယောင်းတိုင်ဇယား',
      k: 'K မျဉ်းဇယား', heatmap: 'အပူမြေပုံ', map: 'မြေပုံ', parallel: 'အပြိုင်ကိုဩဒိနိတ်ဇယား', lines: 'မျဉ်းကြောင်းဂရပ်',
      graph: 'ဆက်နွယ်မှုဂရပ်', sankey: 'Sankey ပုံ', funnel: 'ကတော့ပုံဇယား', gauge: 'တိုင်းတာမီတာ', pictorialBar: 'ရုပ်ပုံဘားဇယား',
      themeRiver: 'အကြောင်းအရာမြစ်ဇယား', sunburst: 'နေရောင်ခြည်ဇယား', custom: 'စိတ်ကြိုက်ဇယား', chart: 'ဇယား',
    },
  },
  aria: {
    general: { withTitle: 'ဤသည်မှာ “{title}” အကြောင်း ဇယားဖြစ်သည်', withoutTitle: 'ဤသည်မှာ ဇယားဖြစ်သည်' },
    series: {
      single: { prefix: '', withName: '၊ အမျိုးအစား {seriesType}၊ အမည် {seriesName}။', withoutName: '၊ အမျိုးအစား {seriesType}။' },
      multiple: {
        prefix: '။ ဒေတာစီးရီး {seriesCount} ခု ပါဝင်သည်။',
        withName: ' စီးရီး {seriesId} သည် {seriesName} ကို ပြသော {seriesType} ဖြစ်သည်။',
        withoutName: ' စီးရီး {seriesId} သည် {seriesType} ဖြစ်သည်။',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'ဒေတာမှာ အောက်ပါအတိုင်း ဖြစ်သည်- ',
      partialData: 'ပထမ {displayCnt} ခုမှာ- ',
      withName: '{name} အတွက် ဒေတာမှာ {value} ဖြစ်သည်',
      withoutName: '{value}',
      separator: { middle: '၊ ', end: '။ ' },
    },
  },
} satisfies EChartsLocale
