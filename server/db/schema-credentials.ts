import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { DefaultTimestamp } from './column-types'

export type CredentialKeyState = 'active' | 'retired'

export interface CredentialKeys {
  id: Generated<string>
  institution_id: string | null
  key_id: string
  public_key_multibase: string
  encrypted_private_key: string
  state: Generated<CredentialKeyState>
  created_at: DefaultTimestamp
  /** Set by the database when the key retires. */
  retired_at: ColumnType<Date | null, never, Date | string | null>
}

export interface CredentialStatusLists {
  id: Generated<string>
  purpose: Generated<'revocation'>
  length: Generated<number>
  next_index: Generated<number>
  /** The signed BitstringStatusListCredential the portal serves. */
  credential: JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>
  signed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  created_at: DefaultTimestamp
}

export interface CredentialStatusEntries {
  list_id: string
  status_index: number
  credential_id: string
  created_at: DefaultTimestamp
  revoked_at: ColumnType<Date | null, never, Date | string | null>
  revocation_reason: string | null
}

export interface CredentialTables {
  credential_keys: CredentialKeys
  credential_status_lists: CredentialStatusLists
  credential_status_entries: CredentialStatusEntries
}
