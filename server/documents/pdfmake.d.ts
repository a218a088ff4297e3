// pdfmake 0.3 ships no types; the portal uses this much of it.
declare module 'pdfmake' {
  interface OutputDocument { getBuffer(): Promise<Uint8Array> }
  const pdfmake: {
    setFonts(fonts: unknown): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    setLocalAccessPolicy(policy: (path: string) => boolean): void
    createPdf(definition: Record<string, unknown>): OutputDocument
  }
  export default pdfmake
}
