/** Any /api path no route answers: a JSON 404, not the HTML error page. */
export default defineEventHandler(() => fail(404, 'errors.notFound'))
