// ECharts ships Thai and Vietnamese as plain ES modules without types (echarts/lib/i18n/langXX.js).
declare module 'echarts/lib/i18n/langTH.js' {
  const locale: import('./types').EChartsLocale
  export default locale
}
declare module 'echarts/lib/i18n/langVI.js' {
  const locale: import('./types').EChartsLocale
  export default locale
}
