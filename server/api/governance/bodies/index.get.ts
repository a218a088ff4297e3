import { listBodies } from '../../../domain/governance/bodies'

export default defineEventHandler(event => withSignedIn(event, tx => listBodies(tx)))
