/** Where file bytes live. Metadata and access rules are in public.files; a store only keeps bytes by key. */
export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  /** Takes over a local file (an upload streamed to disk) without reading it into memory; the file may be moved. */
  putFile(key: string, path: string, contentType: string): Promise<void>
  get(key: string): Promise<Uint8Array | null>
  delete(key: string): Promise<void>
}
