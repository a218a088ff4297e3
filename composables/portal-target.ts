import { portalTargetInjectionKey } from '@nuxt/ui/composables/usePortal'

/**
 * What the app keeps of Nuxt UI's `<UApp>`: where the menus of USelect, USelectMenu and UInputMenu are teleported
 * (`body`, UApp's default). The rest of UApp — reka-ui's ConfigProvider (direction: every locale is left to right; ids:
 * reka-ui falls back to Vue's `useId` without it), the tooltip provider, the toaster and the overlay provider — no
 * page uses (no UTooltip, useToast or useOverlay), and it put reka-ui's toast and progress components and
 * tailwind-variants into the first load of every page.
 */
export function providePortalTarget() {
  provide(portalTargetInjectionKey, ref('body'))
}
