import { dashboardOf } from '../../domain/dashboard/dashboard'

export default defineEventHandler(event => withSignedIn(event, (tx, actor) => dashboardOf(tx, actor)))
