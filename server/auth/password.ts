import bcrypt from 'bcryptjs'
import { bcryptCost } from '../utils/config'

// bcrypt, the format Supabase Auth stores in auth.users.encrypted_password: built-in accounts move to Supabase as they are.
const COST = bcryptCost()

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST)
}

// Compared against when there is no account, so an unknown email takes as long as a wrong password.
const NO_ACCOUNT = bcrypt.hashSync('no account has this password', COST)

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  return bcrypt.compare(password, hash ?? NO_ACCOUNT)
}
