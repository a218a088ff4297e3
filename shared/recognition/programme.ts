/** Whether two home programmes are the same one (short free text: compared trimmed and case-insensitively). */
export function sameProgramme(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase())
}
