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

/*
 * The same for the content of the public pages (home, institutions, calls) and the error page, from
 * `.nuxt/ui/button.ts`, `.nuxt/ui/badge.ts`, `.nuxt/ui/input.ts` and `.nuxt/ui/form-field.ts` (with app.config.ts's
 * `formField.slots.root`).
 */
const BASE_LG = 'rounded-md font-medium inline-flex items-center transition-colors text-sm gap-2 focus-visible:outline-3'

/** UButton size lg, solid primary: the home page's first call to action. */
export const BUTTON_LG_SOLID = `${BASE_LG} px-3 py-2 text-inverted bg-primary hover:bg-primary/75 active:bg-primary/75 outline-primary/25`

/** UButton size lg, outline primary. */
export const BUTTON_LG_OUTLINE = `${BASE_LG} px-3 py-2 ring ring-inset ring-primary/50 text-primary hover:bg-primary/10 active:bg-primary/10 `
  + 'outline-primary/25 focus-visible:ring-primary'

/** UButton size lg, ghost primary. */
export const BUTTON_LG_GHOST = `${BASE_LG} px-3 py-2 text-primary hover:bg-primary/10 active:bg-primary/10 outline-primary/25`

const BADGE_MD = 'font-medium inline-flex items-center text-xs px-2 py-1 gap-1 rounded-md'

/** UBadge size md, subtle neutral: a call's programme type. */
export const BADGE_NEUTRAL = `${BADGE_MD} ring ring-inset ring-accented text-default bg-elevated`

/** UBadge size md, subtle success: "you can apply". */
export const BADGE_SUCCESS = `${BADGE_MD} bg-success/10 text-success ring ring-inset ring-success/25`

/** A badge's leading icon (size md). */
export const BADGE_ICON = 'shrink-0 size-4'

/** UInput size md, outline, with a leading icon (`ps-9`), and that icon's slot and classes. */
export const INPUT_WITH_ICON = 'w-full rounded-md border-0 appearance-none placeholder:text-dimmed disabled:cursor-not-allowed '
  + 'disabled:opacity-75 transition-colors px-2.5 py-1.5 text-base/5 gap-1.5 text-highlighted bg-default ring ring-inset '
  + 'ring-accented outline-primary/25 focus-visible:outline-3 focus-visible:ring-primary ps-9 md:text-sm'
export const INPUT_ROOT = 'relative inline-flex items-center'
export const INPUT_LEADING = 'absolute inset-y-0 start-0 flex items-center ps-2.5'
export const INPUT_ICON = 'shrink-0 text-dimmed size-5'
