import { listCreditSystems } from '../../domain/credits/credits'

/** The registry of credit systems with every version and its source: public. */
export default defineEventHandler(async event => withActor(event, async tx => ({ systems: await listCreditSystems(tx) })))
