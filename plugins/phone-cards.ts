import type { Directive } from 'vue'

/**
 * `v-phone-cards` on a <table class="phone-cards">: on a phone (assets/css/main.css, `.phone-cards`) each row becomes a card
 * and each cell shows its column's heading above its value. The headings are copied onto the cells
 * (data-label) in the browser, and again whenever rows come or go; a heading that is only for screen
 * readers (an actions column) gives no label.
 */
const observers = new WeakMap<HTMLTableElement, MutationObserver>()

function labelCells(table: HTMLTableElement) {
  const labels = [...table.tHead?.rows[0]?.cells ?? []].map(th => (th.querySelector('.sr-only') ? '' : th.textContent?.trim() ?? ''))
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      [...row.cells].forEach((cell, i) => {
        if (labels[i] && cell.dataset.label !== labels[i]) cell.dataset.label = labels[i]
      })
    }
  }
}

export const phoneCards: Directive<HTMLTableElement> = {
  mounted(table) {
    labelCells(table)
    const observer = new MutationObserver(() => labelCells(table))
    observer.observe(table, { childList: true, subtree: true, characterData: true })
    observers.set(table, observer)
  },
  unmounted(table) {
    observers.get(table)?.disconnect()
    observers.delete(table)
  },
}

export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.vueApp.directive('phone-cards', phoneCards)
})

declare module 'vue' {
  interface GlobalDirectives { vPhoneCards: typeof phoneCards }
}
