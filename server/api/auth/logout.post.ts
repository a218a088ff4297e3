export default defineEventHandler(async (event) => {
  await useAuth().logOut(event)
  return { ok: true }
})
