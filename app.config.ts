export default defineAppConfig({
  ui: {
    colors: { primary: 'teal', neutral: 'slate' },
    // A field is never wider than its form: a select with a long option shrinks instead of widening a phone page.
    formField: { slots: { root: 'max-w-full' } },
  },
})
