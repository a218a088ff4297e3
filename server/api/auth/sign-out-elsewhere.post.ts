// Ends the person's sessions in every other browser and device (a lost phone, a shared computer).
export default defineEventHandler(async (event) => {
  const actor = await requireActor(event)
  await useAuth().endOtherSessions(event, actor)
  return { ok: true }
})
