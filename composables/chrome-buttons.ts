/**
 * The classes Nuxt UI's UButton (size md, this app's theme) gives the buttons of the always-present chrome, fixed
 * once: the header, the menus and the bell are plain links and buttons with these, so a page render does not compute
 * them with tailwind-variants on every request. Taken from `.nuxt/ui/button.ts` and `.nuxt/ui/badge.ts`; if the
 * theme changes, compute them again (tailwind-variants' `tv(theme)({ color, variant, size: 'md' })`).
 */
const BASE = 'rounded-md font-medium inline-flex items-center transition-colors text-sm gap-1.5 focus-visible:outline-3'

/** A text (or icon and text) button of the primary colour, without a border: "Log in", the dashboard link, the bell. */
export const CHROME_GHOST = `${BASE} px-2.5 py-1.5 text-primary hover:bg-primary/10 active:bg-primary/10 outline-primary/25`

/** An icon-only button of the neutral colour: the phone menu's open and close buttons. */
export const CHROME_GHOST_ICON = `${BASE} p-1.5 text-default hover:bg-elevated active:bg-elevated outline-inverted/25`

/** A bordered button of the primary colour: "Log out". */
export const CHROME_OUTLINE = `${BASE} px-2.5 py-1.5 ring ring-inset ring-primary/50 text-primary hover:bg-primary/10 active:bg-primary/10 `
  + 'outline-primary/25 focus-visible:ring-primary'

/** A filled button of the primary colour: "Sign up". */
export const CHROME_SOLID = `${BASE} px-2.5 py-1.5 text-inverted bg-primary hover:bg-primary/75 active:bg-primary/75 outline-primary/25`

/** A button's leading icon. */
export const CHROME_BUTTON_ICON = 'shrink-0 size-5'

/** A button's label. */
export const CHROME_BUTTON_LABEL = 'truncate'

/** The bell's count of unread notices (UBadge, colour error, size sm). */
export const CHROME_BADGE = 'font-medium inline-flex items-center text-[10px]/3 px-1.5 py-1 gap-1 rounded-sm bg-error text-inverted'
